/**
 * The support page (the manifest's SupportUrl) carries the contact and the privacy link set at build
 * (scripts/support-page.js): placeholders on example.invalid until they are set, which the page says.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { linksOf } from "../support/built-page";
import { distDir, rootDir } from "../support/dist";

// The build's own CommonJS module.
const { supportPage } = require("../../scripts/support-page") as {
  supportPage: (template: string, env: Record<string, string | undefined>) => string;
};
const template = readFileSync(join(rootDir, "src", "support", "support.html"), "utf8");

describe("the support page", () => {
  it("says it holds placeholders when the build had no SUPPORT_CONTACT or PRIVACY_URL (the test build)", () => {
    const built = readFileSync(join(distDir, "support.html"), "utf8");
    expect(linksOf(built)).toEqual([
      { href: "mailto:support@example.invalid", text: "support@example.invalid" },
      { href: "https://example.invalid/privacy", text: "https://example.invalid/privacy" },
    ]);
    expect(built).toMatch(/Placeholder:.*without SUPPORT_CONTACT and PRIVACY_URL/);
    expect(built).not.toContain("{{");
  });

  it("links a contact page as well as an email address, escaped", () => {
    const page = supportPage(template, {
      SUPPORT_CONTACT: "https://newsroom.example.org/help?a=1&b=2",
      PRIVACY_URL: "https://x.example.org/p",
    });
    expect(page).toContain('<a href="https://newsroom.example.org/help?a=1&amp;b=2">');
    expect(linksOf(page)[0]!.href).toBe("https://newsroom.example.org/help?a=1&b=2");
    expect(page).not.toContain("Placeholder");
  });

  it("refuses, naming the variable, what is neither an email address nor an https address", () => {
    expect(() => supportPage(template, { SUPPORT_CONTACT: "call us" })).toThrow(/SUPPORT_CONTACT is not an address/);
    expect(() => supportPage(template, { PRIVACY_URL: "http://x.example.org/p" })).toThrow(
      /PRIVACY_URL must be an https:\/\/ address/,
    );
    expect(() => supportPage(template, { SUPPORT_CONTACT: 'a@b.org"><script>' })).toThrow(/SUPPORT_CONTACT/);
  });
});
