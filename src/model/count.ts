/**
 * A count with its noun in the right number: "1 statement", "2 statements", "1 person or group". The one place a
 * surface outside the review pluralises a count, so none says "1 statements".
 *
 * @example
 * counted(1, "statement") // "1 statement"
 * counted(3, "person or group", "people and groups") // "3 people and groups"
 */
export const counted = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
