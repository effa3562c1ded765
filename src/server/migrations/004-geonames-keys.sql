-- Places the gazetteer matched with an id are keyed geonames:<id> (report-rows.ts placeKey), as the schema has always
-- stored it (geo.geonamesId); the keys written before read a field no report has, so every place was keyed by its
-- folded name. The keys are set again from each version's stored report, then compare's tables are built again.

update version_subjects s
   set place_key = 'geonames:' || (p.place -> 'geo' ->> 'geonamesId')
  from report_versions v
 cross join lateral jsonb_array_elements(v.report -> 'places') as p (place)
 where v.report_id = s.report_id and v.version = s.version
   and p.place ->> 'id' = s.subject_id
   and p.place -> 'geo' ->> 'matched' = 'true'
   and jsonb_typeof(p.place -> 'geo' -> 'geonamesId') = 'number';

-- A figure has its subject's key (a figure whose subject the version does not hold keeps the key it has).
update figures f
   set place_key = s.place_key
  from report_versions v
 cross join lateral jsonb_array_elements(v.report -> 'figures') as e (figure)
  join version_subjects s on s.report_id = v.report_id and s.version = v.version
                         and s.subject_id = e.figure -> 'subject' ->> 'id'
 where v.report_id = f.report_id and v.version = f.version
   and e.figure ->> 'id' = f.figure_id
   and f.place_key <> s.place_key;

-- Compare's rows again, from the keys above (the same statements as compare-rows.ts, for every report).
delete from compare_names;

delete from compare_figures;

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
