import { createHash } from "node:crypto";
import { checkReport } from "../model/check-report";
import type { Report } from "../model/report";
import { nameKey } from "../query/fold";
import { refreshCompareRows } from "./compare-rows";
import type { Database, Queryable } from "./database";
import { decodeCursor, encodeCursor } from "./cursor";
import { Problem } from "./problem";
import { publishedOn, rowsOf } from "./report-rows";
import type { SearchQuery } from "./schemas";

interface VersionRow {
  id: string;
  version: number;
  title: string;
  outlet: string | null;
  published: string;
  published_by: string;
  published_at: Date | string;
  sha256: string;
  published_on?: string | Date;
}

const summary = (row: VersionRow) => ({
  id: row.id,
  version: row.version,
  title: row.title,
  outlet: row.outlet,
  published: row.published,
  publishedBy: row.published_by,
  publishedAt: new Date(row.published_at).toISOString(),
  sha256: row.sha256,
});

const dayText = (value: string | Date) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10));

export interface PublishRequest {
  id: string;
  body: unknown;
  user: string;
  /** The version the editor started from (If-Match); absent for a new report. */
  ifMatch?: number;
  idempotencyKey?: string;
  /** A test's failpoint: resolves when the publish may go on (see LIBRARY_FAILPOINT in main.ts). */
  pause?: () => Promise<void>;
}

export interface PublishAnswer {
  status: number;
  body: Record<string, unknown>;
}

const CURRENT = "join reports r on r.id = v.report_id and r.current_version = v.version and r.withdrawn_at is null";

/** Reports: routes call these; they own the SQL and the rules (checked before any write, one transaction each). */
export class ReportsService {
  constructor(private readonly db: Database) {}

  async count(): Promise<number> {
    const [row] = await this.db.reads.query<{ n: string | number }>(
      "select count(*) as n from reports where withdrawn_at is null",
    );
    return Number(row?.n ?? 0);
  }

  /**
   * One report by id reads the primary, not the replica: it is a cheap key lookup, and it is how a publisher (and an
   * editor resolving a 412) sees the version just written however far a replica lags. Searches and compares, the
   * costly reads, go to `db.reads`.
   */
  async get(id: string): Promise<ReturnType<typeof summary> & { report: unknown }> {
    const [row] = await this.db.query<VersionRow & { report: unknown }>(
      `select v.report_id as id, v.version, v.title, v.outlet, v.published, v.published_by, v.published_at, v.sha256, v.report
         from report_versions v ${CURRENT} where v.report_id = $1`,
      [id],
    );
    if (!row) throw new Problem("not-found", `No report '${id}' in the team library.`);
    return { ...summary(row), report: row.report };
  }

