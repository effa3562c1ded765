import { z } from "zod";
import { DraftReportSchema } from "../model/draft";
import { ReportSchema } from "../model/report";
import type { RouteSpec } from "./routes";
import { ProblemReply } from "./schemas";

/** The OpenAPI 3.1 document of the routes, generated from the same zod schemas the routes validate with. */
export function openApiDocument(routes: readonly RouteSpec[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:([a-zA-Z]+)/g, "{$1}");
    const parameters = [
      ...objectParameters(route.params, "path"),
      ...objectParameters(route.querystring, "query"),
      ...(route.headers ?? []).map((name) => ({ name, in: "header", required: false, schema: { type: "string" } })),
    ];
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      summary: route.summary,
      ...(route.role ? { security: [{ bearer: [] }], description: `Role: ${route.role} or above.` } : {}),
      parameters,
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: {
                "application/json": {
                  schema: { $ref: `#/components/schemas/${route.body === "draft" ? "DraftReport" : "Report"}` },
                },
              },
            },
          }
        : {}),
      responses: {
        [route.status ?? 200]: {
          description: "OK",
          content: { "application/json": { schema: z.toJSONSchema(route.reply, { io: "output" }) } },
        },
        default: {
          description: "A problem",
          content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: "Report Data team library", version: "1" },
    paths,
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      schemas: {
        Report: z.toJSONSchema(ReportSchema, { io: "input", unrepresentable: "any" }),
        DraftReport: z.toJSONSchema(DraftReportSchema, { io: "input", unrepresentable: "any" }),
        Problem: z.toJSONSchema(ProblemReply, { io: "output" }),
      },
    },
  };
}

function objectParameters(schema: z.ZodObject | undefined, where: "path" | "query") {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: "input" }) as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === "path" || (json.required ?? []).includes(name),
    schema: property,
  }));
}
