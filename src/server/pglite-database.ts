import { PGlite } from "@electric-sql/pglite";
import type { Database, Queryable, SqlValue } from "./database";

/** PGlite: one connection in this process, its own lock around each transaction; the embedded default. */
export async function openPglite(dataDir: string): Promise<Database> {
  const db = await PGlite.create(dataDir === "memory://" ? undefined : dataDir);
  const on = (target: Pick<PGlite, "query">): Queryable => ({
    async query<Row extends object>(sql: string, params: readonly SqlValue[] = []) {
      return (await target.query<Row>(sql, params as unknown[])).rows;
    },
  });
  const self = on(db);
  return {
    engine: "pglite",
    query: self.query,
    reads: self,
    transaction: (work) => db.transaction((tx) => work(on(tx))),
    snapshot: (work) =>
      db.transaction(async (tx) => {
        await tx.query("set transaction isolation level repeatable read, read only");
        return work(on(tx));
      }),
    exec: async (sql) => void (await db.exec(sql)),
    close: () => db.close(),
  };
}
