/**
 * The review's two small forms: the editor of one item (value, qualifier, measure, place or group, speaker — what
 * applies to its kind) and "add a fact the draft missed" from the words selected in the text.
 */
import type { DraftEdit, DraftReport } from "../../model/draft";
import type { ActorType } from "../../model/actor";
import { ACTOR_TYPES, BOUND_KINDS, MEASURES, PLACE_KINDS, QUALIFIERS, UNITS, type BoundKind } from "../../model/vocabulary";
import type { EditAdds } from "./corrections";
import { el } from "../dom";
import type { ReviewActions } from "./actions";
import { numberIn, qualifierIn, type MissedFact, type NameChoice } from "./missed-fact";
import type { ReviewState } from "./state";

let fieldCount = 0;

/** A labelled control; the label is tied to it by id. */
function field(label: string, control: HTMLInputElement | HTMLSelectElement): HTMLElement {
  const id = control.id || `review-field-${++fieldCount}`;
  control.id = id;
  return el("div", { class: "review-field" }, el("label", { for: id }, label), control);
}

function select(options: ReadonlyArray<{ value: string; label: string }>, value: string): HTMLSelectElement {
  const control = el("select", {}, ...options.map((o) => el("option", { value: o.value }, o.label)));
  control.value = value;
  return control;
}

const vocabularyOptions = (words: readonly string[], extra: readonly string[] = []) =>
  [...new Set([...words, ...extra])].map((w) => ({ value: w, label: w }));

/** Country and first-level division of a place, when the gazetteer gave them (optional fields: older drafts lack them). */
export function placeContext(place: DraftReport["places"][number]): string {
  const loose = place as unknown as Record<string, unknown>;
  const text = (value: unknown) =>
    typeof value === "string" ? value : value && typeof value === "object" && "name" in value ? String(value.name) : "";
  return [text(loose.division), text(loose.country)].filter((part) => part && part !== place.name).join(", ");
}

/** A place as the pickers list it: name, kind, and where it is when known ("Dhemaji (town · Assam, India)"). */
export const placeLabel = (place: DraftReport["places"][number]) => {
  const where = placeContext(place);
  return `${place.name} (${place.kind}${where ? ` · ${where}` : ""})`;
};

const subjectOptions = (draft: DraftReport) => [
  ...draft.places.map((p) => ({ value: p.id, label: placeLabel(p) })),
  ...draft.actors.map((a) => ({ value: a.id, label: `${a.name} (${a.type})` })),
];

const OTHER = "__other__";
const SELECTED = "__selected__";

/** A choice from a list, or "other…" with the word typed in (added to the report's own vocabulary on save). */
function openChoice(label: string, words: ReadonlyArray<{ value: string; label: string }>, value: string) {
  const known = words.some((w) => w.value === value);
  const choice = select([...words, { value: OTHER, label: "other…" }], known ? value : OTHER);
  const typed = el("input", { type: "text", autocomplete: "off" });
  typed.value = known ? "" : value;
  const typedField = field(`New ${label.toLowerCase()} (added to this report's vocabulary)`, typed);
  typedField.hidden = choice.value !== OTHER;
  choice.addEventListener("change", () => (typedField.hidden = choice.value !== OTHER));
  return {
    elements: [field(label, choice), typedField],
    value: () => (choice.value === OTHER ? typed.value.trim() : choice.value),
    isNew: () => choice.value === OTHER,
  };
}

const clipped = (words: string) => (words.length > 60 ? `${words.slice(0, 59)}…` : words);

