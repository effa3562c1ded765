/**
 * The team library's client, for the pane and the CLI: every request with a bounded wait, every reply checked with
 * the server's own zod schemas (src/server/schemas.ts, one definition), every problem+json turned into a sentence
 * that says what to do. Publishing sends If-Match with the version the editor started from, and one
 * Idempotency-Key for all of its retries, so a retry after a lost answer is applied once.
 */
import type { z } from "zod";
import type { DraftReport } from "../model/draft";
import type { Report } from "../model/report";
import {
  CompareReply,
  DraftSummary,
  HealthReply,
  ProblemReply,
  PublishReply,
  ReportReply,
  SearchReply,
  type SearchQuery,
} from "../server/schemas";

export type TeamSearch = Partial<Omit<SearchQuery, "limit">> & { limit?: number };
export type TeamSummary = z.infer<typeof SearchReply>["reports"][number];
export type TeamSearchReply = z.infer<typeof SearchReply>;
export type TeamReport = z.infer<typeof ReportReply>;
export type TeamPublished = z.infer<typeof PublishReply> & { replayed?: boolean };
export type TeamCompare = z.infer<typeof CompareReply>;
export type TeamDraft = z.infer<typeof DraftSummary>;
export type TeamProblem = z.infer<typeof ProblemReply>;

/** Why a request failed: the server did not answer (offline, timeout), answered a problem, or answered nonsense. */
export type TeamFailureKind = "offline" | "timeout" | "problem" | "bad-reply";

export class TeamLibraryError extends Error {
  constructor(
    readonly kind: TeamFailureKind,
    message: string,
    readonly problem?: TeamProblem,
  ) {
    super(message);
    this.name = "TeamLibraryError";
  }

  /** The server could not be reached: a caller may fall back to what it has here. */
  get unreachable(): boolean {
    return this.kind === "offline" || this.kind === "timeout";
  }

  get status(): number | undefined {
    return this.problem?.status;
  }
}

export interface TeamClientOptions {
  /** The longest wait for one request, in milliseconds (10 s). */
  timeoutMs?: number;
  /** Tries of a publish whose answer was lost (the same Idempotency-Key each time); 3. */
  publishTries?: number;
  fetch?: typeof fetch;
  /** The Idempotency-Key of a publish (a random UUID). */
  newKey?: () => string;
}

