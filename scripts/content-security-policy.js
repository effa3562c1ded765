/*
 * The task pane's Content-Security-Policy: the page's own files, plus exactly what office.js
 * needs, each allowance with its reason. The one inline script and the one inline style run by
 * their hashes; nothing else inline runs; no eval.
 */
const { createHash } = require("crypto");

const OFFICE_CDN = "https://appsforoffice.microsoft.com";

/** A CSP hash of `text` without its quotes: sha256-<base64>. */
const sha256Digest = (text) => `sha256-${createHash("sha256").update(text).digest("base64")}`;
const sha256 = (text) => `'${sha256Digest(text)}'`;

/**
 * @param {{ styleHash: string, scriptHash: string, devServer?: string, library?: string }} options styleHash and
 * scriptHash: the CSP sources allowing the page's one inline <style> and one inline <script> ('sha256-...');
 * devServer: the dev server's origin (development builds only); library: the team library's origin (LIBRARY_URL).
 */
function contentSecurityPolicy({ styleHash, scriptHash, devServer, library }) {
  const directives = {
    "default-src": ["'self'"],
    // The page's entry, inline (scripts/inline-head-plugin.js); office.js, and the host-specific scripts it loads
    // from the same CDN (excel-web-16.00.js...).
    "script-src": ["'self'", scriptHash, OFFICE_CDN],
    "style-src": [
      "'self'",
      styleHash,
      // office.js hides its telemetry frame with setAttribute("style", "display:none")
      // (ULSEndpointProxy in o15apptofilemappingtable.js): a style attribute, allowed by its hash only.
      "'unsafe-hashes'",
      sha256("display:none"),
    ],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    // The dev server's live-reload socket, in development builds only; the team library, when the build names one.
    "connect-src": [
      "'self'",
      ...(devServer ? [devServer.replace(/^https:/, "wss:").replace(/\/$/, "")] : []),
      ...(library ? [library] : []),
    ],
    "frame-src": [
      // office.js's notice for a host it does not trust (AgaveErrorUX/index.html on the CDN).
      OFFICE_CDN,
      // office.js's telemetry proxy frame (ULSEndpointProxy, loaded 3 s after start).
      "https://telemetryservice.firstpartyapps.oaspapps.com",
    ],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

module.exports = { contentSecurityPolicy, sha256Digest };
