-- A place keyed by its GeoNames id (004) also links, by each of its names, to the key of its own folded name, so a
-- report that has no id for the place is still found through it, as it was when both were keyed by the name
-- (the same statement as compare-rows.ts, for every report).

delete from compare_names;

insert into compare_names (name_key, place_key, report_id)
select distinct k.name_key, l.place_key, s.report_id
  from version_subjects s
  join reports r on r.id = s.report_id and r.current_version = s.version and r.withdrawn_at is null
 cross join lateral unnest(s.name_keys) as k (name_key)
 cross join lateral (values (s.place_key),
                            (case when s.place_key like 'geonames:%' then 'place:' || s.name_keys[1] end)) as l (place_key)
 where l.place_key is not null;
