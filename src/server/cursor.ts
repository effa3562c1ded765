import { z } from "zod";
import { Problem } from "./problem";
import { ReportIdParams } from "./schemas";

/**
 * A keyset cursor: the publication day and report id of the last row of a page, the next page starting after (or,
 * newest first, before) it. Opaque to clients; not signed, since any position is one a client could ask for.
 */
const PositionSchema = z.tuple([z.iso.date(), ReportIdParams.shape.id]);
export type Position = z.infer<typeof PositionSchema>;

export const encodeCursor = (day: string, id: string): string =>
  Buffer.from(JSON.stringify([day, id] satisfies Position)).toString("base64url");

/** The position a cursor this server gave holds, or a 400 (a cursor changed by hand, or from elsewhere). */
export function decodeCursor(cursor: string): Position {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    value = undefined;
  }
  const position = PositionSchema.safeParse(value);
  if (!position.success) throw new Problem("bad-request", "cursor is not a nextCursor this server gave.");
  return position.data;
}
