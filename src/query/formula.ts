/** A parsed `=REPORT.NAME(arg, ...)` call. Arguments left empty are `undefined`, as Excel passes them. */
export interface FormulaCall {
  name: string;
  args: Array<string | number | boolean | undefined>;
}

export class FormulaSyntaxError extends Error {}

const OPEN_QUOTES = new Set(['"', "“"]);
const CLOSE_QUOTE: Record<string, string> = { '"': '"', "“": "”" };

/**
 * Parses one call of a REPORT function: the leading `=` and the `REPORT.` prefix are optional;
 * arguments are strings ("..." with "" for a quote mark; typographic “...” too), numbers,
 * TRUE/FALSE, or empty. Arguments are separated by `,` or, as Excel writes them in many European locales, `;`.
 */
export function parseFormula(formula: string): FormulaCall {
  const match = /^\s*=?\s*(?:REPORT\.)?([A-Z][A-Z0-9_.]*)\s*\((.*)\)\s*$/is.exec(formula);
  if (!match) throw new FormulaSyntaxError(`Not a function call: ${formula}`);
  return { name: match[1]!.toUpperCase(), args: parseArguments(match[2]!) };
}

const isSeparator = (ch: string | undefined) => ch === "," || ch === ";";

function parseArguments(source: string): FormulaCall["args"] {
  const args: FormulaCall["args"] = [];
  let i = 0;
  const skipSpace = () => {
    while (i < source.length && /\s/.test(source[i]!)) i++;
  };
  skipSpace();
  if (i === source.length) return args;
  for (;;) {
    skipSpace();
    args.push(readArgument());
    skipSpace();
    if (i === source.length) return args;
    if (!isSeparator(source[i]))
      throw new FormulaSyntaxError(`Expected ',' (or ';') or ')' at position ${i + 1}: ${source.slice(i)}`);
    i++;
  }

  function readArgument(): string | number | boolean | undefined {
    const ch = source[i];
    if (ch === undefined || isSeparator(ch)) return undefined;
    if (OPEN_QUOTES.has(ch)) return readString(CLOSE_QUOTE[ch]!);
    const token = /^[^,;\s]+/.exec(source.slice(i))![0];
    i += token.length;
    if (/^(TRUE|FALSE)$/i.test(token)) return token.toUpperCase() === "TRUE";
    const number = Number(token);
    if (token !== "" && Number.isFinite(number)) return number;
    throw new FormulaSyntaxError(`Not a value: ${token} (strings go in double quotes)`);
  }

  function readString(close: string): string {
    let text = "";
    i++;
    for (;;) {
      if (i >= source.length) throw new FormulaSyntaxError("A string is not closed with a quote mark");
      const ch = source[i]!;
      if (ch === close || (close === '"' && ch === "”")) {
        if (source[i + 1] === close) {
          text += close;
          i += 2;
          continue;
        }
        i++;
        return text;
      }
      text += ch;
      i++;
    }
  }
}