  async search(query: SearchQuery): Promise<{ reports: ReturnType<typeof summary>[]; nextCursor: string | null }> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    const bind = (value: string | number) => (params.push(value), `$${params.length}`);
    if (query.q) where.push(`v.search @@ websearch_to_tsquery('english', ${bind(query.q)})`);
    if (query.place) {
      where.push(`exists (select 1 from version_subjects s where s.report_id = v.report_id and s.version = v.version
                   and s.name_keys @> array[${bind(nameKey(query.place))}]::text[])`);
    }
    if (query.measure) {
      where.push(`exists (select 1 from figures f where f.report_id = v.report_id and f.version = v.version
                   and f.measure = ${bind(query.measure.trim().toLowerCase())})`);
    }
    if (query.from) where.push(`v.published_on >= ${bind(firstDay(query.from))}::date`);
    if (query.to) where.push(`v.published_on <= ${bind(lastDay(query.to))}::date`);
    if (query.cursor) {
      const [day, id] = decodeCursor(query.cursor);
      where.push(`(v.published_on, v.report_id) < (${bind(day)}::date, ${bind(id)})`);
    }
    const rows = await this.db.reads.query<VersionRow>(
      `select v.report_id as id, v.version, v.title, v.outlet, v.published, v.published_by, v.published_at, v.sha256, v.published_on
         from report_versions v ${CURRENT}
        ${where.length ? `where ${where.join(" and ")}` : ""}
        order by v.published_on desc, v.report_id desc limit ${bind(query.limit + 1)}`,
      params,
    );
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    const nextCursor = rows.length > query.limit && last ? encodeCursor(dayText(last.published_on!), last.id) : null;
    return { reports: page.map(summary), nextCursor };
  }

  /**
   * Publishes a version: the checker first (nothing is written for a report it refuses), then one transaction that
   * locks the report, refuses a stale If-Match, and records the version, its names, figures, compare's rows and the
   * answer under the Idempotency-Key, so a retry gets the same answer and applies nothing twice.
   */
  async publish(request: PublishRequest): Promise<PublishAnswer> {
    const { report, problems } = checkReport(request.body);
    if (!report) throw new Problem("invalid-report", `${problems.length} problem(s); nothing was written.`, { problems });
    if (report.source.id !== request.id) {
      throw new Problem("bad-request", `The report's source.id is '${report.source.id}', not '${request.id}' of the URL.`);
    }
    const requestSha = createHash("sha256").update(JSON.stringify(report)).digest("hex");
    return this.db.transaction(async (tx) => {
      if (request.idempotencyKey) {
        const [seen] = await tx.query<{ request_sha256: string; status: number; response: Record<string, unknown> }>(
          "select request_sha256, status, response from applied_requests where user_name = $1 and idempotency_key = $2 for update",
          [request.user, request.idempotencyKey],
        );
        if (seen) {
          if (seen.request_sha256 !== requestSha) throw new Problem("idempotency-key-reused");
          return { status: seen.status, body: { ...seen.response, replayed: true } };
        }
      }
      const answer = await this.applyPublish(tx, report, request);
      if (request.idempotencyKey) {
        // A concurrent retry with the same key waits here on the key's row and then finds it taken: its
        // transaction fails and it gets this one's answer when it asks again.
        await tx.query(
          "insert into applied_requests (idempotency_key, user_name, request_sha256, status, response) values ($1, $2, $3, $4, $5)",
          [request.idempotencyKey, request.user, requestSha, answer.status, JSON.stringify(answer.body)],
        );
      }
      return answer;
    });
  }

  private async applyPublish(tx: Queryable, report: Report, request: PublishRequest): Promise<PublishAnswer> {
    const id = report.source.id;
    await tx.query("insert into reports (id, current_version) values ($1, 0) on conflict (id) do nothing", [id]);
    const [current] = await tx.query<{ current_version: number; withdrawn_at: Date | null }>(
      "select current_version, withdrawn_at from reports where id = $1 for update",
      [id],
    );
    const currentVersion = current?.current_version ?? 0;
    const exists = currentVersion > 0 && current?.withdrawn_at === null;
    if (exists && request.ifMatch === undefined) {
      throw new Problem("precondition-required", `'${id}' is at version ${currentVersion}; send If-Match: "${currentVersion}".`, {
        currentVersion,
      });
    }
    if (request.ifMatch !== undefined && request.ifMatch !== currentVersion) {
      throw new Problem(
        "version-conflict",
        `You started from version ${request.ifMatch} of '${id}'; it is at version ${currentVersion}. ` +
          "Get the current version, compare, and publish again with its If-Match: nothing was overwritten.",
        { currentVersion, yourVersion: request.ifMatch },
      );
    }
    const version = currentVersion + 1;
    const { source } = report;
    await tx.query(
      `insert into report_versions (report_id, version, report, sha256, title, outlet, published, published_on, published_by, search)
       values ($1, $2, $3, $4, $5, $6, $7, $8::date, $9,
               setweight(to_tsvector('english', $5), 'A') || to_tsvector('english', $10))`,
      [
        id,
        version,
        JSON.stringify(report),
        source.sha256,
        source.title,
        source.outlet,
        source.published.value,
        publishedOn(report),
        request.user,
        source.text,
      ],
    );
    const { subjects, figures } = rowsOf(report);
    for (const s of subjects) {
      await tx.query(
        "insert into version_subjects (report_id, version, subject_id, place_key, name, names, name_keys) values ($1, $2, $3, $4, $5, $6, $7)",
        [id, version, s.subjectId, s.placeKey, s.name, s.names, s.nameKeys],
      );
    }
    await request.pause?.();
    for (const f of figures) {
      await tx.query(
        `insert into figures (report_id, version, figure_id, place_key, subject_name, measure, best, low, high, qualifier, published_on, compare_row)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::date, $12)`,
        [
          id,
          version,
          f.figureId,
          f.placeKey,
          f.subjectName,
          f.measure,
          f.best,
          f.low,
          f.high,
          f.qualifier,
          publishedOn(report),
          JSON.stringify(f.compareRow),
        ],
      );
    }
    await tx.query("update reports set current_version = $2, withdrawn_at = null, withdrawn_by = null where id = $1", [
      id,
      version,
    ]);
    await refreshCompareRows(tx, [id]);
    return { status: version === 1 || !exists ? 201 : 200, body: { id, version, created: !exists, publishedBy: request.user } };
  }

  /** Withdraws a report (soft delete: its versions stay, searches and compares no longer see it). */
  async withdraw(id: string, user: string): Promise<{ id: string; version: number; withdrawnBy: string }> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx.query<{ current_version: number }>(
        "update reports set withdrawn_at = now(), withdrawn_by = $2 where id = $1 and withdrawn_at is null returning current_version",
        [id, user],
      );
      if (!row) throw new Problem("not-found", `No report '${id}' in the team library.`);
      await refreshCompareRows(tx, [id]);
      return { id, version: row.current_version, withdrawnBy: user };
    });
  }
}

function firstDay(iso: string): string {
  const [year, month = "01", day = "01"] = iso.split("-");
  return `${year}-${month}-${day}`;
}

function lastDay(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number?, number?];
  if (day !== undefined) return iso;
  const end = month !== undefined ? new Date(Date.UTC(year, month, 0)) : new Date(Date.UTC(year, 11, 31));
  return end.toISOString().slice(0, 10);
}
