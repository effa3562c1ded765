import type { ExtractContext } from "../context";
import type { Attribution } from "../parsers/attribution";
import type { Entity } from "./entities";
import type { StatementFinding } from "./statements";

/** Name rules that say a name is a news agency or outlet ("Reuters", "the Inquirer", "the newspaper El Tiempo"). */
const OUTLET_RULES = new Set(["name:outlet", "name:outlet-context"]);
export const isOutlet = (entity: Entity): boolean => OUTLET_RULES.has(entity.rule);

/**
 * News agencies and outlets report the story; they are not its speakers or the sources of its facts (issue 22): "…,
 * the Inquirer reported" and "…, Reuters reported" make no statement, and a figure of that sentence is credited to
 * no one rather than to the outlet. The outlet stays an organization the draft names. Each drop goes to the trace.
 */
export function withoutOutletSources(
  context: ExtractContext,
  statements: StatementFinding[],
  attributions: Map<number, { attribution: Attribution; entity: Entity }>,
): StatementFinding[] {
  const trace = context.trace ?? (() => undefined);
  for (const [sentence, { entity }] of attributions) {
    if (!isOutlet(entity)) continue;
    attributions.delete(sentence);
    trace({ item: `sentence ${sentence + 1}`, rule: "source.not-an-outlet", decided: `${entity.name} reports, it is no source` });
  }
  return statements.filter((statement) => !isOutlet(statement.speaker));
}
