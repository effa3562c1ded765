/*
 * The library server's command line: `serve` (what `npm run library` starts), `token create --user U --role R`,
 * `token revoke --id ID | --user U`. Bad input is one line on stderr and exit 2.
 */
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildServer } from "./app";
import { openDatabase } from "./database";
import { migrate } from "./migrate";
import { RoleSchema, Tokens } from "./tokens";

const root = path.join(__dirname, "..", "..");
const dataDir = process.env.LIBRARY_DATA ?? path.join(root, ".library", "data");

function usage(message: string): never {
  console.error(`library: ${message}`);
  process.exit(2);
}

async function database() {
  const db = await openDatabase({ url: process.env.DATABASE_URL, readUrl: process.env.DATABASE_READ_URL, dataDir });
  await migrate(db);
  return db;
}

/** The dev certificates office-addin-dev-certs installs, when this machine has them. */
function devCertificates(): { key: Buffer; cert: Buffer } | undefined {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const [key, cert] = [path.join(dir, "localhost.key"), path.join(dir, "localhost.crt")];
  return existsSync(key) && existsSync(cert) ? { key: readFileSync(key), cert: readFileSync(cert) } : undefined;
}

async function serve(): Promise<void> {
  const db = await database();
  const behindProxy = process.env.LIBRARY_BEHIND_PROXY === "1";
  const https = behindProxy ? undefined : devCertificates();
  const failpoint =
    process.env.LIBRARY_FAILPOINT === "publish"
      ? () => {
          console.error("library: failpoint publish reached");
          return new Promise<void>(() => undefined);
        }
      : undefined;
  const app = await buildServer({
    db,
    allowedOrigin: process.env.LIBRARY_ALLOWED_ORIGIN ?? "https://localhost:3000",
    https,
    failpoint,
    trustProxy: behindProxy,
    perAddress: Number(process.env.LIBRARY_RATE_PER_ADDRESS ?? 600),
    perToken: Number(process.env.LIBRARY_RATE_PER_TOKEN ?? 600),
  });
  const host = process.env.LIBRARY_HOST ?? "127.0.0.1";
  const port = Number(process.env.LIBRARY_PORT ?? 3100);
  await app.listen({ host, port });
  const scheme = https ? "https" : "http";
  if (!https && !behindProxy) {
    console.error("library: no dev certificates in ~/.office-addin-dev-certs, so plain HTTP on loopback only.");
    console.error(
      "library: for anything beyond this machine, run it behind a TLS proxy (LIBRARY_BEHIND_PROXY=1); see docs/team-library.md.",
    );
  }
  console.log(`library: listening on ${scheme}://${host === "0.0.0.0" ? "localhost" : host}:${port} (${db.engine})`);
  const stop = async () => {
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

async function token(args: string[]): Promise<void> {
  const [action, ...rest] = args;
  const { values } = (() => {
    try {
      return parseArgs({
        args: rest,
        strict: true,
        options: { user: { type: "string" }, role: { type: "string" }, id: { type: "string" } },
      });
    } catch (error) {
      return usage((error as Error).message);
    }
  })();
  if (action === "create") {
    if (!values.user || !/^[\w.@-]{1,64}$/.test(values.user)) usage("token create needs --user NAME (letters, digits, . _ @ -)");
    const role = RoleSchema.safeParse(values.role);
    if (!role.success) usage("token create needs --role reader, editor or admin");
    const db = await database();
    const created = await new Tokens(db).create(values.user, role.data);
    await db.close();
    console.log(`Token ${created.id} for ${values.user} (${role.data}); shown once, keep it safe:`);
    console.log(created.token);
  } else if (action === "revoke") {
    if (!values.id && !values.user) usage("token revoke needs --id ID or --user NAME");
    const db = await database();
    const n = await new Tokens(db).revoke({ id: values.id, user: values.user });
    await db.close();
    console.log(`Revoked ${n} token${n === 1 ? "" : "s"}.`);
  } else {
    usage("use: token create --user NAME --role reader|editor|admin, or token revoke --id ID | --user NAME");
  }
}

const [command, ...args] = process.argv.slice(2);
const run =
  command === "serve"
    ? serve()
    : command === "token"
      ? token(args)
      : usage(`unknown command '${command ?? ""}'; use serve or token`);
run.catch((error: Error) => {
  console.error(`library: ${error.message.split("\n")[0]}`);
  process.exit(1);
});
