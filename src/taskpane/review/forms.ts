/**
 * The review's two small forms: the editor of one item (value, qualifier, measure, place or group, speaker — what
 * applies to its kind) and "add a fact the draft missed" from the words selected in the text.
 */
import type { DraftEdit, DraftReport } from "../../model/draft";
import type { ActorType } from "../../model/actor";
import { MEASURES, QUALIFIERS } from "../../model/vocabulary";
import { el } from "../dom";
import type { ReviewActions } from "./actions";
import { numberIn, type MissedFact, type NameChoice } from "./missed-fact";
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

const subjectOptions = (draft: DraftReport) => [
  ...draft.places.map((p) => ({ value: p.id, label: `${p.name} (place)` })),
  ...draft.actors.map((a) => ({ value: a.id, label: `${a.name} (${a.type})` })),
];

/** The editor of one item, or a line saying the kind has nothing to edit. */
export function itemEditor(state: ReviewState, id: string, actions: ReviewActions): HTMLElement {
  const draft = state.draft!;
  const item = state.items.find((i) => i.id === id)!;
  const decision = state.decisions[id];
  const previous: DraftEdit = decision?.status === "accepted" ? (decision.edit ?? {}) : {};
  const cancel = el("button", { type: "button", class: "action" }, "Cancel");
  cancel.addEventListener("click", () => actions.cancelEdit());
  const form = el("form", { class: "review-editor", "aria-label": "Edit the item" });
  const submit = el("button", { type: "submit", class: "action primary" }, "Save and accept");

  if (item.kind === "figure") {
    const figure = draft.figures.find((f) => f.id === id)!;
    const value = el("input", { type: "number", min: "0", step: "any", required: true });
    value.value = String(previous.value?.best ?? figure.value.best);
    const qualifiers = vocabularyOptions(QUALIFIERS, Object.keys(draft.vocabulary?.qualifiers ?? {}));
    const qualifier = select(qualifiers, previous.qualifier ?? figure.qualifier);
    const measure = select(
      vocabularyOptions(MEASURES, Object.keys(draft.vocabulary?.measures ?? {})),
      previous.measure ?? figure.measure,
    );
    const subjects = subjectOptions(draft);
    const subject = select([{ value: "", label: "— choose —" }, ...subjects], previous.subject?.id ?? figure.subject?.id ?? "");
    form.append(
      field("Value", value),
      field("Qualifier", qualifier),
      field("Measure", measure),
      field("Place or group counted", subject),
      el("p", { class: "item-meta" }, "Not in the list? Select its name in the text and add it as a place or group."),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const edit: DraftEdit = {};
      const best = Number(value.value);
      if (value.value.trim() === "" || !Number.isFinite(best)) return actions.saveEdit(id, { value: { best: NaN } });
      if (best !== figure.value.best) edit.value = { best };
      if (qualifier.value !== figure.qualifier) edit.qualifier = qualifier.value;
      if (measure.value !== figure.measure) edit.measure = measure.value;
      if (subject.value && subject.value !== figure.subject?.id) {
        const kind = draft.places.some((p) => p.id === subject.value) ? "place" : "actor";
        edit.subject = { kind, id: subject.value };
      }
      actions.saveEdit(id, edit);
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

const KINDS = [
  { value: "figure", label: "Figure (a number of people)" },
  { value: "statement", label: "Statement (quoted words)" },
  { value: "actor", label: "Person or organization (a name)" },
  { value: "place", label: "Place (a name)" },
];
const ACTOR_TYPES: ActorType[] = ["person", "organization", "group", "state"];
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
        const measure = select(vocabularyOptions(MEASURES), "killed");
        const qualifier = select(vocabularyOptions(QUALIFIERS.filter((q) => q !== "range")), "exact");
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
