/* eslint-disable no-undef */
/*
 * The team library's origin, from LIBRARY_URL at build: the one server the pane may call (its CSP connect-src) and
 * the one domain the manifest adds to AppDomains. Without LIBRARY_URL, neither names any library. https only,
 * except plain http on this machine (a library started by `npm run library` without the dev certificates).
 */
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** @param {string | undefined} value LIBRARY_URL @returns {string | undefined} its origin */
function libraryOrigin(value) {
  if (value === undefined || value.trim() === "") return undefined;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`LIBRARY_URL '${value}' is not a URL: give the team library's address, such as https://library.example.org.`);
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.has(url.hostname))) {
    throw new Error(`LIBRARY_URL must be https (plain http only on loopback), not '${value}'.`);
  }
  return url.origin;
}

/** The manifest with the library's origin as its one AppDomain (the manifest ships `<AppDomains/>`). */
function manifestWithLibrary(manifest, origin) {
  if (!origin) return manifest;
  if (!manifest.includes("<AppDomains/>")) throw new Error("manifest.xml has no empty <AppDomains/> for LIBRARY_URL");
  return manifest.replace("<AppDomains/>", `<AppDomains>\n    <AppDomain>${origin}</AppDomain>\n  </AppDomains>`);
}

module.exports = { libraryOrigin, manifestWithLibrary };
