/**
 * Texts built to break the extractor, as an attacker would write them (issue 22, item 8), each of a given length, and
 * plain news of the same length to hold them against. The bench times each against the news (target: at most 5x);
 * test/extract/hostile.test.ts checks that each completes with bounded, valid output.
 */
export interface HostileText {
  name: string;
  text: string;
  /** Given as HTML (the extractor strips it). */
  html?: boolean;
}

const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const NEWS =
  "Floods killed at least 12 people in the district of Kerala on Tuesday, officials said. " +
  '"We lost everything," said Anil Kumar, a farmer in Wayanad. The state\'s disaster agency said 300 families were displaced ' +
  "and 45 people were injured. Rescue teams searched for 7 missing villagers near the river.\n";

/** Plain wire copy, repeated to the length. */
export const plainNews = (length: number): string => repeat(NEWS, length);

/** The hostile texts of the issue, each `length` characters long (about). */
export function hostileTexts(length: number): HostileText[] {
  const names: string[] = [];
  // Unique two-word names with no shared words: "Abac Ebad said 3 died."
  const syllables = ["ba", "ko", "ri", "mu", "te", "sa", "lo", "ne", "vi", "du", "ga", "pe"];
  for (let i = 0; names.join(" ").length < length; i++) {
    const word = (n: number) => {
      let w = "";
      for (let k = n; k > 0 || w.length < 4; k = Math.floor(k / 12)) w += syllables[k % 12];
      return w[0]!.toUpperCase() + w.slice(1);
    };
    names.push(`${word(i * 2 + 13)} ${word(i * 2 + 14)} said ${(i % 90) + 2} people died.`);
  }
  return [
    { name: "one word of 60,000 letters", text: repeat("a", length) },
    { name: "Chinese text", text: repeat("北京时间今天上午，一场大火造成十二人死亡。", length) },
    { name: "filler before a speech verb", text: repeat("Adam " + "xly".repeat(30) + "# said the toll rose. ", length) },
    { name: "sentences in lower case", text: repeat("at least 3 killed in the town of kerala, police said and ", length) },
    { name: "right-to-left marks", text: repeat("\u200f12 people were killed in Gaza City, officials said ", length) },
    { name: "Arabic text with numbers", text: repeat("قتل 12 شخصا في غزة يوم الثلاثاء حسبما قال مسؤولون ", length) },
    { name: "ones", text: repeat("1 ", length) },
    { name: "2,000 unique names", text: names.join(" ").slice(0, length) },
    {
      name: "sitrep with no sentence ends",
      text: repeat("Sindh: 87 people killed, 310 injured and 2,400 houses damaged in the district as of 14 Sep; ", length),
    },
    { name: "Minister of Gaza", text: repeat("Minister of Gaza ", length) },
    {
      name: "HTML entities named like Object's own",
      html: true,
      text: repeat("<p>&constructor; &toString; &__proto__; constructor people were killed, said Hassan</p>", length),
    },
    {
      name: "constructor as a count",
      text: repeat("At least constructor people were killed and hasOwnProperty injured. ", length),
    },
    { name: "emoji", text: repeat("🔥 Fire killed 12 people 🚒 in Lagos, officials said. 😢 ", length) },
  ];
}

/** Bench scenario: each hostile text against plain news of the same length (median of 3; target at most 5x). */
export function hostileBench(
  extract: (text: string) => unknown,
  length = 60_000,
): { name: string; lines: string[]; checks: Array<{ figure: string; value: number; unit: string; target: number }> } {
  const time = (text: string) => {
    const runs = [0, 1, 2].map(() => {
      const start = performance.now();
      extract(text);
      return performance.now() - start;
    });
    return runs.sort((a, b) => a - b)[1]!;
  };
  const plain = time(plainNews(length));
  const lines = [`plain news, ${length.toLocaleString("en-US")} characters: ${plain.toFixed(0)} ms`];
  const checks = hostileTexts(length).map(({ name, text }) => {
    const ms = time(text);
    lines.push(`${name.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms  ${(ms / plain).toFixed(2)}x plain news`);
    return { figure: `hostile text '${name}' vs plain news`, value: ms / plain, unit: "x", target: 5 };
  });
  return { name: "extractor on hostile texts", lines, checks };
}

if (require.main === module) {
  const { extractDraft } = require("../src/extract") as typeof import("../src/extract");
  hostileBench((text) => extractDraft(text)).lines.forEach((line) => console.log(line));
}
