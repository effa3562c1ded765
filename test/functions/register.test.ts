import { RETRY_AFTER_MS, registerLazily } from "../../src/functions/register";
import type { Implementation } from "../../src/functions/implementations";

type Fn = (...args: unknown[]) => unknown;

/** A registry as Excel's: what each id was associated with. */
function registry() {
  const associated = new Map<string, Fn>();
  return { associated, associate: (id: string, fn: Implementation) => void associated.set(id, fn as Fn) };
}

const implementations = new Map<string, Implementation>([
  ["DOUBLE", ((n: number) => n * 2) as Implementation],
  [
    "FAIL",
    (() => {
      throw new Error("no such place");
    }) as Implementation,
  ],
]);

describe("registering the functions before their code has loaded", () => {
  it("associates every id at once, without loading anything", () => {
    const excel = registry();
    const load = jest.fn(() => Promise.resolve(implementations));
    registerLazily(["DOUBLE", "FAIL"], load, excel);
    expect([...excel.associated.keys()]).toEqual(["DOUBLE", "FAIL"]);
    expect(load).not.toHaveBeenCalled();
  });

  it("answers a call that comes first with a promise, loading the code once for all the calls that wait", async () => {
    const excel = registry();
    const load = jest.fn(() => Promise.resolve(implementations));
    registerLazily(["DOUBLE"], load, excel);
    const double = excel.associated.get("DOUBLE")!;
    const first = double(21);
    const second = double(1);
    expect(first).toBeInstanceOf(Promise);
    await expect(Promise.all([first, second])).resolves.toEqual([42, 2]);
    expect(load).toHaveBeenCalledTimes(1);
    // Loaded: the answer comes at once, as a value.
    expect(double(5)).toBe(10);
  });

  it("passes a function's own error on, at once once loaded", async () => {
    const excel = registry();
    const ensureLoaded = registerLazily(["FAIL"], () => Promise.resolve(implementations), excel);
    await ensureLoaded();
    expect(() => excel.associated.get("FAIL")!()).toThrow("no such place");
  });

  describe("when the code fails to load", () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    /** DOUBLE registered with a loader that fails `failures` times, then brings the implementations. */
    const failingLoad = (failures: number) => {
      const excel = registry();
      const load = jest.fn<Promise<ReadonlyMap<string, Implementation>>, []>();
      for (let i = 0; i < failures; i++) {
        load.mockRejectedValueOnce(
          new Error("Loading chunk functions-runtime failed.\n(missing: https://localhost:3000/functions-runtime.js)"),
        );
      }
      load.mockResolvedValue(implementations);
      registerLazily(["DOUBLE"], load, excel);
      return { load, double: excel.associated.get("DOUBLE")! };
    };

    it("tries once more after a second before answering", async () => {
      const { load, double } = failingLoad(1);
      const answer = double(21);
      await jest.advanceTimersByTimeAsync(RETRY_AFTER_MS - 1);
      expect(load).toHaveBeenCalledTimes(1);
      await jest.advanceTimersByTimeAsync(1);
      await expect(answer).resolves.toBe(42);
      expect(load).toHaveBeenCalledTimes(2);
    });

    it("answers #N/A saying why when it fails twice, and tries again at the next call", async () => {
      const { load, double } = failingLoad(2);
      const failed = expect(double(2)).rejects.toMatchObject({
        code: "#N/A",
        message:
          "The REPORT functions could not load (Loading chunk functions-runtime failed.). Re-enter the formula, or press Ctrl+Alt+F9, to try again.",
      });
      await jest.advanceTimersByTimeAsync(RETRY_AFTER_MS);
      await failed;
      expect(load).toHaveBeenCalledTimes(2);
      await expect(double(2)).resolves.toBe(4);
      expect(load).toHaveBeenCalledTimes(3);
    });
  });

  it("answers #N/A for an id the loaded code does not have", async () => {
    const excel = registry();
    registerLazily(["GONE"], () => Promise.resolve(implementations), excel);
    await expect(excel.associated.get("GONE")!()).rejects.toMatchObject({
      code: "#N/A",
      message: expect.stringMatching(/^REPORT\.GONE is not in this version/),
    });
  });
});
