import { Pool, type PoolClient } from "pg";
import type { Database, Queryable, SqlValue } from "./database";

const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 10);

function queryable(target: Pool | PoolClient): Queryable {
  return {
    async query<Row extends object>(sql: string, params: readonly SqlValue[] = []) {
      return (await target.query(sql, params as unknown[])).rows as Row[];
    },
  };
}

/** `work` on one connection of the pool between `begin` and a commit, or a rollback when it throws. */
async function inTransaction<T>(pool: Pool, begin: string, work: (tx: Queryable) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const result = await work(queryable(client));
    await client.query("commit");
    return result;
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** A PostgreSQL server through node-postgres: a pool for the primary, another for the replica when there is one. */
export async function openPostgres(url: string, readUrl?: string): Promise<Database> {
  const primary = new Pool({ connectionString: url, max: POOL_SIZE });
  const replica = readUrl ? new Pool({ connectionString: readUrl, max: POOL_SIZE }) : undefined;
  // A pool reports a dropped idle connection as an event; without a listener Node would end the process.
  primary.on("error", () => undefined);
  replica?.on("error", () => undefined);
  await primary.query("select 1");
  const self = queryable(primary);
  return {
    engine: "postgres",
    query: self.query,
    reads: replica ? queryable(replica) : self,
    transaction: (work) => inTransaction(primary, "begin", work),
    snapshot: (work) => inTransaction(replica ?? primary, "begin isolation level repeatable read, read only", work),
    exec: async (sql) => void (await primary.query(sql)),
    async close() {
      await primary.end();
      await replica?.end();
    },
  };
}
