import { readFileSync } from "node:fs";
import { join } from "node:path";
import { applyOfficeTheme } from "../../src/taskpane/theme";

/** The part of an element applyOfficeTheme touches. */
function fakeRoot() {
  const properties: Record<string, string> = {};
  const root = {
    style: { setProperty: (name: string, value: string) => (properties[name] = value) },
    dataset: {} as DOMStringMap,
  };
  return { root: root as unknown as HTMLElement, properties, dataset: root.dataset };
}

const theme = (fields: Partial<Office.OfficeTheme>) => fields as Office.OfficeTheme;

describe("Office's theme in the pane", () => {
  it("sets the page's colour variables from the colours Office gives", () => {
    const { root, properties, dataset } = fakeRoot();
    applyOfficeTheme(
      theme({
        bodyBackgroundColor: "#ffffff",
        bodyForegroundColor: "#201f1e",
        controlBackgroundColor: "#f3f2f1",
        controlForegroundColor: "#323130",
        isDarkTheme: false,
      }),
      root,
    );
    expect(properties).toEqual({
      "--surface": "#ffffff",
      "--text": "#201f1e",
      "--control-surface": "#f3f2f1",
      "--control-text": "#323130",
    });
    expect(dataset.theme).toBeUndefined();
  });

  it("switches to the dark palette for a dark theme, judged by the background when Office does not say", () => {
    const said = fakeRoot();
    applyOfficeTheme(theme({ bodyBackgroundColor: "#262626", isDarkTheme: true }), said.root);
    expect(said.dataset.theme).toBe("dark");
    const unsaid = fakeRoot();
    applyOfficeTheme(theme({ bodyBackgroundColor: "#1b1a19" }), unsaid.root);
    expect(unsaid.dataset.theme).toBe("dark");
    const light = fakeRoot();
    applyOfficeTheme(theme({ bodyBackgroundColor: "#fafafa" }), light.root);
    expect(light.dataset.theme).toBeUndefined();
  });

  it("changes nothing without a theme (outside Office)", () => {
    const { root, properties, dataset } = fakeRoot();
    applyOfficeTheme(undefined, root);
    expect(properties).toEqual({});
    expect(dataset).toEqual({});
  });

  it("takes every colour of the stylesheet from a variable (colours written only where the variables are set)", () => {
    const css = readFileSync(join(__dirname, "..", "..", "src", "taskpane", "taskpane.css"), "utf8");
    const outsideVariables = css.replace(/:root(\[data-theme="dark"\])?\s*\{[^}]*\}/g, "").replace(/\/\*[\s\S]*?\*\//g, "");
    expect(outsideVariables.match(/#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(/gi) ?? []).toEqual([]);
    expect(outsideVariables).toMatch(/var\(--surface\)/);
  });
});
