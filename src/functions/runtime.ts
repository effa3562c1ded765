import { fail, type Result } from "../model/failure";
import { firstLineOf } from "../model/error-message";
import type { Library, OpenReport } from "../query";
import { isExcelErrorValue, valueOrError } from "./excel-error";
import { makeError } from "./make-error";
import { messageOf } from "../model/error-message";
import { answerWhenDrained, SlicedQueue } from "./slices";

/** A read the functions wait for (the reports saved in the workbook), and what to call it in a message. */
interface Hold {
  readonly work: Promise<unknown>;
  readonly what: string;
}

/**
 * A team library the functions may ask (`REPORT.COMPARE`'s "team" scope), connected by the pane or the CLI. A
 * request that never reached the server rejects with an error whose `unreachable` is true: the function then
 * answers from the workbook's reports and says so; any other rejection is the server's refusal, in its message.
 */
export interface TeamSource {
  readonly url: string;
  compare(
    where: string,
    measure: string,
    signal?: AbortSignal,
  ): Promise<{ rows: ReadonlyArray<ReadonlyArray<string | number | boolean>>; reports: number }>;
}

/**
 * What the REPORT functions of one runtime answer from: its library, and the read they wait for while the workbook's
 * reports load. Each surface builds its own (the shared runtime in functions-runtime.ts, the CLI, each test), so two
 * libraries side by side never see each other's reports.
 */
export class FunctionRuntime {
  private hold: Hold | undefined;
  /** The last read that failed, with why: a report it would have brought is named in the message. */
  private unread: { what: string; reason: string } | undefined;
  private readonly waiting = new SlicedQueue();
  /** The team library this runtime's functions may ask, once connected (none until then). */
  team: TeamSource | undefined;

  constructor(readonly library: Library) {}

  /**
   * Functions called while `work` runs (loading the workbook's reports, `what` in a message) wait for it instead of
   * answering too soon; when it settles they are answered a slice at a time.
   */
  holdUntil<T>(work: Promise<T>, what: string): Promise<T> {
    const hold: Hold = { work, what };
    this.hold = hold;
    const release = (reason: string | undefined) => {
      if (this.hold !== hold) return;
      this.hold = undefined;
      this.unread = reason === undefined ? undefined : { what, reason };
      this.waiting.drain();
    };
    work.then(
      () => release(undefined),
      (error: unknown) => release(firstLineOf(error)),
    );
    return work;
  }

  /** What the functions are waiting for, when they are. */
  get waitingFor(): string | undefined {
    return this.hold?.what;
  }

  /**
   * Runs `answer` against the report a function's `[report]` argument names (the default when blank), or throws the
   * Excel error saying why there is no such report. While a read is held, the answer is a promise: Excel's
   * custom-functions runtime awaits any returned value that has a `then` (custom-functions-runtime.js), so the cast
   * keeps the plain result type the metadata generator needs (a union with Promise loses a spill's dimensionality).
   */
  withReport<T>(reportArgument: unknown, answer: (r: OpenReport) => T): T {
    if (this.hold) return answerWhenDrained(this.waiting, () => this.withReport(reportArgument, answer)) as unknown as T;
    // The default report, most formulas' case, without building a result to unwrap (a recalculation makes thousands).
    const r = (reportArgument === undefined && this.library.default) || valueOrError(this.resolve(reportArgument));
    try {
      return answer(r);
    } catch (error) {
      // An Excel error is the answer; anything else is a fault, shown as #VALUE! with its message, never raw.
      throw isExcelErrorValue(error) ? error : makeError("#VALUE!", `Unexpected problem: ${messageOf(error)}`);
    }
  }

  /** Like `withReport`, for a function that answers from the whole library. */
  withLibrary<T>(answer: (library: Library) => T): T {
    if (this.hold) return answerWhenDrained(this.waiting, () => this.withLibrary(answer)) as unknown as T;
    return answer(this.library);
  }

  private resolve(argument: unknown): Result<OpenReport> {
    const found = this.library.resolve(argument);
    if (found.ok || found.failure.code !== "unknown-report" || !this.unread) return found;
    return fail({ ...found.failure, unread: `${this.unread.what}, which could not be read (${this.unread.reason})` });
  }
}
