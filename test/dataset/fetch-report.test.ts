import { fetchBundledReport } from "../../src/dataset/fetch-report";
import { report } from "../../src/dataset/report";

const noPause = () => Promise.resolve();
const answer = (body: unknown, status = 200) => ({ ok: status < 400, status, json: () => Promise.resolve(body) });

test("the bundled report is read from the URL the build gave it", async () => {
  const asked: string[] = [];
  const read = (url: string) => {
    asked.push(url);
    return Promise.resolve(answer(structuredClone(report)));
  };
  const fetched = await fetchBundledReport({ read, pause: noPause });
  expect(asked).toEqual(["/report.test.json"]);
  expect(fetched.source.id).toBe(report.source.id);
  expect(fetched.figures.length).toBe(report.figures.length);
});

test("a read that fails is tried again, and the report it then reads is returned", async () => {
  let calls = 0;
  const read = () => {
    calls++;
    return calls === 1 ? Promise.reject(new TypeError("Failed to fetch")) : Promise.resolve(answer(structuredClone(report)));
  };
  const fetched = await fetchBundledReport({ read, pause: noPause });
  expect(calls).toBe(2);
  expect(fetched.source.id).toBe(report.source.id);
});

test("after the last attempt, the error says what the server answered", async () => {
  let calls = 0;
  const read = () => {
    calls++;
    return Promise.resolve(answer(null, 404));
  };
  await expect(fetchBundledReport({ read, attempts: 3, pause: noPause })).rejects.toThrow(
    "the bundled report could not be read (HTTP 404)",
  );
  expect(calls).toBe(3);
});
