import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Database } from "./database";

const MIGRATIONS = path.join(__dirname, "migrations");

/**
 * Applies the SQL files of `migrations/` not yet recorded in `schema_migrations`, in name order, each in the same
 * transaction as its record; the same files for PGlite and a PostgreSQL server. An advisory lock keeps two servers
 * starting at once from applying one twice. Returns the names applied now. `through` stops after that file (tests of
 * a migration over data the earlier ones shaped).
 */
export async function migrate(db: Database, options: { through?: string } = {}): Promise<string[]> {
  await db.exec(
    "create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())",
  );
  const files = readdirSync(MIGRATIONS)
    .filter((name) => name.endsWith(".sql") && (options.through === undefined || name <= options.through))
    .sort();
  const applied: string[] = [];
  for (const name of files) {
    const sql = readFileSync(path.join(MIGRATIONS, name), "utf8");
    const done = await db.transaction(async (tx) => {
      await tx.query("select pg_advisory_xact_lock(20)");
      const seen = await tx.query("select 1 from schema_migrations where name = $1", [name]);
      if (seen.length > 0) return false;
      for (const statement of statements(sql)) await tx.query(statement);
      await tx.query("insert into schema_migrations (name) values ($1)", [name]);
      return true;
    });
    if (done) applied.push(name);
  }
  return applied;
}

/** A migration's statements: split at semicolons ending a line, comments dropped (the files hold no functions). */
function statements(sql: string): string[] {
  return sql
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("--"))
    .join("\n")
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
