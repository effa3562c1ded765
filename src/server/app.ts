import cors from "@fastify/cors";
import rateLimit from "@fastify/rate-limit";
import Fastify, { type FastifyInstance, type FastifyRequest } from "fastify";
import type { ZodType } from "zod";
import { CompareService } from "./compare-service";
import { DraftsService } from "./drafts-service";
import type { Database } from "./database";
import { openApiDocument } from "./openapi";
import { Problem } from "./problem";
import { ReportsService } from "./reports-service";
import { routes } from "./routes";
import { roleAllows, tokenIdOf, Tokens, type Caller } from "./tokens";

export interface ServerOptions {
  db: Database;
  /** The add-in's origin, the only one CORS admits (https://localhost:3000 in development). */
  allowedOrigin: string;
  /** Largest request body, in bytes. */
  bodyLimit?: number;
  /** Deepest JSON nesting a body may have (a report nests about 6 deep). */
  maxDepth?: number;
  /** Requests a minute per address and per token. */
  perAddress?: number;
  perToken?: number;
  /** Failed authentications a minute per address before it gets 429. */
  failedAuthentications?: number;
  https?: { key: Buffer; cert: Buffer };
  /** A test's failpoint inside the publish transaction. */
  failpoint?: () => Promise<void>;
  /** Behind a proxy that sets X-Forwarded-For (the address of each client for the rate limits). */
  trustProxy?: boolean;
}

/** Failed authentications per address in the last minute: brute force gets 429 long before it finds a token. */
class FailedAttempts {
  private readonly byAddress = new Map<string, number[]>();
  constructor(private readonly max: number) {}

  tooMany(address: string, now = Date.now()): boolean {
    const recent = (this.byAddress.get(address) ?? []).filter((at) => now - at < 60_000);
    this.byAddress.set(address, recent);
    return recent.length >= this.max;
  }

  record(address: string, now = Date.now()): void {
    if (this.byAddress.size > 100_000) this.byAddress.clear();
    this.byAddress.set(address, [...(this.byAddress.get(address) ?? []), now]);
  }
}

/** Nesting depth of a JSON text, counted without parsing it (so no recursion can overflow on hostile input). */
function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return depth;
    } else if (c === 125 || c === 93) depth--;
  }
  return depth;
}

const bearer = (request: FastifyRequest): string | undefined => {
  const header = request.headers.authorization;
  return typeof header === "string" && header.startsWith("Bearer ") ? header.slice(7).trim() : undefined;
};

