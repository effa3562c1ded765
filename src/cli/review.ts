/**
 * `npx report-data review <draft.json> [--out <report.json>] [--force]`: reviews a draft (what `extract` prints) in
 * the terminal, one key a line (review-session.ts), and writes the accepted items as a report file. Keys come from a
 * person at a terminal or, piped, from a script of keys. Exit 0 written; 1 quit or input ended without writing; 2 a
 * usage error, a draft that cannot be read or is not a draft, or a report file already there without --force.
 */
// First: before any zod schema is built (see zod-jitless.ts).
import "../model/zod-jitless";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createInterface, emitKeypressEvents } from "node:readline";
import { DraftReportSchema, type DraftReport } from "../model/draft";
import { counted } from "../model/count";
import { messageOf } from "../model/error-message";
import { reportFileJson } from "../export/report-file";
import * as review from "../taskpane/review/state";
import { parseCommandLine, usageLine } from "./args";
import { isDraftText, readFailure } from "./cli-library";
import { REVIEW_KEYS, reviewSession, TERMINAL_KEYS, type ReviewIo } from "./review-session";
import { runCommand } from "./run-command";

const USAGE = "Usage: npx report-data review <draft.json> [--out <report.json>] [--force]";
const OPTIONS = {
  out: { type: "string", short: "o" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const HELP = [
  USAGE,
  "Reviews a draft (npx report-data extract <article.txt> > draft.json) one item at a time and writes the accepted",
  "items as a report file (--out, by default <draft>.report.json beside the draft). An existing file is never",
  "overwritten without --force. In a terminal a key acts when pressed, as in the pane's list:",
  ...TERMINAL_KEYS.map((line) => `  ${line}`),
  "Piped (a file of keys), one key a line:",
  ...REVIEW_KEYS.map((line) => `  ${line}`),
  "Exit 0 written; 1 quit or the input ended without writing; 2 a usage error, a file that cannot be read or is not",
  "a draft, or --out already there without --force.",
].join("\n");

/** The draft in a file, or why not, in one line. */
function readDraft(file: string): { ok: true; draft: DraftReport } | { ok: false; message: string } {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    return { ok: false, message: readFailure(file, error, "file") };
  }
  let value: unknown;
  try {
    value = JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, message: `${file} is not JSON: ${messageOf(error)}\n` };
  }
  if (!isDraftText(text))
    return { ok: false, message: `${file} is not a draft (a reviewed report has nothing left to review).\n` };
  const parsed = DraftReportSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, message: `${file} is not a valid draft: ${issue.path.join(".") || "(root)"}: ${issue.message}\n` };
  }
  return { ok: true, draft: parsed.data };
}

/** Lines from a pipe, one per `ask`, each echoed after its prompt so the transcript reads as typed. */
function pipedIo(): ReviewIo & { close(): void } {
  const lines = createInterface({ input: process.stdin });
  const queued: string[] = [];
  let waiting: ((line: string | null) => void) | undefined;
  let ended = false;
  lines.on("line", (line) => {
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      resolve(line);
    } else queued.push(line);
  });
  lines.on("close", () => {
    ended = true;
    waiting?.(null);
    waiting = undefined;
  });
  const echo = (line: string | null) => {
    process.stdout.write(line === null ? "\n" : `${line}\n`);
    return line;
  };
  return {
    print: (line) => process.stdout.write(`${line}\n`),
    ask: (prompt) => {
      process.stdout.write(prompt);
      if (queued.length > 0) return Promise.resolve(echo(queued.shift()!));
      if (ended) return Promise.resolve(echo(null));
      return new Promise((resolve) => (waiting = (line) => resolve(echo(line))));
    },
    close: () => lines.close(),
  };
}

interface Press {
  str?: string;
  key?: { name?: string; ctrl?: boolean; meta?: boolean };
}

/** The list's moves, as the pane's list takes them, and what they print after the prompt. */
const MOVES: Readonly<Record<string, { command: string; label: string }>> = {
  down: { command: "n", label: "↓" },
  up: { command: "p", label: "↑" },
  pagedown: { command: "n 10", label: "PgDn" },
  pageup: { command: "p 10", label: "PgUp" },
  home: { command: "home", label: "Home" },
  end: { command: "end", label: "End" },
};

