/**
 * Texts built to break the extractor (issue 22, item 8) complete with bounded, valid output; and no regular
 * expression in src/extract can take super-linear time (scslre, the checker eslint-plugin-regexp uses). Timings are
 * the bench's (bench/extract.ts, "hostile texts"); here only what the output is.
 */
import { join } from "node:path";
import { analyse } from "scslre";
import { hostileTexts } from "../../bench/extract-hostile";
import { extractDraft } from "../../src/extract";
import { MAX_SENTENCE } from "../../src/extract/sentences";
import { acceptDraft, DraftReportSchema } from "../../src/model/draft";
import { regexLiterals } from "./regex-lint";

const LENGTH = 60_000;

describe("hostile texts at the pane's 60,000 characters", () => {
  for (const { name, text } of hostileTexts(LENGTH)) {
    it(`${name}: a valid draft, every evidence span at most one capped sentence, every value a number`, () => {
      const draft = extractDraft(text);
      expect(DraftReportSchema.safeParse(draft).success).toBe(true);
      const evidence = [...draft.figures, ...draft.statements, ...draft.events].map((x) => x.evidence.exact.length);
      expect(evidence.filter((n) => n > MAX_SENTENCE)).toEqual([]);
      expect(draft.figures.filter((f) => typeof f.value.best !== "number" || Number.isNaN(f.value.best))).toEqual([]);
      // Bounded output: the draft's JSON is within a small multiple of the text.
      expect(JSON.stringify(draft).length).toBeLessThan(60 * LENGTH);
    });
  }

  it("an emoji-bearing draft passes acceptDraft (its spans count UTF-16 code units, as the report's do)", () => {
    const text = '🔥 Fire killed 12 people 🚒 in Lagos, officials said. 😢 "We ran for our lives," said Ade Bello, a trader.';
    const draft = extractDraft(text);
    const decisions = Object.fromEntries(
      [...draft.figures, ...draft.statements].map((x) => [x.id, { status: "accepted" as const }]),
    );
    const { report, problems } = acceptDraft(draft, decisions);
    expect(problems).toEqual([]);
    expect(report.figures.map((f) => [f.valueText.start, f.valueText.exact])).toEqual([[15, "12"]]);
    expect(text.slice(15, 17)).toBe("12");
  });

  it("'constructor' and '&constructor;' never reach Object.prototype", () => {
    const html = "<p>&constructor; At least 12 people were killed in Lagos, officials said.</p><p>More text</p><br>";
    const draft = extractDraft(html);
    expect(draft.source.text).toContain("&constructor;");
    const words = extractDraft("At least constructor people were killed and toString were injured in Lagos, police said.");
    expect(words.figures).toEqual([]);
  });
});

describe("the extractor's regular expressions", () => {
  it("none is super-linear (nested or overlapping quantifiers), by scslre", () => {
    const found = regexLiterals(join(__dirname, "..", "..", "src", "extract"));
    expect(found.length).toBeGreaterThan(100);
    const slow = found.filter(({ regex }) => analyse(regex).reports.length > 0).map(({ where, regex }) => `${where} ${regex}`);
    expect(slow).toEqual([]);
  });

  it("the checker catches the kinds this replaced", () => {
    for (const regex of [/(a+)+$/, /\p{L}{2,}[^\n]*\s\p{L}{2,}/u, /(?:\s+(?:has|\w+ly))+\s*$/i])
      expect([String(regex), analyse(regex).reports.length > 0]).toEqual([String(regex), true]);
  });
});
