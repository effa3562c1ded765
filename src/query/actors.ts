import type { Actor } from "../model/actor";
import { fail, ok, type Result } from "../model/failure";
import { type Argument, choice, named } from "./arguments";
import type { OpenReport } from "./open-report";
import { choiceIndex } from "./name-index";

export const ACTOR_FIELDS = ["role", "name", "type", "affiliation", "aliases"] as const;
export type ActorField = (typeof ACTOR_FIELDS)[number];

const fieldIndex = choiceIndex(ACTOR_FIELDS, {
  role: ["title", "position"],
  type: ["kind"],
  affiliation: ["affiliated with"],
  aliases: ["alias"],
});

/** Aliases as people read them: a name the report never writes is marked as lookup help. */
export function aliasLabels(named: { aliases: readonly string[]; lookupOnly?: readonly string[] }): string[] {
  return named.aliases.map((name) => (named.lookupOnly?.includes(name) ? `${name} (not in the report)` : name));
}

export function findActor(r: OpenReport, name: Argument): Result<Actor> {
  return named(name, "name", "person or group", r.actorIndex);
}

/** `REPORT.ACTOR`: one field of a person, organization or state; the role by default. */
export function actorField(r: OpenReport, name: Argument, field?: Argument): Result<string> {
  const actor = findActor(r, name);
  if (!actor.ok) return actor;
  const which = choice(field, "field", fieldIndex, ACTOR_FIELDS, "role" as ActorField);
  if (!which.ok) return which;
  const a = actor.value;
  switch (which.value) {
    case "role":
      return ok(a.role);
    case "name":
      return ok(a.name);
    case "type":
      return ok(a.type);
    case "affiliation":
      return a.affiliation === null
        ? fail({ code: "no-value", subject: a.name, what: "affiliation" })
        : ok(r.actorsById.get(a.affiliation)?.name ?? a.affiliation);
    case "aliases":
      return a.aliases.length === 0
        ? fail({ code: "no-value", subject: a.name, what: "other names" })
        : ok(aliasLabels(a).join("; "));
  }
}
