import { COMPARE_HEADER, matchedLabel } from "../query/compare";
import { nameKey } from "../query/fold";
import type { Database } from "./database";

const MATCHED = COMPARE_HEADER.indexOf("matched");

/**
 * `REPORT.COMPARE` across the team library: the same columns, oldest report first, from rows src/query computed
 * when each version was published. A place is found by any of its names; the keys of what it names in the reports
 * that know it (the gazetteer id, else the folded name) then find it in reports that call it otherwise.
 */
export class CompareService {
  constructor(private readonly db: Database) {}

  async compare(where: string, measure: string): Promise<{ header: readonly string[]; rows: unknown[][]; reports: number }> {
    const key = nameKey(where);
    const rows = await this.db.reads.query<{
      compare_row: unknown[];
      names: string[];
      name_keys: string[];
      subject_name: string;
    }>(
      `with current as (select id, current_version from reports where withdrawn_at is null),
            known as (select distinct s.place_key from version_subjects s
                        join current c on c.id = s.report_id and c.current_version = s.version
                       where s.name_keys @> array[$1]::text[])
       select f.compare_row, s.names, s.name_keys, f.subject_name
         from figures f
         join current c on c.id = f.report_id and c.current_version = f.version
         join version_subjects s on s.report_id = f.report_id and s.version = f.version and s.place_key = f.place_key
        where f.place_key in (select place_key from known) and f.measure = $2
        order by f.published_on, f.report_id, f.figure_id`,
      [key, measure.trim().toLowerCase()],
    );
    const [count] = await this.db.reads.query<{ n: string | number }>(
      "select count(*) as n from reports where withdrawn_at is null",
    );
    const seen = new Set<string>();
    const answer: unknown[][] = [];
    for (const row of rows) {
      const cells = [...row.compare_row];
      const reportId = String(cells[cells.length - 1]);
      if (seen.has(reportId)) continue; // one row per report, as REPORT.COMPARE gives
      seen.add(reportId);
      const matchedAs = row.name_keys.includes(key) ? where : (row.names[0] ?? where);
      cells[MATCHED] = matchedLabel(row.subject_name, matchedAs);
      answer.push(cells);
    }
    return { header: COMPARE_HEADER, rows: answer, reports: Number(count?.n ?? 0) };
  }
}