/** A terminal: a key acts when pressed (raw mode), as in the pane's list; answers to questions end with Enter. */
function keyIo(): ReviewIo & { close(): void } {
  const input = process.stdin;
  const out = process.stdout;
  emitKeypressEvents(input);
  input.setRawMode(true);
  const pressed: Press[] = [];
  let wake: (() => void) | undefined;
  input.on("keypress", (str: string | undefined, key: Press["key"]) => {
    pressed.push({ str, key });
    wake?.();
  });
  input.resume();
  const next = async (): Promise<Press> => {
    while (pressed.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    wake = undefined;
    return pressed.shift()!;
  };
  /** Prints what the key did after its prompt, and gives the command. */
  const echoed = <T>(text: string, command: T): T => {
    out.write(text);
    return command;
  };
  const interrupted = (p: Press) => p.key?.ctrl === true && (p.key.name === "c" || p.key.name === "d");
  const printable = (p: Press) => p.str !== undefined && p.str.length === 1 && p.str >= " " && !p.key?.ctrl && !p.key?.meta;
  const ask = async (prompt: string): Promise<string | null> => {
    out.write(prompt);
    let line = "";
    for (;;) {
      const p = await next();
      if (interrupted(p)) return echoed("\n", null);
      if (p.key?.name === "return" || p.key?.name === "enter") return echoed("\n", line);
      if (p.key?.name === "backspace") {
        if (line) out.write("\b \b");
        line = line.slice(0, -1);
      } else if (printable(p)) {
        line += p.str;
        out.write(p.str!);
      }
    }
  };
  return {
    print: (line) => out.write(`${line}\n`),
    ask,
    key: async (prompt) => {
      out.write(prompt);
      for (;;) {
        const p = await next();
        if (interrupted(p)) return echoed("\n", null);
        const move = p.key?.name ? MOVES[p.key.name] : undefined;
        if (move) return echoed(`${move.label}\n`, move.command);
        if (p.str === "%") {
          out.write("%\n");
          const percent = await ask("  accept all at or above (%) [80]: ");
          return percent === null ? null : `all ${percent}`.trim();
        }
        if (printable(p) && p.str !== " ") return echoed(`${p.str}\n`, p.str!.toLowerCase());
      }
    },
    close: () => {
      input.setRawMode(false);
      input.pause();
    },
  };
}

export async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(argv, OPTIONS, "review");
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (positionals.length !== 1) {
    process.stderr.write(`${usageLine("review", positionals.length === 0 ? "no draft given" : "one draft at a time")}\n`);
    return 2;
  }
  const file = positionals[0]!;
  const out = values.out ?? `${file.replace(/\.json$/i, "")}.report.json`;
  if (existsSync(out) && !values.force) {
    process.stderr.write(`review: ${out} already exists: pass --force to overwrite it, or --out another file.\n`);
    return 2;
  }
  const read = readDraft(file);
  if (!read.ok) {
    process.stderr.write(read.message);
    return 2;
  }
  const { draft } = read;
  const start = review.initialReview();
  const state = review.withDraft(
    {
      ...start,
      input: {
        text: draft.source.text,
        title: draft.source.title,
        outlet: draft.source.outlet ?? "",
        published: draft.source.published.value,
        fileName: draft.source.file,
      },
    },
    draft,
    null,
  );
  const io = process.stdin.isTTY ? keyIo() : pipedIo();
  const outcome = await reviewSession(state, io, ({ report }) => {
    try {
      writeFileSync(out, reportFileJson(report), { encoding: "utf8", flag: values.force ? "w" : "wx" });
      return null;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === "EEXIST" ? `${out} already exists (pass --force to overwrite it).` : `${out}: ${messageOf(error)}`;
    }
  });
  io.close();
  if (!outcome.written) {
    process.stderr.write(`review: ${outcome.why}\n`);
    return 1;
  }
  const { report, dropped } = outcome.built;
  const left = dropped.length > 0 ? ` Left out: ${dropped.map((p) => `${p.id} (${p.message})`).join("; ")}.` : "";
  process.stdout.write(
    `Wrote ${out}: ${counted(report.figures.length, "figure", "figures")}, ${counted(report.statements.length, "statement", "statements")}, ` +
      `${counted(report.events.length, "event", "events")}, ${counted(report.actors.length, "person or group", "people and groups")}, ` +
      `${counted(report.places.length, "place", "places")}.${left}\n`,
  );
  return 0;
}

if (require.main === module) runCommand("review", main);
