/**
 * The one way the library server reaches its data: a query with bound parameters, and a transaction that commits
 * whole or not at all. Two engines fill it: PGlite (PostgreSQL in WebAssembly, its data in a directory) and a
 * PostgreSQL server through node-postgres. Services never see which.
 */
export type SqlValue = string | number | boolean | null | Date | readonly string[] | Buffer;

export interface Queryable {
  /** Rows of one statement; `sql` uses $1, $2, … and `params` fills them (never string concatenation). */
  query<Row extends object>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
}

export interface Database extends Queryable {
  /** "pglite" or "postgres": for health and the bench only. */
  readonly engine: "pglite" | "postgres";
  /** Reads that may lag the primary by a moment (a streaming replica when DATABASE_READ_URL is set, else this). */
  readonly reads: Queryable;
  /** Runs `work` in one transaction (READ COMMITTED, as PostgreSQL's default): commits if it resolves, rolls back if it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Runs `work` on the reads in one REPEATABLE READ READ ONLY transaction: every statement sees the database as it
   * was at the first, whatever commits meanwhile (a replica can run these too).
   */
  snapshot<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Several statements without parameters (migrations only). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL server (DATABASE_URL); without it, PGlite in `dataDir`. */
  url?: string;
  /** A replica for reads (DATABASE_READ_URL). */
  readUrl?: string;
  /** PGlite's directory; "memory://" keeps it in memory (tests). */
  dataDir?: string;
}

/** The engine the options name: node-postgres when a URL is given, else PGlite. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    const { openPostgres } = await import("./postgres-database");
    return openPostgres(options.url, options.readUrl);
  }
  const { openPglite } = await import("./pglite-database");
  return openPglite(options.dataDir ?? "memory://");
}
