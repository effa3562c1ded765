/** The scorer's own measures, on small reports written for these tests. */
import { addScores, nonNamesInPeople, scoreDraft, type Scorable } from "../../src/extract/score";

const actor = (id: string, name: string, type: string, aliases: string[] = []) => ({ id, name, aliases, type });
const report = (actors: Scorable["actors"], places: Scorable["places"] = []): Scorable => ({
  actors,
  places,
  figures: [],
  statements: [],
});

describe("non-names in people", () => {
  const truth = report(
    [
      actor("actor:bashar", "Kabirul Bashar", "person", ["Bashar"]),
      actor("actor:police", "the national police", "organization", ["police"]),
      actor("actor:spokesman", "the spokesman", "person"),
    ],
    [{ id: "place:gao", name: "Gao", aliases: [] }],
  );

  it("counts the draft's people that name no actor or place of the truth, by name, alias or surname", () => {
    const draft = report([
      actor("actor:1", "Entomologist Kabirul Bashar", "person"), // a truth person's surname
      actor("actor:2", "Bashar", "person"), // a truth alias
      actor("actor:3", "National Police", "person"), // a truth actor of another type, by its folded name
      actor("actor:4", "Gao", "person"), // a truth place
      actor("actor:5", "Spokesman", "person"),
      actor("actor:6", "Initially", "person"),
      actor("actor:7", "IED", "person"),
      actor("actor:8", "the Inquirer", "person"),
      actor("actor:9", "Inquirer", "organization"), // not drafted as a person: not counted
    ]);
    expect(nonNamesInPeople(draft, truth)).toEqual({ count: 3, of: 8, names: ["Initially", "IED", "the Inquirer"] });
  });

  it("is part of an article's score and sums over articles", () => {
    const one = scoreDraft(report([actor("actor:1", "Chief", "person")]), truth);
    const two = scoreDraft(report([actor("actor:1", "Bashar", "person"), actor("actor:2", "Al-Shabaab", "person")]), truth);
    expect(one.nonNames).toEqual({ count: 1, of: 1, names: ["Chief"] });
    expect(addScores([one, two]).nonNames).toEqual({ count: 2, of: 3, names: ["Chief", "Al-Shabaab"] });
    // The truth scored against itself has none.
    expect(scoreDraft(truth, truth).nonNames.count).toBe(0);
  });
});
