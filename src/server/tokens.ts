import { createHash, randomBytes, scrypt as scryptCallback, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";
import { z } from "zod";
import type { Database } from "./database";

const scrypt = promisify(scryptCallback) as (secret: string, salt: Buffer, length: number) => Promise<Buffer>;

export const ROLES = ["reader", "editor", "admin"] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** Who made a request: the token's user and role. */
export interface Caller {
  user: string;
  role: Role;
  tokenId: string;
}

const HASH_LENGTH = 32;
const TOKEN = /^rdl_([a-f0-9]{16})_([A-Za-z0-9_-]{43})$/;

/** Whether a role may do what `needed` may (admin > editor > reader). */
export const roleAllows = (role: Role, needed: Role): boolean => ROLES.indexOf(role) >= ROLES.indexOf(needed);

/** The token's id, or undefined when it is not one of ours (for rate limits before verifying). */
export const tokenIdOf = (token: string): string | undefined => TOKEN.exec(token)?.[1];

/**
 * Bearer tokens: `rdl_<id>_<secret>`, the secret stored only as a salted scrypt hash and compared in constant time.
 * Revocation is read from the database on every request; only the scrypt result is remembered (per token id, as
 * the SHA-256 of the secret that passed), so a server verifies each token's hash once, not on every request.
 */
export class Tokens {
  private readonly verified = new Map<string, Buffer>();

  constructor(private readonly db: Database) {}

  /** A new token for a user; the only time its secret is seen. */
  async create(user: string, role: Role): Promise<{ id: string; token: string }> {
    const id = randomBytes(8).toString("hex");
    const secret = randomBytes(32).toString("base64url");
    const salt = randomBytes(16);
    const hash = await scrypt(secret, salt, HASH_LENGTH);
    await this.db.transaction((tx) =>
      tx.query("insert into tokens (id, user_name, role, salt, hash) values ($1, $2, $3, $4, $5)", [id, user, role, salt, hash]),
    );
    return { id, token: `rdl_${id}_${secret}` };
  }

  /** Revokes one token by id, or every token of a user; the number revoked. */
  async revoke(which: { id?: string; user?: string }): Promise<number> {
    const rows = await this.db.transaction((tx) =>
      tx.query<{ id: string }>(
        "update tokens set revoked_at = now() where revoked_at is null and (id = $1 or user_name = $2) returning id",
        [which.id ?? null, which.user ?? null],
      ),
    );
    for (const { id } of rows) this.verified.delete(id);
    return rows.length;
  }

  /** The caller a bearer token stands for, or undefined for a malformed, unknown, revoked or wrong token. */
  async verify(token: string): Promise<Caller | undefined> {
    const match = TOKEN.exec(token);
    if (!match) return undefined;
    const [, id, secret] = match as unknown as [string, string, string];
    const [row] = await this.db.query<{ user_name: string; role: Role; salt: Buffer; hash: Buffer; revoked_at: Date | null }>(
      "select user_name, role, salt, hash, revoked_at from tokens where id = $1",
      [id],
    );
    if (!row || row.revoked_at !== null) return undefined;
    const digest = createHash("sha256").update(secret).digest();
    const known = this.verified.get(id);
    if (!(known && timingSafeEqual(known, digest))) {
      const hash = await scrypt(secret, Buffer.from(row.salt), HASH_LENGTH);
      if (!timingSafeEqual(hash, Buffer.from(row.hash))) return undefined;
      this.verified.set(id, digest);
    }
    return { user: row.user_name, role: row.role, tokenId: id };
  }
}