/** The server's address as the client uses it: http(s), no trailing slash; http only on this machine. */
export function libraryUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new TeamLibraryError(
      "bad-reply",
      `'${input}' is not an address: give the library's URL, such as https://library.example.org.`,
    );
  }
  const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
    throw new TeamLibraryError(
      "bad-reply",
      `${url.origin} is not https: the token would cross the network in clear. Use the https address (plain http only on this machine).`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/** What a problem means for the person who asked, with what to do next. */
function problemMessage(problem: TeamProblem, url: string): string {
  const detail = problem.detail ? ` ${problem.detail}` : "";
  switch (problem.status) {
    case 401:
      return `The team library at ${url} refused the token:${detail} Ask its admin for a new token.`;
    case 403:
      return `The team library refused:${detail}`;
    case 412:
      return (
        `Conflict: someone published version ${problem.currentVersion} since you started from version ` +
        `${problem.yourVersion}; nothing was overwritten. Add version ${problem.currentVersion} to the workbook, ` +
        "redo your changes on it, and publish again."
      );
    case 428:
      return `The team library already has this report (version ${problem.currentVersion}): add it to the workbook first, then publish your changes over that version.`;
    case 429:
      return `The team library asks you to slow down:${detail}`;
    default: {
      const problems = problem.problems?.length
        ? ` ${plural(problem.problems.length, "problem")}: ${problem.problems.slice(0, 5).join("; ")}${problem.problems.length > 5 ? "; …" : ""}`
        : "";
      return `${problem.title} (${problem.status}).${detail}${problems}`;
    }
  }
}

const randomKey = () => globalThis.crypto.randomUUID();

export class TeamClient {
  readonly url: string;
  private readonly timeoutMs: number;
  private readonly publishTries: number;
  private readonly fetch: typeof fetch;
  private readonly newKey: () => string;

  constructor(
    url: string,
    private readonly token: string,
    options: TeamClientOptions = {},
  ) {
    this.url = libraryUrl(url);
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.publishTries = options.publishTries ?? 3;
    this.fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.newKey = options.newKey ?? randomKey;
  }

  health(): Promise<z.infer<typeof HealthReply>> {
    return this.request("GET", "/health", HealthReply);
  }

  search(query: TeamSearch = {}): Promise<TeamSearchReply> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== "") params.set(key, String(value));
    const qs = params.toString();
    return this.request("GET", `/reports${qs ? `?${qs}` : ""}`, SearchReply);
  }

  get(id: string): Promise<TeamReport> {
    return this.request("GET", `/reports/${encodeURIComponent(id)}`, ReportReply);
  }

  /**
   * Every page of a compare, following `nextCursor`, all within `signal`'s wait (each page also within the client's
   * own). A wait that runs out between pages is a timeout that says how many rows had come, never a short answer.
   */
  async compare(where: string, measure: string, signal?: AbortSignal): Promise<TeamCompare> {
    const rows: TeamCompare["rows"] = [];
    let page: TeamCompare | undefined;
    do {
      // After the first page, the loop's condition has made its nextCursor a string.
      const params = new URLSearchParams({ where, measure, ...(page ? { cursor: page.nextCursor! } : {}) });
      try {
        page = await this.request("GET", `/compare?${params}`, CompareReply, { signal });
      } catch (error) {
        if (!page || !(error instanceof TeamLibraryError) || error.kind !== "timeout") throw error;
        throw new TeamLibraryError(
          "timeout",
          `The team library at ${this.url} gave ${plural(rows.length, "row")} of this compare, and more were ` +
            "still to come when the wait ran out; nothing partial is shown.",
        );
      }
      for (const row of page.rows) rows.push(row);
    } while (page.nextCursor !== null);
    return { ...page, rows };
  }

  /**
   * Publishes a reviewed report: over `basedOn` (the version the workbook's copy came from) when it exists on the
   * server. A lost answer (the server or the network went down) is tried again with the same Idempotency-Key.
   */
  async publish(report: Report, basedOn?: number): Promise<TeamPublished> {
    const key = this.newKey();
    const headers: Record<string, string> = { "idempotency-key": key, "content-type": "application/json" };
    if (basedOn !== undefined) headers["if-match"] = `"${basedOn}"`;
    const body = JSON.stringify(report);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.request("PUT", `/reports/${encodeURIComponent(report.source.id)}`, PublishReply, { headers, body });
      } catch (error) {
        const retry =
          error instanceof TeamLibraryError && (error.unreachable || (error.status !== undefined && error.status >= 500));
        if (!retry || attempt >= this.publishTries) throw error;
      }
    }
  }

  /** Submits an extractor's draft for review: kept as a draft, never published as a reviewed report. */
  submitDraft(draft: DraftReport): Promise<TeamDraft> {
    return this.request("POST", "/drafts", DraftSummary, {
      headers: { "content-type": "application/json" },
      body: JSON.stringify(draft),
    });
  }

  private async request<S extends z.ZodType>(
    method: string,
    path: string,
    schema: S,
    extra: { headers?: Record<string, string>; body?: string; signal?: AbortSignal } = {},
  ): Promise<z.infer<S> & { replayed?: boolean }> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const signal = extra.signal ? AbortSignal.any([timeout, extra.signal]) : timeout;
    const late = () =>
      timeout.aborted
        ? new TeamLibraryError("timeout", `The team library at ${this.url} did not answer within ${this.timeoutMs / 1000} s.`)
        : extra.signal?.aborted
          ? new TeamLibraryError("timeout", `The team library at ${this.url} did not answer in time.`)
          : undefined;
    let response: Response;
    try {
      response = await this.fetch(`${this.url}${path}`, {
        method,
        headers: { accept: "application/json", authorization: `Bearer ${this.token}`, ...extra.headers },
        ...(extra.body !== undefined ? { body: extra.body } : {}),
        signal,
      });
    } catch (error) {
      const timedOut = late();
      if (timedOut) throw timedOut;
      // fetch's own message is "fetch failed"; why it failed (ECONNREFUSED, a certificate) is its cause.
      const cause = (error as { cause?: { message?: string } }).cause?.message;
      const why = cause ?? (error instanceof Error ? error.message : String(error));
      throw new TeamLibraryError("offline", `The team library at ${this.url} cannot be reached (${why}).`);
    }
    const text = await response.text().catch(() => "");
    // The wait may run out while the body is read: that is a timeout, not a reply that makes no sense.
    const timedOut = late();
    if (timedOut) throw timedOut;
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (!response.ok) {
      const problem = ProblemReply.safeParse(json);
      const known: TeamProblem = problem.success
        ? problem.data
        : { type: "about:blank", title: response.statusText || "The server refused", status: response.status };
      throw new TeamLibraryError("problem", problemMessage(known, this.url), known);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new TeamLibraryError(
        "bad-reply",
        `${this.url} answered ${method} ${path.split("?")[0]} with something that is not the team library's reply.`,
      );
    }
    const replayed = (json as { replayed?: unknown }).replayed === true;
    return Object.assign(parsed.data as object, replayed ? { replayed } : {}) as z.infer<S> & { replayed?: boolean };
  }
}
