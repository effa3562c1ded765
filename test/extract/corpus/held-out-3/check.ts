/**
 * What a held-out-3 truth must satisfy against its own text: the same checks as held-out-2's (../held-out/check.ts,
 * plus NFC, LF and the quote rules of ../../articles/README.md).
 */
export { problemsOf } from "../held-out-2/check";
