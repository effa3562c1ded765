-- The team library: reports with every published version, their figures and names for queries, search,
-- tokens, and the answers of publishes already applied (Idempotency-Key).

create table reports (
  id text primary key,
  current_version integer not null,
  first_published_at timestamptz not null default now(),
  withdrawn_at timestamptz,
  withdrawn_by text
);

create table report_versions (
  report_id text not null references reports (id),
  version integer not null,
  report jsonb not null,
  sha256 text not null,
  title text not null,
  outlet text,
  -- The publication date as the report gives it ("2023-10") and its first day, for ranges and ordering.
  published text not null,
  published_on date not null,
  published_by text not null,
  published_at timestamptz not null default now(),
  search tsvector not null,
  primary key (report_id, version)
);
create index report_versions_search on report_versions using gin (search);

-- A place or group of a version, with every name it is found by (folded), for search and compare.
create table version_subjects (
  report_id text not null,
  version integer not null,
  subject_id text not null,
  -- geonames:<id> when the report has the gazetteer's id, else <kind>:<folded name>.
  place_key text not null,
  name text not null,
  names text[] not null,
  name_keys text[] not null,
  primary key (report_id, version, subject_id),
  foreign key (report_id, version) references report_versions (report_id, version)
);
create index version_subjects_name_keys on version_subjects using gin (name_keys);
create index version_subjects_place_key on version_subjects (place_key);

create table figures (
  report_id text not null,
  version integer not null,
  figure_id text not null,
  place_key text not null,
  subject_name text not null,
  measure text not null,
  best double precision not null,
  low double precision,
  high double precision,
  qualifier text not null,
  published_on date not null,
  -- The figure's REPORT.COMPARE row, computed once by src/query when the version is published.
  compare_row jsonb not null,
  primary key (report_id, version, figure_id),
  foreign key (report_id, version) references report_versions (report_id, version)
);
create index figures_place_measure on figures (place_key, measure);

create table tokens (
  id text primary key,
  user_name text not null,
  role text not null check (role in ('reader', 'editor', 'admin')),
  salt bytea not null,
  hash bytea not null,
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);

create table applied_requests (
  idempotency_key text not null,
  user_name text not null,
  request_sha256 text not null,
  status integer not null,
  response jsonb not null,
  applied_at timestamptz not null default now(),
  primary key (user_name, idempotency_key)
);