/** The editor of one item, or a line saying the kind has nothing to edit. */
export function itemEditor(
  state: ReviewState,
  id: string,
  actions: ReviewActions,
  selection: () => { start: number; end: number } | undefined = () => undefined,
): HTMLElement {
  const draft = state.draft!;
  const item = state.items.find((i) => i.id === id)!;
  const decision = state.decisions[id];
  const previous: DraftEdit = decision?.status === "accepted" ? (decision.edit ?? {}) : {};
  const cancel = el("button", { type: "button", class: "action" }, "Cancel");
  cancel.addEventListener("click", () => actions.cancelEdit());
  const form = el("form", { class: "review-editor", "aria-label": "Edit the item" });
  const submit = el("button", { type: "submit", class: "action primary" }, "Save and accept");
  const selected = selection();
  const selectedWords = selected ? draft.source.text.slice(selected.start, selected.end).trim() : "";

  if (item.kind === "figure") {
    const figure = draft.figures.find((f) => f.id === id)!;
    const value = el("input", { type: "number", min: "0", step: "any", required: true });
    value.value = String(previous.value?.best ?? figure.value.best);
    const qualifier = openChoice(
      "Qualifier",
      vocabularyOptions(QUALIFIERS, Object.keys(draft.vocabulary?.qualifiers ?? {})),
      previous.qualifier ?? figure.qualifier,
    );
    const bound = select(
      BOUND_KINDS.filter((k) => k !== "range").map((k) => ({ value: k, label: BOUND_LABELS[k] })),
      "approximate",
    );
    const boundField = field("How the new qualifier bounds the number", bound);
    const measure = openChoice(
      "Measure",
      vocabularyOptions(MEASURES, Object.keys(draft.vocabulary?.measures ?? {})),
      previous.measure ?? figure.measure,
    );
    const unit = openChoice("Unit", vocabularyOptions(UNITS, draft.vocabulary?.units ?? []), previous.unit ?? figure.unit);
    const subjects = subjectOptions(draft);
    const subject = select([{ value: "", label: "— choose —" }, ...subjects], previous.subject?.id ?? figure.subject?.id ?? "");
    const source = select(
      [
        { value: "", label: "— no one (the report's own voice) —" },
        ...draft.actors.map((a) => ({ value: a.id, label: `${a.name} (${a.type})` })),
        ...(selectedWords ? [{ value: SELECTED, label: `the selected words: “${clipped(selectedWords)}”` }] : []),
      ],
      previous.source ? (previous.source.actor ?? "") : (figure.attribution.actor ?? ""),
    );
    const date = el("input", { type: "date" });
    const shownDate = previous.date !== undefined ? previous.date?.start : figure.date?.start;
    date.value = shownDate && /^\d{4}-\d{2}-\d{2}$/.test(shownDate) ? shownDate : "";
    form.append(
      field("Value", value),
      ...qualifier.elements,
      boundField,
      ...measure.elements,
      ...unit.elements,
      field("Place or group counted", subject),
      el("p", { class: "item-meta" }, "Not in the list? Select its name in the text and press P in the list."),
      field("Source (who the report credits)", source),
      field(figure.date && figure.date.precision !== "day" ? `Date (drafted: ${figure.date.start})` : "Date", date),
    );
    const showBound = () => (boundField.hidden = !qualifier.isNew());
    form.addEventListener("change", showBound);
    showBound();
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const edit: DraftEdit = {};
      const adds: EditAdds = {};
      const best = Number(value.value);
      if (value.value.trim() === "" || !Number.isFinite(best)) return actions.saveEdit(id, { value: { best: NaN } });
      if (best !== figure.value.best) edit.value = { best };
      const q = qualifier.value();
      const m = measure.value();
      const u = unit.value();
      if (!q || !m || !u) return actions.say("Give the new word, or choose one from the list.", "error");
      if (q !== figure.qualifier) edit.qualifier = q;
      if (qualifier.isNew()) adds.qualifier = { word: q, bound: bound.value as BoundKind };
      if (m !== figure.measure) edit.measure = m;
      if (measure.isNew()) adds.measure = m;
      if (u !== figure.unit) edit.unit = u;
      if (unit.isNew()) adds.unit = u;
      if (subject.value && subject.value !== figure.subject?.id) {
        const kind = draft.places.some((p) => p.id === subject.value) ? "place" : "actor";
        edit.subject = { kind, id: subject.value };
      }
      if (source.value === SELECTED && selected) adds.sourceWords = selected;
      else if ((source.value || null) !== figure.attribution.actor) edit.source = { actor: source.value || null };
      const day = date.value || null;
      const drafted = figure.date?.precision === "day" ? figure.date.start : null;
      if (day !== drafted && !(day === null && figure.date && !drafted)) edit.date = day ? { start: day } : null;
      actions.saveEdit(id, edit, adds);
    });
  } else if (item.kind === "statement") {
    const statement = draft.statements.find((s) => s.id === id)!;
    const speaker = select(
      draft.actors.map((a) => ({ value: a.id, label: `${a.name} (${a.type})` })),
      previous.speaker ?? statement.speaker,
    );
    form.append(field("Speaker", speaker));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      actions.saveEdit(id, speaker.value !== statement.speaker ? { speaker: speaker.value } : {});
    });
  } else if (item.kind === "actor" || item.kind === "place") {
    const isPlace = item.kind === "place";
    const records: ReadonlyArray<DraftReport["actors"][number] | DraftReport["places"][number]> = isPlace
      ? draft.places
      : draft.actors;
    const record = records.find((r) => r.id === id)!;
    const name = el("input", { type: "text", autocomplete: "off", required: true });
    name.value = record.name;
    const kinds: readonly string[] = isPlace ? PLACE_KINDS : ACTOR_TYPES;
    const kind = select(vocabularyOptions(kinds), "kind" in record ? record.kind : record.type);
    const into = select(
      [
        { value: "", label: "— keep apart —" },
        ...records
          .filter((r) => r.id !== id)
          .map((r) => ({ value: r.id, label: "kind" in r ? placeLabel(r) : `${r.name} (${r.type})` })),
      ],
      "",
    );
    form.append(
      field("Name", name),
      field(isPlace ? "Kind of place" : "Type", kind),
      field(`Same ${isPlace ? "place" : "person or organization"} as (merge into)`, into),
      el(
        "p",
        { class: "item-meta" },
        "Merging keeps the other's name and kind; this one's name becomes an alias, and every figure and statement follows.",
      ),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const current = "kind" in record ? record.kind : record.type;
      actions.correctName(id, {
        ...(name.value.trim() !== record.name ? { name: name.value } : {}),
        ...(kind.value !== current ? { kind: kind.value } : {}),
        ...(into.value ? { mergeInto: into.value } : {}),
      });
    });
  } else {
    return el(
      "div",
      { class: "review-editor" },
      el("p", {}, "Nothing to edit for this kind of item: accept or reject it."),
      cancel,
    );
  }
  form.append(el("div", { class: "toolbar" }, submit, cancel));
  return form;
}

