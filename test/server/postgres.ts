/*
 * A PostgreSQL server for the tests: DATABASE_URL when set, else a throwaway cluster (Debian's initdb/pg_ctl) in a
 * temp dir on loopback, else none: then the tests say loudly they skipped, and under CI=true they fail.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export interface PostgresServer {
  url: string;
  /** A fresh database on the server, so each test file starts empty. */
  createDatabase(name: string): string;
  stop(): void;
}

function binDir(): string | undefined {
  if (process.env.PG_BIN && existsSync(path.join(process.env.PG_BIN, "initdb"))) return process.env.PG_BIN;
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], "bin") : undefined;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Runs a PostgreSQL binary as the cluster's owner (initdb refuses root). */
function runAs(owner: string | undefined, command: string, args: string[]): void {
  const [file, argv] = owner ? ["runuser", ["-u", owner, "--", command, ...args]] : [command, args];
  const done = spawnSync(file, argv, { encoding: "utf8" });
  if (done.status !== 0) throw new Error(`${command} failed: ${done.stderr || done.stdout}`);
}

export async function startPostgres(): Promise<PostgresServer | undefined> {
  const withUrl = (url: string, stop: () => void): PostgresServer => ({
    url,
    stop,
    createDatabase(name) {
      const admin = new URL(url);
      execFileSync(
        path.join(binDir() ?? "", "psql"),
        [admin.toString(), "-qc", `drop database if exists ${name}`, "-c", `create database ${name}`],
        { stdio: "pipe" },
      );
      admin.pathname = `/${name}`;
      return admin.toString();
    },
  });
  if (process.env.DATABASE_URL) return withUrl(process.env.DATABASE_URL, () => undefined);
  const bin = binDir();
  if (!bin) return undefined;
  const owner = process.getuid?.() === 0 ? "postgres" : undefined;
  const dir = mkdtempSync(path.join(tmpdir(), "library-pg-"));
  if (owner) execFileSync("chown", [owner, dir]);
  const port = await freePort();
  const data = path.join(dir, "data");
  runAs(owner, path.join(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
  runAs(owner, path.join(bin, "pg_ctl"), [
    "-D",
    data,
    "-l",
    path.join(dir, "log"),
    "-w",
    "start",
    "-o",
    `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c max_connections=100`,
  ]);
  return withUrl(`postgres://postgres@127.0.0.1:${port}/postgres`, () => {
    spawnSync(
      owner ? "runuser" : path.join(bin, "pg_ctl"),
      owner
        ? ["-u", owner, "--", path.join(bin, "pg_ctl"), "-D", data, "-m", "immediate", "stop"]
        : ["-D", data, "-m", "immediate", "stop"],
    );
    rmSync(dir, { recursive: true, force: true });
  });
}

export interface ReplicatedPostgres {
  primaryUrl: string;
  replicaUrl: string;
  stop(): void;
}

/**
 * A primary (wal_level=replica, a `replicator` role allowed to replicate from loopback) and a streaming replica made
 * from it with `pg_basebackup -R`, each its own throwaway cluster on loopback; undefined without Debian's PostgreSQL.
 */
export async function startReplicatedPostgres(): Promise<ReplicatedPostgres | undefined> {
  const bin = binDir();
  if (!bin) return undefined;
  const owner = process.getuid?.() === 0 ? "postgres" : undefined;
  const dir = mkdtempSync(path.join(tmpdir(), "library-pg-pair-"));
  if (owner) execFileSync("chown", [owner, dir]);
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const primary = path.join(dir, "primary");
  const replica = path.join(dir, "replica");
  const pgCtl = path.join(bin, "pg_ctl");
  const start = (data: string, port: number, name: string) =>
    runAs(owner, pgCtl, [
      "-D",
      data,
      "-l",
      path.join(dir, `${name}.log`),
      "-w",
      "start",
      "-o",
      `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c wal_level=replica -c max_wal_senders=4`,
    ]);
  const stop = () => {
    for (const data of [replica, primary]) {
      if (existsSync(path.join(data, "postmaster.pid"))) runAs(owner, pgCtl, ["-D", data, "-m", "immediate", "stop"]);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    runAs(owner, path.join(bin, "initdb"), ["-D", primary, "-A", "reject", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
    writeFileSync(
      path.join(primary, "pg_hba.conf"),
      ["local all all trust", "host all postgres 127.0.0.1/32 trust", "host replication replicator 127.0.0.1/32 trust", ""].join(
        "\n",
      ),
    );
    start(primary, primaryPort, "primary");
    runAs(owner, path.join(bin, "psql"), [
      `postgres://postgres@127.0.0.1:${primaryPort}/postgres`,
      "-qc",
      "create role replicator with replication login",
    ]);
    runAs(owner, path.join(bin, "pg_basebackup"), [
      "-h",
      "127.0.0.1",
      "-p",
      String(primaryPort),
      "-U",
      "replicator",
      "-D",
      replica,
      "-R",
      "-X",
      "stream",
    ]);
    start(replica, replicaPort, "replica");
  } catch (error) {
    stop();
    throw error;
  }
  return {
    primaryUrl: `postgres://postgres@127.0.0.1:${primaryPort}/postgres`,
    replicaUrl: `postgres://postgres@127.0.0.1:${replicaPort}/postgres`,
    stop,
  };
}

/** Says loudly that the PostgreSQL half was skipped; under CI a missing server fails the run instead. */
export function noPostgres(): void {
  const message =
    "PostgreSQL tests SKIPPED: no DATABASE_URL and no Debian postgresql (apt-get install postgresql) on this machine.";
  if (process.env.CI === "true") throw new Error(`${message} CI must run them.`);
  console.warn(`\n*** ${message} ***\n`);
}

/** Whether Debian's PostgreSQL binaries are here (a test that starts its own clusters needs them). */
export const hasPostgresBinaries = (): boolean => binDir() !== undefined;

/** Whether a PostgreSQL server can be had (known before any test is declared). */
export const hasPostgres = (): boolean => Boolean(process.env.DATABASE_URL) || binDir() !== undefined;
