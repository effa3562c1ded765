import { slug } from "../../src/model/slug";

describe("slug: the words of an id", () => {
  it("cuts a long title after a whole word, never inside one", () => {
    const id = slug("Floods in Jonai and the Dhemaji district leave thousands stranded");
    expect(id).toBe("floods-in-jonai-and-the-dhemaji-district-leave");
    expect(id.length).toBeLessThanOrEqual(48);
    expect(slug("Monsoon floods cut off villages across the Dhemaji district")).toBe(
      "monsoon-floods-cut-off-villages-across-the",
    );
  });

  it("keeps a short title whole and cuts only a first word longer than the limit", () => {
    expect(slug("Meghna River")).toBe("meghna-river");
    expect(slug("a".repeat(60))).toBe("a".repeat(48));
    expect(slug("!!!")).toBe("item");
  });
});
