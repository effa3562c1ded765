/** What went wrong, as text: an Error's message, or anything else thrown, as a string. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The first line of what went wrong (a chunk-load error adds the script's address on a second line). */
export function firstLineOf(error: unknown): string {
  return messageOf(error).split("\n")[0]!;
}
