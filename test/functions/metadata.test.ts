import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { join } from "node:path";

interface Parameter {
  name: string;
  type?: string;
  optional?: boolean;
  description?: string;
}
interface FunctionEntry {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
}

describe("functions.json generated from the JSDoc", () => {
  let functions: FunctionEntry[];
  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(join(__dirname, "..", "..", "src", "functions", "functions.ts"), true);
    expect(result.errors).toEqual([]);
    functions = JSON.parse(result.metadataJson).functions;
  });
  const byId = (id: string) => functions.find((f) => f.id === id)!;
  const signature = (id: string) => byId(id).parameters.map((p) => `${p.name}:${p.type ?? "any"}${p.optional ? "?" : ""}`);

  it("lists every REPORT function, each with a description", () => {
    expect(functions.map((f) => f.id).sort()).toEqual([
      "ACTOR",
      "CARD",
      "CASUALTIES",
      "COMPARE",
      "EVENTS",
      "FIGURES",
      "REPORTS",
      "STATEMENT",
      "STATEMENTS",
      "WHO",
    ]);
    for (const f of functions) {
      expect(f.description.length).toBeGreaterThan(20);
      f.parameters.forEach((p) => expect(p.description?.length).toBeGreaterThan(5));
    }
  });

  it("gives each function its parameters, types and optional flags", () => {
    expect(signature("CASUALTIES")).toEqual(["where:string", "measure:string", "field:string?", "report:string?"]);
    expect(signature("FIGURES")).toEqual(["where:string?", "measure:string?", "hxl:boolean?", "report:string?"]);
    expect(signature("STATEMENT")).toEqual(["speaker:string", "n:number?", "report:string?"]);
    expect(signature("STATEMENTS")).toEqual(["speaker:string?", "topic:string?", "hxl:boolean?", "report:string?"]);
    expect(signature("WHO")).toEqual(["text:string", "report:string?"]);
    expect(signature("ACTOR")).toEqual(["name:string", "field:string?", "report:string?"]);
    expect(signature("EVENTS")).toEqual(["from:any?", "to:any?", "hxl:boolean?", "report:string?"]);
    expect(signature("CARD")).toEqual(["name:string", "report:string?"]);
    expect(signature("REPORTS")).toEqual(["hxl:boolean?"]);
    expect(signature("COMPARE")).toEqual(["where:string", "measure:string", "hxl:boolean?", "scope:string?"]);
  });

  it("spills tables as matrices and returns scalars otherwise", () => {
    for (const id of ["FIGURES", "STATEMENTS", "EVENTS", "REPORTS", "COMPARE"])
      expect(byId(id).result.dimensionality).toBe("matrix");
    for (const id of ["CASUALTIES", "STATEMENT", "WHO", "ACTOR", "CARD"]) expect(byId(id).result.dimensionality).toBeUndefined();
    expect(byId("STATEMENT").result.type).toBe("string");
  });
});
