/**
 * LIBRARY_URL at build: the team library's origin is the pane's one extra CSP connect-src and the manifest's one
 * AppDomain. The test build names one (test/support/build.js); the production build test builds without it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { distDir } from "../support/dist";
const { libraryOrigin, manifestWithLibrary } = require("../../scripts/library-origin") as {
  libraryOrigin(value: string | undefined): string | undefined;
  manifestWithLibrary(manifest: string, origin: string | undefined): string;
};
const { TEST_LIBRARY_URL } = require("../support/team-library-url") as { TEST_LIBRARY_URL: string };

const connectSrc = (html: string) => /connect-src ([^;"]*)/.exec(html)?.[1]?.trim();

describe("LIBRARY_URL at build", () => {
  it("is the pane's one connect-src besides its own origin, and the manifest's one AppDomain", () => {
    expect(connectSrc(readFileSync(join(distDir, "taskpane.html"), "utf8"))).toBe(`'self' ${TEST_LIBRARY_URL}`);
    const domains = [...readFileSync(join(distDir, "manifest.xml"), "utf8").matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)];
    expect(domains.map((m) => m[1])).toEqual([TEST_LIBRARY_URL]);
  });

  it("takes only the origin, https or plain http on loopback, and refuses the rest with a clear error", () => {
    expect(libraryOrigin("https://library.example.org/team/?x=1")).toBe("https://library.example.org");
    expect(libraryOrigin("http://127.0.0.1:3100/")).toBe("http://127.0.0.1:3100");
    expect(libraryOrigin(undefined)).toBeUndefined();
    expect(() => libraryOrigin("http://library.example.org")).toThrow(/LIBRARY_URL must be https/);
    expect(() => libraryOrigin("library")).toThrow(/LIBRARY_URL 'library' is not a URL/);
  });

  it("leaves the manifest's AppDomains empty without it", () => {
    const manifest = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");
    expect(manifestWithLibrary(manifest, undefined)).toBe(manifest);
    expect(manifest).toContain("<AppDomains/>");
  });
});
