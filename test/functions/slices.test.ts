import { report } from "../../src/dataset/report";
import { createFunctions } from "../../src/functions/functions";
import { FunctionRuntime } from "../../src/functions/runtime";
import { SLICE_MS, SlicedQueue } from "../../src/functions/slices";
import { Library } from "../../src/query";
import { excelError } from "../support/excel";

describe("calls that waited, answered in slices", () => {
  it("runs a few milliseconds of calls per task and gives the host the thread between slices", () => {
    let clock = 0;
    const yields: Array<() => void> = [];
    const queue = new SlicedQueue(
      () => clock,
      (next) => yields.push(next),
    );
    const answered: number[] = [];
    for (let n = 0; n < 100; n++) queue.add(() => ((clock += 1), answered.push(n)));
    queue.drain();
    expect(answered).toHaveLength(SLICE_MS);
    expect(yields).toHaveLength(1);
    while (yields.length > 0) yields.shift()!();
    expect(answered).toEqual([...Array(100).keys()]);
    expect(queue.size).toBe(0);
  });

  it("answers at least one call per slice, however slow each is", () => {
    let clock = 0;
    const yields: Array<() => void> = [];
    const queue = new SlicedQueue(
      () => clock,
      (next) => yields.push(next),
    );
    let answered = 0;
    for (let n = 0; n < 3; n++) queue.add(() => ((clock += 100), answered++));
    queue.drain();
    expect(answered).toBe(1);
    yields.shift()!();
    yields.shift()!();
    expect(answered).toBe(3);
  });
});

describe("functions waiting for the workbook's reports", () => {
  const library = () => new Library([{ report, origin: "bundled" }]);

  it("wait for the read, then answer from what it brought", async () => {
    const runtime = new FunctionRuntime(library());
    const { CASUALTIES } = createFunctions(runtime);
    let finish!: () => void;
    runtime.holdUntil(new Promise<void>((resolve) => (finish = resolve)), "the reports saved in this workbook");
    expect(runtime.waitingFor).toBe("the reports saved in this workbook");
    const answers = Array.from({ length: 50 }, () => CASUALTIES("Gaza", "killed") as unknown);
    expect(answers.every((answer) => answer instanceof Promise)).toBe(true);
    finish();
    await expect(Promise.all(answers)).resolves.toEqual(Array(50).fill(2750));
    expect(runtime.waitingFor).toBeUndefined();
    expect(CASUALTIES("Gaza", "killed")).toBe(2750);
  });

  it("say which read failed when the report they name may have been in it", async () => {
    const runtime = new FunctionRuntime(library());
    const { CASUALTIES } = createFunctions(runtime);
    const read = runtime.holdUntil(Promise.reject(new Error("the workbook is busy")), "the reports saved in this workbook");
    const waiting = CASUALTIES("Gaza", "killed", undefined, "report:saved-earlier") as unknown as Promise<unknown>;
    await expect(read).rejects.toThrow("busy");
    const error = await waiting.then(
      () => undefined,
      (e: unknown) => e as { code: string; message: string },
    );
    expect(error).toEqual(
      expect.objectContaining({
        code: "#VALUE!",
        message: expect.stringContaining(
          "It may be one of the reports saved in this workbook, which could not be read (the workbook is busy)",
        ),
      }),
    );
    // The bundled report still answers.
    expect(CASUALTIES("Gaza", "killed")).toBe(2750);
    expect(excelError(() => CASUALTIES("Gaza", "killed", undefined, "nope")).message).toMatch(/could not be read/);
  });
});
