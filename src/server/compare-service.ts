import { COMPARE_HEADER, matchedLabel } from "../query/compare";
import { nameKey } from "../query/fold";
import type { z } from "zod";
import { decodeCursor, encodeCursor } from "./cursor";
import type { Database } from "./database";
import { CompareQuery, type CompareReply } from "./schemas";

const MATCHED = COMPARE_HEADER.indexOf("matched");

// The place keys a name key has, skipping from one distinct key to the next in compare_names' primary key: the few
// keys a name has, not a row for every report that knows it.
const PLACE_KEYS = `with recursive keys (place_key) as (
    (select place_key from compare_names where name_key = $1 order by place_key limit 1)
    union all
    select (select n.place_key from compare_names n
             where n.name_key = $1 and n.place_key > keys.place_key order by n.place_key limit 1)
      from keys where keys.place_key is not null
  )
  select place_key from keys where place_key is not null`;

// One row per report, as REPORT.COMPARE gives: its figure of the least id; a page of them after the cursor's
// (published day, report id), so a page reads one index range from where the last ended. The keys come as a
// parameter, not a subquery, so the planner knows how few they are and reads the index range of each; one key (the
// usual case) is an equality, whose range is already in the order asked.
const figuresOf = (keys: number, after: boolean) => `select distinct on (f.published_on, f.report_id)
         f.compare_row, f.place_key, f.subject_name, f.names[1] as first_name, f.name_keys @> array[$3]::text[] as by_key,
         to_char(f.published_on, 'YYYY-MM-DD') as day, f.report_id
    from compare_figures f
   where ${keys === 1 ? "f.place_key = $1" : "f.place_key = any($1::text[])"} and f.measure = $2
     ${after ? "and (f.published_on, f.report_id) > ($5::date, $6)" : ""}
   order by f.published_on, f.report_id, f.figure_id
   limit $4`;

interface FigureRow {
  compare_row: z.infer<typeof CompareReply>["rows"][number];
  place_key: string;
  subject_name: string;
  first_name: string | null;
  by_key: boolean;
  day: string;
  report_id: string;
}

/**
 * The "matched" cell as REPORT.COMPARE writes it: by the gazetteer's id when the place has one (named as the report
 * names it), else by the name asked when the report knows it, else by the report's own name for it.
 */
function matched(row: FigureRow, where: string): string {
  const geonames = /^geonames:(\d+)$/.exec(row.place_key);
  if (geonames) return matchedLabel(row.subject_name, row.subject_name, Number(geonames[1]));
  return matchedLabel(row.subject_name, row.by_key ? where : (row.first_name ?? where));
}

/**
 * `REPORT.COMPARE` across the team library: the same columns, oldest report first, from rows src/query computed
 * when each version was published. A place is found by any of its names; the keys of what it names in the reports
 * that know it (the gazetteer id, else the folded name) then find it in reports that call it otherwise. A page's
 * reads (the keys, the count and the figures) see one snapshot, so a publish or withdraw between them never shows
 * half.
 */
export class CompareService {
  /** `failpoint` runs between the names and the figures (tests: a write there must not show in the answer). */
  constructor(
    private readonly db: Database,
    private readonly failpoint?: () => Promise<void>,
  ) {}

  async compare(query: z.input<typeof CompareQuery>): Promise<z.infer<typeof CompareReply>> {
    const { where, measure, cursor, limit } = CompareQuery.parse(query);
    const after = cursor === undefined ? undefined : decodeCursor(cursor);
    const key = nameKey(where);
    const { rows, count } = await this.db.snapshot(async (tx) => {
      const [keys, [count]] = await Promise.all([
        tx.query<{ place_key: string }>(PLACE_KEYS, [key]),
        tx.query<{ n: string | number }>("select count(*) as n from reports where withdrawn_at is null"),
      ]);
      await this.failpoint?.();
      const placeKeys = keys.map((row) => row.place_key);
      const rows =
        placeKeys.length === 0
          ? []
          : await tx.query<FigureRow>(figuresOf(placeKeys.length, after !== undefined), [
              placeKeys.length === 1 ? placeKeys[0]! : placeKeys,
              measure.trim().toLowerCase(),
              key,
              limit + 1,
              ...(after ?? []),
            ]);
      return { rows, count };
    });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const answer = page.map((row) => {
      const cells = [...row.compare_row];
      cells[MATCHED] = matched(row, where);
      return cells;
    });
    return {
      header: [...COMPARE_HEADER],
      rows: answer,
      reports: Number(count?.n ?? 0),
      nextCursor: rows.length > limit && last ? encodeCursor(last.day, last.report_id) : null,
    };
  }
}
