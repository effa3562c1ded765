/** Text on one line: runs of white space (new lines, tabs) become one space. */
export const oneLine = (text: string): string => text.replace(/\s+/g, " ").trim();

/** Where to cut a word too long for a line: after its last hyphen, colon or slash that fits, or at the limit. */
function breakPoint(word: string, limit: number): number {
  for (let i = limit - 1; i >= Math.ceil(limit / 3); i--) if ("-:/".includes(word[i]!)) return i + 1;
  return limit;
}

/**
 * The text in lines of at most `width` characters, broken at spaces; a word longer than the width is cut
 * after a hyphen, colon or slash (ids such as "figure:gaza-killed") or else at the width. Always at least one line (an empty text is one empty line).
 */
export function wrapText(text: string, width: number): string[] {
  const limit = Math.max(1, Math.floor(width));
  const lines: string[] = [];
  let line = "";
  for (let word of oneLine(text).split(" ")) {
    if (line && line.length + 1 + word.length <= limit) {
      line = `${line} ${word}`;
      continue;
    }
    if (line) lines.push(line);
    while (word.length > limit) {
      const cut = breakPoint(word, limit);
      lines.push(word.slice(0, cut));
      word = word.slice(cut);
    }
    line = word;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}
