/**
 * Reports › Team library, rendered over linkedom: while open, its list of the workbook's reports follows the
 * runtime's library; once closed it no longer does, so opening it again and again leaves no old screens rendering.
 */
import { report as bundledReport } from "../../src/dataset/report";
import { Library } from "../../src/query";
import { renderOver } from "../../src/taskpane/prerender";
import { createTeamScreen } from "../../src/taskpane/views/team/screen";
import { secondReport } from "../fixtures/second-report/build";

const PAGE = "<!doctype html><html><body></body></html>";

/** A Storage with nothing saved: no connection to resume, so nothing reaches for the network. */
function emptyStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

test("a closed Team library screen stops following the library; an open one follows it", () => {
  const library = new Library([{ report: bundledReport, origin: "bundled" }]);
  const second = secondReport();
  let closes = 0;
  renderOver(PAGE, () => {
    const deps = {
      library,
      connect: () => undefined,
      addToWorkbook: () => Promise.resolve(),
      close: () => void closes++,
      storage: emptyStorage(),
    };
    const first = createTeamScreen(deps);
    const publishList = (screen: typeof first) => screen.element.querySelector("#team-publish")!.textContent!;
    expect(publishList(first)).toContain("no reports of its own yet");

    library.add(second, "workbook");
    expect(publishList(first)).toContain(second.source.title);

    first.actions.close();
    expect(closes).toBe(1);
    const reopened = createTeamScreen(deps);
    expect(publishList(reopened)).toContain(second.source.title);

    library.remove(second.source.id);
    expect(publishList(reopened)).toContain("no reports of its own yet");
    expect(publishList(first)).toContain(second.source.title);
  });
});
