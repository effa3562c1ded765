-- What compare reads, for the current version of each report not withdrawn only, kept by publish and withdraw in
-- their own transactions (compare-rows.ts): a compare then reads the rows of the asked place and measure and nothing
-- else, through two index ranges, with no join whose plan depends on statistics (PGlite never gathers any).

-- Every name key a current report's place or group is found by, with that subject's place key.
create table compare_names (
  name_key text not null,
  place_key text not null,
  report_id text not null references reports (id),
  primary key (name_key, place_key, report_id)
);
create index compare_names_report_id on compare_names (report_id);

-- A current report's figures, each with the names of its version's subject of the same place key (for "matched").
create table compare_figures (
  report_id text not null references reports (id),
  figure_id text not null,
  place_key text not null,
  measure text not null,
  published_on date not null,
  subject_name text not null,
  names text[] not null,
  name_keys text[] not null,
  compare_row jsonb not null,
  primary key (report_id, figure_id)
);
create index compare_figures_place_measure on compare_figures (place_key, measure, published_on, report_id, figure_id);

-- The rows of the reports already published (the same statements as compare-rows.ts, for every report).
insert into compare_names (name_key, place_key, report_id)
select distinct k.name_key, s.place_key, s.report_id
  from version_subjects s
  join reports r on r.id = s.report_id and r.current_version = s.version and r.withdrawn_at is null
 cross join lateral unnest(s.name_keys) as k (name_key);

insert into compare_figures (report_id, figure_id, place_key, measure, published_on, subject_name, names, name_keys, compare_row)
select f.report_id, f.figure_id, f.place_key, f.measure, f.published_on, f.subject_name, s.names, s.name_keys, f.compare_row
  from figures f
  join reports r on r.id = f.report_id and r.current_version = f.version and r.withdrawn_at is null
  join lateral (select names, name_keys from version_subjects
                 where report_id = f.report_id and version = f.version and place_key = f.place_key
                 order by subject_id limit 1) s on true;
