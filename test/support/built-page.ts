/** Reading a built page as a browser does: its inline hashes against its policy, its links. */
import { createHash } from "node:crypto";
import { parseHTML } from "linkedom";

const digest = (text: string) => `sha256-${createHash("sha256").update(text).digest("base64")}`;

/**
 * What a built taskpane.html's Content-Security-Policy allows inline, against what the page carries: the hash of its
 * one inline <style> and of its one inline <script>, computed here from the bytes the browser gets.
 */
export function inlineHashes(html: string) {
  const csp = /Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const directive = (name: string) => new RegExp(`(?:^|;)\\s*${name} ([^;]*)`).exec(csp)?.[1]?.split(/\s+/) ?? [];
  return {
    csp,
    styles,
    scripts,
    scriptAllowed: scripts.map((s) => directive("script-src").includes(`'${digest(s)}'`)),
    styleAllowed: styles.map((s) => directive("style-src").includes(`'${digest(s)}'`)),
  };
}

/** The page's links as a reader follows them (the build minifies a page: its attributes may lose their quotes). */
export const linksOf = (html: string) =>
  [...parseHTML(html).document.querySelectorAll("a")].map((a) => ({ href: a.getAttribute("href"), text: a.textContent }));
