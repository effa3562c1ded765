import fc from "fast-check";
import { functionsById } from "../support/functions";

const FUNCTIONS = functionsById();
import { callExcel } from "../support/excel";

/** Excel's longest cell. How long a call may take is measured in the bench (bench/long-arguments.ts), not here. */
const LONGEST_CELL = 32_767;

/** Anything a cell can hand a function: text (names, near names, junk, up to a full cell), numbers, booleans, blanks, ranges. */
const argument = fc.oneof(
  fc.string(),
  fc
    .tuple(fc.constantFrom("a ", "Gaza killed ", "x", "’", "-"), fc.integer({ min: 1, max: LONGEST_CELL }))
    .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)),
  fc.array(fc.array(fc.constantFrom("Gaza", 1, true), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 }),
  fc.constantFrom("Gaza", "gaza strip", "Khamenei", "killed", "wounded", "qualifier", "low", "2023-10-14", "“", "’", " "),
  fc.double(),
  fc.integer({ min: -5, max: 50 }),
  fc.boolean(),
  fc.constant(undefined),
  fc.constant(null),
);

describe.each([...FUNCTIONS.keys()])("REPORT.%s with any arguments", (name) => {
  it("returns a value or a proper Excel error; never throws anything else, never undefined or NaN", () => {
    fc.assert(
      fc.property(fc.array(argument, { maxLength: 3 }), (args) => {
        const result = callExcel(() => FUNCTIONS.get(name)!(...args));
        if ("error" in result) {
          expect(["#N/A", "#VALUE!"]).toContain(result.error.code);
          expect(result.error.message).toMatch(/\S/);
          return;
        }
        if (name === "CARD" && typeof result.value === "object") {
          expect(result.value).toMatchObject({ type: "Entity", text: expect.any(String) });
          return;
        }
        const cells = Array.isArray(result.value) ? (result.value as unknown[][]).flat() : [result.value];
        for (const cell of cells) {
          expect(["string", "number", "boolean"]).toContain(typeof cell);
          if (typeof cell === "number") expect(Number.isFinite(cell)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});
