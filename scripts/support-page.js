/* eslint-disable no-undef */
// The support page (the manifest's SupportUrl, dist/support.html) with the publisher's contact and privacy statement,
// set at build: SUPPORT_CONTACT (an email address or an https address) and PRIVACY_URL (https). Their defaults are
// placeholders on example.invalid (a name that can never resolve, RFC 2606), and the page says so, so that a build
// without them is plainly unfinished rather than quietly pointing somewhere. See docs/deployment.md.

const PLACEHOLDER_CONTACT = "support@example.invalid";
const PLACEHOLDER_PRIVACY = "https://example.invalid/privacy";

const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

function httpsUrl(value, name) {
  let url;
  try {
    url = new URL(value);
  } catch (error) {
    void error;
    throw new Error(`${name} is not an address: "${value}". Set it to an https:// address.`);
  }
  if (url.protocol !== "https:") throw new Error(`${name} must be an https:// address, not "${value}".`);
  return url.href;
}

/** The contact as a link: mailto: for an email address, else an https address. */
function contactLink(value) {
  if (/^[^\s@<>"']+@[^\s@<>"']+\.[^\s@<>"']+$/.test(value)) return { href: `mailto:${value}`, text: value };
  const href = httpsUrl(value, "SUPPORT_CONTACT");
  return { href, text: href };
}

/**
 * The support page from its template: `{{contact}}` and `{{privacy}}` become links, and `{{placeholder-note}}` a
 * note when either is still a placeholder. Throws, with the variable's name, on a value that is neither.
 */
function supportPage(template, env = process.env) {
  const contactValue = env.SUPPORT_CONTACT || PLACEHOLDER_CONTACT;
  const privacyValue = env.PRIVACY_URL || PLACEHOLDER_PRIVACY;
  const contact = contactLink(contactValue);
  const privacy = httpsUrl(privacyValue, "PRIVACY_URL");
  const placeholders = [
    ...(contactValue === PLACEHOLDER_CONTACT ? ["SUPPORT_CONTACT"] : []),
    ...(privacyValue === PLACEHOLDER_PRIVACY ? ["PRIVACY_URL"] : []),
  ];
  const note = placeholders.length
    ? `<p class="placeholder"><strong>Placeholder:</strong> this build was made without ${placeholders.join(" and ")}; ` +
      "whoever publishes the add-in sets them (docs/deployment.md).</p>"
    : "";
  const link = ({ href, text }) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
  for (const field of ["{{contact}}", "{{privacy}}", "{{placeholder-note}}"])
    if (!template.includes(field)) throw new Error(`src/support/support.html has no ${field}`);
  return template
    .replace("{{contact}}", () => link(contact))
    .replace("{{privacy}}", () => link({ href: privacy, text: privacy }))
    .replace("{{placeholder-note}}", () => note);
}

module.exports = { supportPage, PLACEHOLDER_CONTACT, PLACEHOLDER_PRIVACY };
