-- Drafts submitted for review (`extract --publish`): kept apart from the reviewed reports, so search and compare
-- never see an unreviewed figure; a reviewer publishes the accepted report as a version of its own.

create table drafts (
  id bigserial primary key,
  report_id text not null,
  draft jsonb not null,
  sha256 text not null,
  title text not null,
  state text not null default 'draft' check (state in ('draft')),
  submitted_by text not null,
  submitted_at timestamptz not null default now()
);
create index drafts_report_id on drafts (report_id);
