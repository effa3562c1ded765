import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { Problem } from "./problem";
import type { CompareService } from "./compare-service";
import type { DraftsService } from "./drafts-service";
import type { ReportsService } from "./reports-service";
import {
  CompareQuery,
  CompareReply,
  DraftSummary,
  DraftsReply,
  HealthReply,
  PublishReply,
  ReportIdParams,
  ReportReply,
  SearchQuerySchema,
  SearchReply,
} from "./schemas";
import type { Caller, Role } from "./tokens";
import type { SearchQuery } from "./schemas";

export interface RouteContext {
  reports: ReportsService;
  compare: CompareService;
  drafts: DraftsService;
  engine: "pglite" | "postgres";
}

export interface RouteSpec {
  method: "GET" | "POST" | "PUT" | "DELETE";
  url: string;
  summary: string;
  /** The least role that may call it; none for health and the OpenAPI document, which hold no reports. */
  role?: Role;
  params?: z.ZodObject;
  querystring?: z.ZodObject;
  /** Takes a report (or a draft) as its body, checked in the service, so its problems come back whole. */
  body?: "report" | "draft";
  headers?: string[];
  reply: z.ZodType;
  status?: number;
  handle(input: { params: never; query: never; request: FastifyRequest; reply: FastifyReply; caller?: Caller }): Promise<unknown>;
}

/** A weak-free ETag of a version number: "3". */
const etag = (version: number) => `"${version}"`;

/** The version an If-Match header names, or a 400 when it is not one of our ETags. */
function ifMatchVersion(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const match = typeof header === "string" ? /^"([1-9][0-9]{0,8})"$/.exec(header.trim()) : null;
  if (!match) throw new Problem("bad-request", 'If-Match must be one ETag this server gave, such as "3".');
  return Number(match[1]);
}

function idempotencyKey(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (typeof header !== "string" || !/^[A-Za-z0-9_.:-]{8,128}$/.test(header)) {
    throw new Problem("bad-request", "Idempotency-Key must be 8 to 128 letters, digits or _ . : - (a UUID will do).");
  }
  return header;
}

/** The routes: thin adapters from HTTP to the services. */
export function routes(context: RouteContext, failpoint?: () => Promise<void>): RouteSpec[] {
  return [
    {
      method: "GET",
      url: "/health",
      summary: "Whether the server and its database answer",
      reply: HealthReply,
      handle: async () => ({ status: "ok", database: context.engine, reports: await context.reports.count() }),
    },
    {
      method: "GET",
      url: "/reports",
      summary: "Search and list reports, newest first (cursor pagination)",
      role: "reader",
      querystring: SearchQuerySchema,
      reply: SearchReply,
      handle: ({ query }) => context.reports.search(query as SearchQuery),
    },
    {
      method: "GET",
      url: "/reports/:id",
      summary: "One report's current version, with its ETag",
      role: "reader",
      params: ReportIdParams,
      headers: ["If-None-Match"],
      reply: ReportReply,
      handle: async ({ params, request, reply }) => {
        const found = await context.reports.get((params as z.infer<typeof ReportIdParams>).id);
        reply.header("etag", etag(found.version));
        if (request.headers["if-none-match"] === etag(found.version)) return reply.code(304).send();
        return found;
      },
    },
    {
      method: "PUT",
      url: "/reports/:id",
      summary: "Publish a version of a report (If-Match when it exists; Idempotency-Key to retry safely)",
      role: "editor",
      params: ReportIdParams,
      body: "report",
      headers: ["If-Match", "Idempotency-Key"],
      reply: PublishReply,
      status: 201,
      handle: async ({ params, request, reply, caller }) => {
        const answer = await context.reports.publish({
          id: (params as z.infer<typeof ReportIdParams>).id,
          body: request.body,
          user: caller!.user,
          ifMatch: ifMatchVersion(request.headers["if-match"]),
          idempotencyKey: idempotencyKey(request.headers["idempotency-key"]),
          pause: failpoint,
        });
        reply.code(answer.status).header("etag", etag(Number(answer.body.version)));
        return answer.body;
      },
    },
    {
      method: "DELETE",
      url: "/reports/:id",
      summary: "Withdraw a report (its versions are kept; searches and compares no longer see it)",
      role: "admin",
      params: ReportIdParams,
      reply: z.object({ id: z.string(), version: z.number().int(), withdrawnBy: z.string() }),
      handle: ({ params, caller }) => context.reports.withdraw((params as z.infer<typeof ReportIdParams>).id, caller!.user),
    },
    {
      method: "GET",
      url: "/compare",
      summary: "One figure across every report, oldest first: the columns of REPORT.COMPARE (cursor pagination)",
      role: "reader",
      querystring: CompareQuery,
      reply: CompareReply,
      handle: ({ query }) => context.compare.compare(query as z.infer<typeof CompareQuery>),
    },
    {
      method: "POST",
      url: "/drafts",
      summary: "Submit a draft for review (the extractor's proposals: never searched or compared)",
      role: "editor",
      body: "draft",
      reply: DraftSummary,
      status: 201,
      handle: async ({ request, reply, caller }) => {
        reply.code(201);
        return context.drafts.submit(request.body, caller!.user);
      },
    },
    {
      method: "GET",
      url: "/drafts",
      summary: "The drafts waiting for review, newest first",
      role: "reader",
      reply: DraftsReply,
      handle: () => context.drafts.list(),
    },
  ];
}
