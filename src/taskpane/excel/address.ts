/** Column letters for a zero-based column index: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The A1 address of a block of `rows` x `columns` cells starting at (row, column), zero-based. */
export function blockAddress(rows: number, columns: number, row = 0, column = 0): string {
  return `${columnLetter(column)}${row + 1}:${columnLetter(column + columns - 1)}${row + rows}`;
}
