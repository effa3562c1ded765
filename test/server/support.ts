import { readFileSync } from "node:fs";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import type { Report } from "../../src/model/report";
import { buildServer, type ServerOptions } from "../../src/server/app";
import { openDatabase, type Database } from "../../src/server/database";
import { migrate } from "../../src/server/migrate";
import { Tokens, type Role } from "../../src/server/tokens";
import { hasPostgres, noPostgres, startPostgres, type PostgresServer } from "./postgres";

export const ORIGIN = "https://localhost:3000";

export const bundledReport = (): Report =>
  JSON.parse(readFileSync(path.join(__dirname, "..", "..", "data", "report.json"), "utf8")) as Report;

/** The bundled report under another id and title (and date), so a library holds several. */
export function reportAs(id: string, title: string, published?: string): Report {
  const report = bundledReport();
  report.source = { ...report.source, id: `report:${id}`, title };
  if (published) report.source.published = { ...report.source.published, value: published, notBefore: published };
  return report;
}

export interface Harness {
  app: FastifyInstance;
  db: Database;
  tokens: Tokens;
  token(user: string, role: Role): Promise<string>;
  close(): Promise<void>;
}

let postgres: Promise<PostgresServer | undefined> | undefined;
let databases = 0;

/** The engines every server test runs on: PGlite always, PostgreSQL where there is one (else a loud skip). */
export function engines(): Array<"pglite" | "postgres"> {
  if (hasPostgres()) return ["pglite", "postgres"];
  noPostgres();
  return ["pglite"];
}

export async function stopPostgres(): Promise<void> {
  (await postgres)?.stop();
  postgres = undefined;
}

export async function databaseUrl(): Promise<string | undefined> {
  postgres ??= startPostgres();
  const server = await postgres;
  return server?.createDatabase(`library_test_${process.pid}_${++databases}`);
}

export async function harness(engine: "pglite" | "postgres", options: Partial<ServerOptions> = {}): Promise<Harness> {
  const url = engine === "postgres" ? await databaseUrl() : undefined;
  const db = await openDatabase(url ? { url } : { dataDir: "memory://" });
  await migrate(db);
  const app = await buildServer({ db, allowedOrigin: ORIGIN, ...options });
  const tokens = new Tokens(db);
  return {
    app,
    db,
    tokens,
    token: async (user, role) => (await tokens.create(user, role)).token,
    async close() {
      await app.close();
      await db.close();
    },
  };
}

export const auth = (token: string) => ({ authorization: `Bearer ${token}` });

export interface ListeningLibrary {
  h: Harness;
  /** Where it listens on loopback: http://127.0.0.1:<port>. */
  url: string;
  editor: string;
  reader: string;
}

/**
 * For the file it is called in: a library server on PGlite in memory listening on a free loopback port, with an
 * editor's (erin) and a reader's (rita) token; read the fields inside the tests.
 */
export function libraryOnLoopback(): ListeningLibrary {
  const held = {} as ListeningLibrary;
  beforeAll(async () => {
    held.h = await harness("pglite");
    [held.editor, held.reader] = await Promise.all([held.h.token("erin", "editor"), held.h.token("rita", "reader")]);
    held.url = await held.h.app.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(() => held.h.close());
  return held;
}
