import type { Queryable } from "./database";

/**
 * Makes compare's tables (migrations/003) say what these reports' current versions do: their rows go, and the rows
 * of each current version not withdrawn come in. Publish and withdraw call it inside their transaction, after the
 * report's row says which version is current, so a compare never sees a half-published report.
 */
export async function refreshCompareRows(tx: Queryable, reportIds: readonly string[]): Promise<void> {
  await tx.query("delete from compare_names where report_id = any($1::text[])", [reportIds]);
  await tx.query("delete from compare_figures where report_id = any($1::text[])", [reportIds]);
  // A place keyed by its GeoNames id also links, by its names, to the key of its folded name (name_keys[1], the
  // name's own), so a report with no id for it is still found as before the id keyed it (migrations/005).
  await tx.query(
    `insert into compare_names (name_key, place_key, report_id)
     select distinct k.name_key, l.place_key, s.report_id
       from version_subjects s
       join reports r on r.id = s.report_id and r.current_version = s.version and r.withdrawn_at is null
      cross join lateral unnest(s.name_keys) as k (name_key)
      cross join lateral (values (s.place_key),
                                 (case when s.place_key like 'geonames:%' then 'place:' || s.name_keys[1] end)) as l (place_key)
      where s.report_id = any($1::text[]) and l.place_key is not null`,
    [reportIds],
  );
  // The subject of the figure's place key with the least id, where a version has two (the join once took either).
  await tx.query(
    `insert into compare_figures (report_id, figure_id, place_key, measure, published_on, subject_name, names, name_keys, compare_row)
     select f.report_id, f.figure_id, f.place_key, f.measure, f.published_on, f.subject_name, s.names, s.name_keys, f.compare_row
       from figures f
       join reports r on r.id = f.report_id and r.current_version = f.version and r.withdrawn_at is null
       join lateral (select names, name_keys from version_subjects
                      where report_id = f.report_id and version = f.version and place_key = f.place_key
                      order by subject_id limit 1) s on true
      where f.report_id = any($1::text[])`,
    [reportIds],
  );
}
