import { z } from "zod";
import { ReportDateSchema } from "./date";
import { SpanSchema } from "./span";

export const EventSchema = z.object({
  id: z.string().regex(/^event:[a-z0-9-]+$/),
  /** What happened, in our words. */
  summary: z.string(),
  /** Null when the report gives no date (the event still belongs to the story). */
  date: ReportDateSchema.nullable(),
  actors: z.array(z.string()),
  places: z.array(z.string()),
  evidence: SpanSchema,
});
export type ReportEvent = z.infer<typeof EventSchema>;