const BOUND_LABELS: Record<BoundKind, string> = {
  exact: "exactly the number",
  lower: "at least the number (a lower bound)",
  upper: "at most the number (an upper bound)",
  approximate: "about the number",
  range: "a range",
};

const KINDS = [
  { value: "figure", label: "Figure (a number of people)" },
  { value: "statement", label: "Statement (quoted words)" },
  { value: "actor", label: "Person or organization (a name)" },
  { value: "place", label: "Place (a name)" },
];
const NEW_NAME = "__new__";

/** "Add a fact the draft missed": the selected words, their kind and what the kind needs. */
export function missedFactForm(
  state: ReviewState,
  selected: { start: number; end: number },
  actions: ReviewActions,
  onDone: () => void,
): HTMLElement {
  const draft = state.draft!;
  const words = draft.source.text.slice(selected.start, selected.end);
  const kind = select(KINDS, /\d/.test(words) ? "figure" : "statement");
  const fields = el("div");
  const form = el(
    "form",
    { class: "review-editor", "aria-label": "Add a fact the draft missed" },
    el("p", { class: "item-text" }, `Selected: “${words.length > 200 ? `${words.slice(0, 199)}…` : words}”`),
    field("It is a", kind),
    fields,
  );
  let read: () => MissedFact | undefined = () => undefined;
  const nameChoice = (label: string, options: ReadonlyArray<{ value: string; label: string }>) => {
    const choice = select(
      [...options, { value: NEW_NAME, label: "another name the text writes…" }],
      options[0]?.value ?? NEW_NAME,
    );
    const name = el("input", { type: "text", autocomplete: "off" });
    const nameField = field("Name, as the text writes it", name);
    nameField.hidden = choice.value !== NEW_NAME;
    choice.addEventListener("change", () => (nameField.hidden = choice.value !== NEW_NAME));
    return {
      elements: [field(label, choice), nameField],
      value: (): NameChoice => (choice.value === NEW_NAME ? { name: name.value } : { id: choice.value }),
    };
  };
  const render = () => {
    const { start, end } = selected;
    switch (kind.value) {
      case "figure": {
        const value = el("input", { type: "number", min: "0", step: "any" });
        value.value = String(numberIn(words) ?? "");
        const measure = select(vocabularyOptions(MEASURES, Object.keys(draft.vocabulary?.measures ?? {})), "killed");
        const ownQualifiers = Object.keys(draft.vocabulary?.qualifiers ?? {});
        const qualifier = select(
          vocabularyOptions(
            QUALIFIERS.filter((q) => q !== "range"),
            ownQualifiers,
          ),
          qualifierIn(words, draft.vocabulary),
        );
        const place = nameChoice("Place or group counted", subjectOptions(draft));
        fields.replaceChildren(
          field("Value", value),
          field("Measure", measure),
          field("Qualifier", qualifier),
          ...place.elements,
        );
        read = () => ({
          kind: "figure",
          start,
          end,
          value: value.value.trim() === "" ? NaN : Number(value.value),
          measure: measure.value,
          qualifier: qualifier.value,
          subject: place.value(),
        });
        break;
      }
      case "statement": {
        const speaker = nameChoice(
          "Speaker",
          draft.actors.map((a) => ({ value: a.id, label: `${a.name} (${a.type})` })),
        );
        fields.replaceChildren(...speaker.elements);
        read = () => ({ kind: "statement", start, end, speaker: speaker.value() });
        break;
      }
      case "actor": {
        const type = select(vocabularyOptions(ACTOR_TYPES), "person");
        fields.replaceChildren(field("Type", type));
        read = () => ({ kind: "actor", start, end, type: type.value as ActorType });
        break;
      }
      default:
        fields.replaceChildren();
        read = () => ({ kind: "place", start, end });
    }
  };
  kind.addEventListener("change", render);
  render();
  const cancel = el("button", { type: "button", class: "action" }, "Cancel");
  cancel.addEventListener("click", onDone);
  form.append(
    el("div", { class: "toolbar" }, el("button", { type: "submit", class: "action primary" }, "Add as accepted"), cancel),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const fact = read();
    if (fact && actions.addMissed(fact)) onDone();
  });
  return form;
}