/** The library server: routes -> services -> SQL, with authentication, CORS, limits and one error shape. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { db } = options;
  const maxDepth = options.maxDepth ?? 32;
  const app = Fastify({
    logger: false,
    bodyLimit: options.bodyLimit ?? 4 * 1024 * 1024,
    trustProxy: options.trustProxy ?? false,
    ...(options.https ? { https: options.https } : {}),
  }) as unknown as FastifyInstance;
  const tokens = new Tokens(db);
  const failed = new FailedAttempts(options.failedAuthentications ?? 20);
  const context = {
    reports: new ReportsService(db),
    compare: new CompareService(db),
    drafts: new DraftsService(db),
    engine: db.engine,
  };

  app.setValidatorCompiler(({ schema }) => (data) => {
    const parsed = (schema as ZodType).safeParse(data);
    if (parsed.success) return { value: parsed.data };
    const detail = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`).join("; ");
    return { error: new Problem("bad-request", detail) };
  });

  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_request, text, done) => {
    const body = String(text);
    if (nestingDepth(body, maxDepth) > maxDepth) {
      return done(
        new Problem("invalid-report", `The JSON nests deeper than ${maxDepth} levels; nothing was written.`, {
          problems: [`(root): nested deeper than ${maxDepth}`],
        }),
      );
    }
    try {
      done(
        null,
        JSON.parse(body, (key, value: unknown) => {
          if (key === "__proto__" || key === "constructor") throw new Problem("bad-request", `The JSON has a '${key}' key.`);
          return value;
        }),
      );
    } catch (error) {
      done(
        error instanceof Problem
          ? error
          : new Problem("bad-request", `The body is not JSON: ${(error as Error).message.slice(0, 120)}`),
      );
    }
  });

  app.setErrorHandler((thrown, _request, reply) => {
    const error = thrown as Error & { statusCode?: number; validation?: unknown };
    const known =
      error instanceof Problem
        ? error
        : (error as { validation?: unknown }).validation
          ? new Problem("bad-request", error.message)
          : error.statusCode === 413
            ? new Problem("too-large", `Bodies are limited to ${app.initialConfig.bodyLimit} bytes.`)
            : error.statusCode === 429
              ? new Problem("too-many-requests", "Slow down: try again in a minute.")
              : error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500
                ? new Problem("bad-request", error.message.slice(0, 200))
                : undefined;
    if (!known) console.error(`library server: ${error.stack ?? error.message}`);
    const problem = known ?? new Problem("server-error", "Something went wrong on the server; nothing partial was written.");
    reply.code(problem.status).type("application/problem+json").send(problem.body());
  });
  app.setNotFoundHandler((request, reply) => {
    const problem = new Problem("not-found", `No route ${request.method} ${request.url.split("?")[0]!.slice(0, 100)}.`);
    reply.code(404).type("application/problem+json").send(problem.body());
  });

  // Browsers from any other origin are refused outright; CORS headers go only to the add-in's origin.
  app.addHook("onRequest", async (request) => {
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== options.allowedOrigin)
      throw new Problem("origin-refused", "Only the add-in may call the library from a browser.");
  });
  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin === options.allowedOrigin),
    methods: ["GET", "POST", "PUT", "DELETE"],
    allowedHeaders: ["Authorization", "Content-Type", "If-Match", "If-None-Match", "Idempotency-Key"],
    exposedHeaders: ["ETag"],
  });
  await app.register(rateLimit, { global: false });
  const perAddress = app.rateLimit({
    max: options.perAddress ?? 600,
    timeWindow: 60_000,
    keyGenerator: (request) => `ip:${request.ip}`,
  });
  const perToken = app.rateLimit({
    max: options.perToken ?? 600,
    timeWindow: 60_000,
    keyGenerator: (request) => `token:${tokenIdOf(bearer(request) ?? "") ?? "none"}`,
    allowList: (request) => tokenIdOf(bearer(request) ?? "") === undefined,
  });
  app.addHook("onRequest", perAddress);
  app.addHook("onRequest", perToken);

  const specs = routes(context, options.failpoint);
  const document = openApiDocument(specs);
  app.get("/openapi.json", async () => document);
  for (const spec of specs) {
    app.route({
      method: spec.method,
      url: spec.url,
      schema: { ...(spec.params ? { params: spec.params } : {}), ...(spec.querystring ? { querystring: spec.querystring } : {}) },
      preHandler: async (request) => {
        if (!spec.role) return;
        if (failed.tooMany(request.ip))
          throw new Problem("too-many-requests", "Too many failed sign-ins from this address; wait a minute.");
        const token = bearer(request);
        const caller: Caller | undefined = token === undefined ? undefined : await tokens.verify(token);
        if (!caller) {
          failed.record(request.ip);
          throw new Problem(
            "unauthorized",
            token === undefined ? "Send Authorization: Bearer <token>." : "The token is unknown or revoked.",
          );
        }
        if (!roleAllows(caller.role, spec.role)) {
          throw new Problem("forbidden", `This needs the ${spec.role} role; ${caller.user}'s token is a ${caller.role}'s.`);
        }
        (request as FastifyRequest & { caller?: Caller }).caller = caller;
      },
      handler: (request, reply) =>
        spec.handle({
          params: request.params as never,
          query: request.query as never,
          request,
          reply,
          caller: (request as FastifyRequest & { caller?: Caller }).caller,
        }),
    });
  }
  return app;
}

export { Tokens };
