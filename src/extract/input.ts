/** What the extractor does with text it cannot read as an English news report: clean it, cut it, or say why not. */
export interface PreparedInput {
  text: string;
  warnings: string[];
  /** When set, the draft is empty and this says why. */
  refusal?: string;
}

/** Characters read at most (about 30,000 words): a longer text is cut, so a draft never takes more than a moment. */
export const MAX_CHARACTERS = 200_000;

const ENGLISH = /\b(?:the|and|of|to|in|a|is|was|were|said|that|for|on|with|by|at|from|he|she|it|they|has|have|had)\b/gi;
/** Named character references we read (a Map: "&constructor;" must not reach Object.prototype). */
const ENTITIES = new Map<string, string>(
  Object.entries({
    amp: "&",
    lt: "<",
    gt: ">",
    quot: '"',
    apos: "'",
    nbsp: " ",
    rsquo: "’",
    lsquo: "‘",
    rdquo: "”",
    ldquo: "“",
    mdash: "—",
    ndash: "–",
    hellip: "…",
  }),
);

export function prepareInput(raw: string): PreparedInput {
  const warnings: string[] = [];
  let text = raw.replace(/\r\n?/g, "\n").normalize("NFC");
  if (text !== raw)
    warnings.push("Line ends and Unicode were normalized (CRLF to LF, NFC); offsets refer to the normalized text.");
  if (text.trim() === "") return { text, warnings, refusal: "The text is empty." };
  const tags = text.match(/<\/?[a-zA-Z][^<>]{0,500}>/g)?.length ?? 0;
  if (tags >= 3) {
    text = htmlToText(text);
    warnings.push(`The text looked like HTML (${tags} tags): markup was removed; offsets refer to the text without it.`);
    if (text.trim() === "") return { text, warnings, refusal: "The HTML has no text in it." };
  }
  if (text.length > MAX_CHARACTERS) {
    const cut = text.lastIndexOf("\n", MAX_CHARACTERS);
    text = text.slice(0, cut > MAX_CHARACTERS / 2 ? cut : MAX_CHARACTERS);
    warnings.push(
      `The text is ${raw.length.toLocaleString("en-US")} characters long; only the first ${text.length.toLocaleString("en-US")} were read.`,
    );
  }
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20 || !hasTwoWordsOnALine(text)) {
    return { text, warnings, refusal: "The text has no sentences to read (too few words)." };
  }
  const sample = text.slice(0, 20_000);
  const words = sample.match(/\p{L}+/gu)?.length ?? 0;
  const english = sample.match(ENGLISH)?.length ?? 0;
  if (words >= 12 && english / words < 0.08) {
    return { text, warnings, refusal: "The text does not look like English; the extractor reads English news reports only." };
  }
  return { text, warnings };
}

/**
 * Whether some line has two words of two or more letters with a space between them: one pass over the words (the
 * regex this replaces, /\p{L}{2,}[^\n]*\s\p{L}{2,}/u, was cubic on a line with no space-then-letter).
 */
function hasTwoWordsOnALine(text: string): boolean {
  const WORD = /\p{L}{2,}/gu;
  let previousEnd = -1;
  let lineEnd = text.indexOf("\n");
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    if (lineEnd >= 0 && m.index > lineEnd) {
      lineEnd = text.indexOf("\n", m.index);
      previousEnd = -1;
    }
    if (previousEnd >= 0 && /\s/.test(text.slice(previousEnd, m.index))) return true;
    previousEnd = m.index + m[0].length;
  }
  return false;
}

function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|head|noscript)\b[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<br\s*\/?>|<\/(?:p|div|h[1-6]|li|tr|blockquote|section|article)\s*>/gi, "\n")
    .replace(/<[^<>]+>/g, " ")
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      const code = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : name.startsWith("#") ? Number(name.slice(1)) : NaN;
      if (Number.isInteger(code)) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : " ";
      return ENTITIES.get(name.toLowerCase()) ?? whole;
    })
    .replace(/[ \t\u00a0]+/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{2,}/g, "\n")
    .trim();
}
