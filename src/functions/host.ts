/*
 * What the Excel running the functions can show. Outside Office (the CLI, Node tests, a plain
 * browser) there is no host to ask: cards are kept (the CLI prints them), dates stay serial numbers.
 */

/** Windows builds of one-time-purchase Office that report requirement sets they cannot serve. */
const PERPETUAL_WINDOWS_BUILDS: Readonly<Record<number, string>> = {
  14332: "Office LTSC 2021",
  17932: "Office LTSC 2024",
};
/** Microsoft 365 on Windows shows cards from Version 2208 (Build 15601.20148); on Mac from 16.64. */
const FIRST_WINDOWS_BUILD = 15601;
const FIRST_MAC_VERSION = [16, 64] as const;

interface OfficeContext {
  requirements?: { isSetSupported(name: string, version?: string): boolean };
  diagnostics?: { platform?: string; version?: string };
}

function officeContext(): OfficeContext | undefined {
  // Read as plain data: tests and older hosts give only part of Office.context.
  return typeof Office !== "undefined" ? (Office.context as unknown as OfficeContext | undefined) : undefined;
}

/**
 * Whether this Excel's build is one that shows data types from custom functions. Perpetual
 * Office has said yes to CustomFunctionsRuntime 1.4 and then shown #VALUE! (office-js #3504,
 * #4750): the build number tells the volume-licensed (LTSC) builds and any build older than
 * Microsoft's table apart; retail perpetual builds share Microsoft 365's build numbers, and
 * Microsoft made their isSetSupported answer no (office-js #3504, fixed in 2023 builds).
 */
function buildShowsDataTypes(diagnostics: OfficeContext["diagnostics"]): boolean {
  const version = diagnostics?.version;
  if (!version) return true; // nothing to go on beyond isSetSupported
  const parts = version.split(/[.\s(]/).map(Number);
  switch (diagnostics?.platform) {
    case "PC": {
      const build = parts[2];
      if (build === undefined || Number.isNaN(build)) return true;
      return build >= FIRST_WINDOWS_BUILD && !(build in PERPETUAL_WINDOWS_BUILDS);
    }
    case "Mac": {
      const [major = 0, minor = 0] = parts;
      return major > FIRST_MAC_VERSION[0] || (major === FIRST_MAC_VERSION[0] && minor >= FIRST_MAC_VERSION[1]);
    }
    default:
      return true; // Excel on the web is always current
  }
}

/** Whether the host shows entity values (cards) returned by custom functions. */
export function hostShowsCards(): boolean {
  const context = officeContext();
  const requirements = context?.requirements;
  if (!requirements) return true;
  return (
    requirements.isSetSupported("CustomFunctionsRuntime", "1.4") &&
    requirements.isSetSupported("ExcelApi", "1.16") &&
    buildShowsDataTypes(context.diagnostics)
  );
}

/** Whether the host shows a number with its own format (`{ type: "Double", numberFormat }`, ExcelApi 1.19). */
export function hostShowsFormattedNumbers(): boolean {
  const requirements = officeContext()?.requirements;
  if (!requirements) return false;
  return hostShowsCards() && requirements.isSetSupported("ExcelApi", "1.19");
}
