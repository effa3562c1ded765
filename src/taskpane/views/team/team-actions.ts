/**
 * Reports › Team library: connect with the server's address and a token, search its reviewed reports, add one (with
 * its version) to the workbook, publish the workbook's reports. Every answer of the server, a conflict included, is
 * said in words with what to do. The state is one object (TeamStore) the view subscribes to.
 */
import { checkReport } from "../../../model/check-report";
import { messageOf } from "../../../model/error-message";
import type { Report } from "../../../model/report";
import type { Library } from "../../../query";
import { TeamClient, TeamLibraryError, type TeamSummary } from "../../../team/client";
import { forgetConnection, saveConnection, savedConnection, type TeamConnection } from "./connection";

export interface TeamMessage {
  text: string;
  tone: "info" | "error" | "success";
}

export interface TeamState {
  /** The library connected to, once a search with the token has answered. */
  connected: string | null;
  /** The address and token last used on this machine, to fill the form. */
  saved: TeamConnection | undefined;
  query: string;
  results: TeamSummary[];
  message: TeamMessage | null;
  busy: boolean;
  /** A report the workbook already holds, waiting for "replace" before the library's version takes its place. */
  pendingReplace: { id: string; title: string; version: number } | null;
}

type Listener = (state: TeamState) => void;

export class TeamStore {
  private listeners: Listener[] = [];
  constructor(public state: TeamState) {}

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
    listener(this.state);
  }

  update(patch: Partial<TeamState>): void {
    this.state = { ...this.state, ...patch };
    this.listeners.forEach((listener) => listener(this.state));
  }
}

export interface TeamDeps {
  /** The runtime's library: the workbook's reports, which Add to workbook fills and Publish reads. */
  library: Library;
  /** Gives the runtime's functions the team library (REPORT.COMPARE's "team" scope), or takes it away. */
  connect(client: TeamClient | undefined): void;
  /** Adds (or replaces) a report in the library and saves the library into the workbook. */
  addToWorkbook(report: Report): Promise<void>;
  close(): void;
  storage?: Storage;
}

/** What the workbook holds of a library report: nothing, a copy of an older version, the same version, or its own. */
export function workbookCopy(library: Library, summary: Pick<TeamSummary, "id" | "version">, url: string): string {
  const entry = library.get(summary.id);
  if (!entry) return "Not in this workbook.";
  const from = entry.report.teamLibrary;
  if (!from || from.url !== url) return "This workbook has its own report with this id (not from this library).";
  if (from.version < summary.version)
    return `This workbook's copy is version ${from.version}: behind by ${summary.version - from.version}.`;
  return `This workbook's copy is version ${from.version}: up to date.`;
}

/** The report as the server takes it: without the note of where the workbook's copy came from. */
function forPublishing(report: Report): Report {
  const { teamLibrary: _from, ...rest } = report; // eslint-disable-line @typescript-eslint/no-unused-vars
  return rest;
}

export type TeamActions = ReturnType<typeof teamActions>;

export function teamActions(store: TeamStore, deps: TeamDeps) {
  let client: TeamClient | undefined;
  const say = (text: string, tone: TeamMessage["tone"] = "info") => store.update({ message: { text, tone }, busy: false });

  async function attempt(doing: string, work: () => Promise<void>): Promise<void> {
    store.update({ busy: true, message: { text: `${doing}…`, tone: "info" } });
    try {
      await work();
    } catch (error) {
      say(error instanceof TeamLibraryError ? error.message : `${doing} failed: ${messageOf(error)}`, "error");
    }
  }

  /** The newest 20 reports for the words (all when blank), shown in the list. */
  const fetchResults = async (query: string) => {
    const found = await client!.search({ q: query.trim() || undefined, limit: 20 });
    store.update({ query, results: found.reports, pendingReplace: null });
    return found;
  };

  const search = (query: string) =>
    attempt("Searching the team library", async () => {
      if (!client) return say("Connect to a team library first.", "error");
      const found = await fetchResults(query);
      const more = found.nextCursor ? " (the newest 20: narrow the search for others)" : "";
      const words = query.trim() ? ` for “${query.trim()}”` : "";
      say(`${found.reports.length} report${found.reports.length === 1 ? "" : "s"} in the team library${words}${more}.`);
    });

  const addVersion = async (id: string) => {
    if (!client) return;
    const got = await client.get(id);
    const { report, problems } = checkReport(got.report);
    if (!report)
      return say(
        `Not added: the library's version ${got.version} does not pass the checker (${problems.slice(0, 3).join("; ")}).`,
        "error",
      );
    await deps.addToWorkbook({ ...report, teamLibrary: { url: client.url, version: got.version } });
    store.update({ pendingReplace: null, results: [...store.state.results] });
    say(`Added “${report.source.title}” version ${got.version} to this workbook.`, "success");
  };

  return {
    connect: (url: string, token: string) =>
      attempt("Connecting", async () => {
        if (!url.trim() || !token.trim()) return say("Give the library's address and your token.", "error");
        const candidate = new TeamClient(url, token.trim());
        const found = await candidate.search({ limit: 20 });
        client = candidate;
        deps.connect(candidate);
        const kept = saveConnection({ url: candidate.url, token: token.trim() }, deps.storage);
        store.update({ connected: candidate.url, saved: { url: candidate.url, token: token.trim() }, results: found.reports });
        say(
          `Connected to ${candidate.url}: ${found.reports.length} report${found.reports.length === 1 ? "" : "s"} shown, newest first. ` +
            (kept
              ? "The token is kept on this machine, not in the workbook."
              : "This machine cannot keep the token: connect again next time."),
          "success",
        );
      }),
    disconnect: () => {
      client = undefined;
      deps.connect(undefined);
      forgetConnection(deps.storage);
      store.update({ connected: null, saved: undefined, results: [], pendingReplace: null });
      say('Disconnected; the token is forgotten on this machine. REPORT.COMPARE(…, "team") answers from this workbook.');
    },
    search,
    addToWorkbook: (summary: TeamSummary) => {
      const existing = deps.library.get(summary.id);
      if (existing && store.state.pendingReplace?.id !== summary.id) {
        store.update({ pendingReplace: { id: summary.id, title: existing.report.source.title, version: summary.version } });
        return say(
          `This workbook already has “${existing.report.source.title}”: replace it with the library's version ${summary.version}? Changes not published are lost.`,
          "error",
        );
      }
      return attempt("Adding to the workbook", () => addVersion(summary.id));
    },
    cancelReplace: () => {
      store.update({ pendingReplace: null });
      say("Nothing was changed.");
    },
    publish: (id: string) =>
      attempt("Publishing", async () => {
        if (!client) return say("Connect to a team library first.", "error");
        const entry = deps.library.get(id);
        if (!entry) return say(`No report “${id}” in this workbook.`, "error");
        const from = entry.report.teamLibrary;
        const basedOn = from && from.url === client.url ? from.version : undefined;
        const answer = await client.publish(forPublishing(entry.report), basedOn);
        await deps.addToWorkbook({ ...entry.report, teamLibrary: { url: client.url, version: answer.version } });
        await fetchResults(store.state.query);
        const how = answer.replayed ? " (a retry: applied once)" : "";
        const created = answer.created ? " (new in the library)" : "";
        say(
          `Published “${entry.report.source.title}” as version ${answer.version}${created}, by ${answer.publishedBy}${how}. This workbook's copy is that version.`,
          "success",
        );
      }),
    close: () => deps.close(),
    /** Connects with what this machine kept, if anything. */
    resume: () => {
      const saved = savedConnection(deps.storage);
      if (saved) store.update({ saved });
      return saved;
    },
  };
}
