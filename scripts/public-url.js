/*
 * Where a build's manifest points. A production build (`npm run build`) is for publishing: it
 * needs the public https address where dist/ will be hosted, in ADDIN_PUBLIC_URL, and stops with
 * a clear error without one. A development build, or a local one (`--env local`: optimized like
 * production, for tests, benchmarks and sideloading from this machine), points at the dev server.
 */
const DEV_URL = "https://localhost:3000/";

class PublicUrlError extends Error {}

/** The public base URL from ADDIN_PUBLIC_URL, checked: https, not this machine, ending in "/". */
function publicUrl(value) {
  const hint =
    "Set ADDIN_PUBLIC_URL to the https address where dist/ will be hosted, e.g. " +
    "ADDIN_PUBLIC_URL=https://addins.example.org/report-data/ npm run build; " +
    "for a build that runs from this machine, use npm run build:local.";
  if (!value) throw new PublicUrlError(`A production build needs a public URL. ${hint}`);
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new PublicUrlError(`ADDIN_PUBLIC_URL '${value}' is not a URL. ${hint}`);
  }
  if (url.protocol !== "https:")
    throw new PublicUrlError(`ADDIN_PUBLIC_URL must be https (Office requires it), not '${value}'. ${hint}`);
  if (/^(localhost|127\.|\[::1\]|0\.0\.0\.0)/.test(url.hostname)) {
    throw new PublicUrlError(`ADDIN_PUBLIC_URL '${value}' points at this machine. ${hint}`);
  }
  if (url.search || url.hash) throw new PublicUrlError(`ADDIN_PUBLIC_URL must be a folder address, without ? or #. ${hint}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The base URL a build writes into the manifest. */
function addinBaseUrl({ production, local }) {
  return production && !local ? publicUrl(process.env.ADDIN_PUBLIC_URL) : DEV_URL;
}

module.exports = { DEV_URL, addinBaseUrl, publicUrl, PublicUrlError };
