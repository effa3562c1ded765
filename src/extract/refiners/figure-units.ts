import type { ExtractContext } from "../context";
import type { FigureFinding } from "../parsers/figures";
import { moneyUnit } from "../parsers/money";

/** Who or what a figure counts ("passengers", "children"), and its unit ("people", "homes", a currency). */
export interface FigureCount {
  counted: string;
  unit: string;
}

// Words after a number that say nothing of who is counted ("four more died": "more" says the count is on top of
// another, its relation).
const NOT_COUNTED = /^(?:were|was|of|had|have|been|are|is|more|and|or|in|at|on|from|to|with|for|the|a|an)$/i;

/**
 * Each figure's counted noun (the last word up to its measure, or of the few words after it; "five of them children"
 * counts children) and its unit: money by its currency, rockets and attacks by their measure, homes and buildings by
 * the counted word, else people.
 */
export function countFigures(context: ExtractContext, figures: readonly FigureFinding[]): Map<FigureFinding, FigureCount> {
  const { text } = context;
  const out = new Map<FigureFinding, FigureCount>();
  for (const figure of figures) {
    // A table's count is named by its column's header ("Houses destroyed"), not by the cells after it.
    const header = figure.ruleId === "measure.table-column" ? figure.measureWord.text : undefined;
    const counted = header
      ? (/^(houses|homes|dwellings|buildings|shelters|schools)\b/i.exec(header)?.[1]?.toLowerCase() ?? "people")
      : (/^\s*(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)/u.exec(
          text
            .slice(
              figure.number.end,
              figure.measureWord.start > figure.number.end
                ? figure.measureWord.end
                : Math.min(figure.sentence.end, figure.number.end + 30),
            )
            .replace(/^\s+of\s+(?:them|those|whom)\s/, " "),
        )?.[1] ?? "people");
    const unit =
      moneyUnit(text, figure.number) ??
      (figure.measure === "rockets launched"
        ? "rockets"
        : figure.measure === "attacks"
          ? "attacks"
          : /^(?:houses|homes|dwellings)$/i.test(counted)
            ? "homes"
            : /^buildings$/i.test(counted)
              ? "buildings"
              : "people");
    out.set(figure, { counted: NOT_COUNTED.test(counted) ? "people" : counted, unit });
  }
  return out;
}
