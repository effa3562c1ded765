/* eslint-disable no-undef */
/**
 * The team library address the test build names (LIBRARY_URL: its CSP connect-src and manifest AppDomains); the
 * pane's Team library browser test starts a library server on this port of loopback.
 */
module.exports = { TEST_LIBRARY_URL: "http://127.0.0.1:3109" };
