import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CANDIDATES = [process.env.SOFFICE_PATH, "/usr/bin/soffice", "/usr/bin/libreoffice"];
export const sofficePath = CANDIDATES.find((path): path is string => !!path && existsSync(path));

/** Converts every sheet of an xlsx to CSV with LibreOffice (UTF-8, cells as shown) and reads them back. */
export function libreOfficeSheets(xlsx: string): Map<string, string> {
  const out = mkdtempSync(join(tmpdir(), "lo-"));
  // Filter options: comma, double quote, UTF-8, from row 1, ..., save cell contents as shown, all sheets (-1).
  execFileSync(
    sofficePath!,
    [
      `-env:UserInstallation=file://${out}/profile`,
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      out,
      xlsx,
    ],
    { stdio: "ignore", timeout: 60_000 },
  );
  const sheets = new Map<string, string>();
  for (const file of readdirSync(out).filter((f) => f.endsWith(".csv"))) {
    sheets.set(file.replace(/^[^-]+-/, "").replace(/\.csv$/, ""), readFileSync(join(out, file), "utf8"));
  }
  return sheets;
}

/** `describe` for LibreOffice tests: skipped loudly without it, a failure under CI=true. */
export function describeWithLibreOffice(name: string, body: () => void): void {
  if (sofficePath) return describe(name, body);
  if (process.env.CI === "true") {
    return describe(name, () => {
      it("needs LibreOffice (CI=true): apt-get install -y --no-install-recommends libreoffice-calc", () => {
        throw new Error("No LibreOffice found: the workbook round trip cannot run, and CI requires it.");
      });
    });
  }
  console.warn(
    "\n!!! LIBREOFFICE TESTS SKIPPED: no soffice found. apt-get install -y --no-install-recommends libreoffice-calc\n",
  );
  describe.skip(name, body);
}
