import type { Report } from "../../src/model/report";
import type { Anchor } from "./anchor";

/** Numerals in the text that are neither a figure nor a date, each with the reason. */
export function otherNumerals(a: Anchor): Report["otherNumerals"] {
  return [{ text: a.span("one", "one of the manifestations"), reason: "'one of the manifestations': not a count" }];
}
