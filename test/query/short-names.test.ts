/**
 * Surnames and short names resolve in every report, whether its author wrote them as aliases (the bundled report) or
 * not (a draft reviewed from the extractor, which writes an alias only for a short form the text itself uses).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { report } from "../../src/dataset/report";
import { extractDraft } from "../../src/extract";
import { acceptDraft, type Decisions } from "../../src/model/draft";
import { failureMessage, type Result } from "../../src/model/failure";
import { actorField, openReport, statementText } from "../../src/query";
import { shortNames } from "../../src/query/name-index";

const said = (result: Result<string>) => (result.ok ? result.value : failureMessage(result.failure));

/** Our own sentences: a farmer named once in full, never by his surname alone. */
const text = readFileSync(join(__dirname, "..", "fixtures", "short-names", "article.txt"), "utf8");
const draft = extractDraft(text, { published: "2025-07-15", title: "Floods in Dhemaji" });
const everything: Decisions = Object.fromEntries(
  [...draft.figures, ...draft.statements, ...draft.events, ...draft.actors, ...draft.places].map((x) => [
    x.id,
    { status: "accepted" as const },
  ]),
);
const drafted = openReport(acceptDraft(draft, everything).report);

describe("short names", () => {
  it("are a person's surname, and first name and surname of a longer name", () => {
    expect(shortNames("Pranjal Kalita")).toEqual(["Kalita"]);
    expect(shortNames("Asif Mehmood Khan")).toEqual(["Khan", "Asif Khan"]);
    expect(shortNames("Martin Luther King Jr.")).toEqual(["King", "Martin King"]);
    expect(shortNames("Netanyahu")).toEqual([]);
  });

  it("resolve in a drafted report whose person has no alias, with 'did you mean' the full name", () => {
    const kalita = draft.actors.find((a) => a.name === "Pranjal Kalita");
    expect(kalita?.aliases).toEqual([]);
    const full = statementText(drafted, "Pranjal Kalita");
    expect(full.ok).toBe(true);
    const quote = said(full);
    expect(said(statementText(drafted, "Kalita"))).toBe(quote);
    expect(said(statementText(drafted, "kalita"))).toBe(quote);
    expect(said(statementText(drafted, "Kalitta"))).toBe("No speaker 'Kalitta' in the report; did you mean 'Pranjal Kalita'?");
  });

  it("resolve in the bundled report beside its authored aliases; a surname two people share names neither", () => {
    const r = openReport(report);
    expect(said(actorField(r, "Khamenei", "name"))).toBe("Ali Khamenei");
    // "Issam Abdullah" has no alias "Abdullah" in the dataset.
    expect(said(actorField(r, "Abdullah", "name"))).toBe("Issam Abdullah");
    expect(said(actorField(r, "Thani", "name"))).toBe(
      "'Thani' is ambiguous: the report has Mohammed bin Abdulrahman Al Thani and Tamim bin Hamad Al Thani; give which person or group you mean.",
    );
  });
});
