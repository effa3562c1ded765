import { extractDraft } from "../../src/extract";
import { DraftReportSchema } from "../../src/model/draft";

const timed = (text: string) => {
  const start = performance.now();
  const draft = extractDraft(text, { published: "2024-01-01" });
  return { draft, ms: performance.now() - start };
};
const empty = (d: ReturnType<typeof extractDraft>) => [d.figures.length, d.statements.length, d.actors.length, d.places.length];

describe("bad input gets a clear message or an empty draft, never a crash", () => {
  it.each([
    ["empty text", "", /empty/],
    ["only spaces and line breaks", "  \n\n\t ", /empty/],
    ["no sentences (numbers and symbols)", "12 34 56 -- 78 ## 90 ==== 1.5 ||| 2,000", /no sentences/],
    [
      "text in another language",
      "Les inondations ont fait au moins douze morts dans la région, selon les autorités locales qui craignent davantage de victimes.",
      /not look like English/,
    ],
    ["HTML with no text", "<div><span></span><br/><img src='x.png'></div>", /no text/],
  ])("%s: an empty draft that says why", (_name, text, message) => {
    const { draft } = timed(text);
    expect(DraftReportSchema.safeParse(draft).success).toBe(true);
    expect(empty(draft)).toEqual([0, 0, 0, 0]);
    expect(draft.warnings.join(" ")).toMatch(message);
  });

  it("HTML pasted as text: the markup is removed, the facts still found, and a warning says offsets refer to the text", () => {
    const html = `<html><head><style>p{color:red}</style></head><body><h1>Floods</h1><p>Floods killed at least 12 people in Kerala on Monday, officials said.</p>
      <p>&ldquo;The water came in minutes,&rdquo; said Anil Kumar, a farmer.</p><script>var x = "5 killed";</script></body></html>`;
    const { draft } = timed(html);
    expect(draft.warnings.join(" ")).toMatch(/HTML/);
    expect(draft.source.text).not.toMatch(/<|color:red|var x/);
    expect(draft.figures.map((f) => f.valueText.exact)).toEqual(["at least 12"]);
    expect(draft.statements.map((s) => s.quotes.map((q) => q.exact))).toEqual([["The water came in minutes,"]]);
  });

  it("a 5 MB text is cut to a bounded length with a warning, and drafts in bounded time", () => {
    const paragraph =
      "Shelling killed 4 people in Kherson on Monday, the regional governor said. “We heard it all night,” said Olena Petrenko, a teacher.\n";
    const text = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    expect(text.length).toBeGreaterThanOrEqual(5_000_000);
    const { draft, ms } = timed(text);
    expect(draft.warnings.join(" ")).toMatch(/only the first 19\d,\d{3} were read/);
    expect(draft.figures.length).toBeGreaterThan(100);
    expect(ms).toBeLessThan(15_000);
  });

  it("a quote mark that never closes, and a text of one endless line, do not stall the extractor", () => {
    const { draft, ms } = timed(`“${"and the water kept rising ".repeat(20_000)}`);
    expect(draft.statements).toEqual([]);
    expect(ms).toBeLessThan(10_000);
  });

  it("a bad publication date is refused with a message", () => {
    expect(() => extractDraft("Floods killed 3 people.", { published: "2024-02-30" })).toThrow(/not a date; give YYYY-MM-DD/);
  });
});
