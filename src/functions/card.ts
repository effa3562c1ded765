import type { Span } from "../model/span";
import {
  aliasLabels,
  attributedTo,
  dateBasis,
  dateText,
  figureValueLabel,
  isoToSerial,
  nameOf,
  subjectName,
  type CardSubject,
  type OpenReport,
} from "../query";
import type { ReportDate } from "../model/date";
import type { Figure } from "../model/figure";
import { DATE_FORMATS, dateCell } from "./date-cells";
import { hostShowsFormattedNumbers } from "./host";

type Property = Excel.EntityPropertyType;

const list = (values: readonly string[]): Property => ({
  type: "Array",
  elements: values.map((v) => [{ type: "String", basicValue: v }]),
});

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** An entity value; its `text` is what older Excel shows instead of the card. */
export type Card = Excel.EntityCellValue & { text: string };

/** Card parts for one report: every property attributed to that report's title and words. */
function cardKit(r: OpenReport) {
  const reportTitle = r.report.source.title;

  /** Excel's per-property attribution (the report and its words behind the property) and a sublabel. */
  const metadata = (span?: Span, sublabel?: string): { propertyMetadata?: Excel.CellValuePropertyMetadata } => {
    if (!span && !sublabel) return {};
    return {
      propertyMetadata: {
        ...(span ? { attribution: [{ sourceText: `${reportTitle}: “${span.exact}”` }] } : {}),
        ...(sublabel ? { sublabel } : {}),
      },
    };
  };

  const text = (value: string, span?: Span, sublabel?: string): Property => ({
    type: "String",
    basicValue: value,
    ...metadata(span, sublabel),
  });

  const number = (value: number, span?: Span, sublabel?: string): Property => ({
    type: "Double",
    basicValue: value,
    ...metadata(span, sublabel),
  });

  /** A date: a formatted number where the host shows one (a single day, month or year), else its text. */
  const date = (value: ReportDate): Property =>
    hostShowsFormattedNumbers() && !value.end
      ? { ...dateCell(isoToSerial(value.start), DATE_FORMATS[value.precision]), ...metadata(value.text, dateBasis(value)) }
      : text(dateText(value), value.text, dateBasis(value));

  /** A figure as a property of a place's or actor's card: its best value, qualified and sourced. */
  const figureProperty = (figure: Figure): Property =>
    number(figure.value.best, figure.evidence, [figureValueLabel(figure), attributedTo(r, figure)].filter(Boolean).join(" · "));

  const entity = (title: string, properties: Record<string, Property | undefined>, subtitle?: string): Card => {
    const present = Object.fromEntries(
      Object.entries(properties).filter((entry): entry is [string, Property] => entry[1] !== undefined),
    );
    return {
      type: "Entity",
      text: title,
      properties: present,
      layouts: {
        card: {
          title: { property: Object.keys(present)[0]! },
          ...(subtitle ? { subTitle: { property: subtitle } } : {}),
          sections: [{ layout: "List", properties: Object.keys(present).slice(1) }],
        },
      },
      provider: { description: `Report Data: ${reportTitle}` },
    };
  };

  const figureCard = (figure: Figure): Card => {
    const { value } = figure;
    const subject = subjectName(r, figure);
    const source = attributedTo(r, figure);
    return entity(`${subject} ${figure.measure}: ${figureValueLabel(figure)}`, {
      Figure: text(`${subject} ${figure.measure}`, figure.evidence),
      Value: number(value.best, figure.valueText, figureValueLabel(figure)),
      Qualifier: text(figure.qualifier, figure.valueText),
      Low: value.low === null ? undefined : number(value.low, figure.valueText),
      High: value.high === null ? undefined : number(value.high, figure.valueText),
      "As written": text(figure.valueText.exact, figure.valueText),
      Unit: text(figure.unit),
      "Attributed to": source === undefined ? undefined : text(source, figure.attribution.text),
      Date: figure.date ? date(figure.date) : undefined,
      Evidence: text(figure.evidence.exact, figure.evidence),
      Note: figure.note === undefined ? undefined : text(figure.note),
    });
  };

  return { text, number, figureProperty, entity, figureCard };
}

/** Where the report writes the name itself, else its first mention ("Iran's Foreign Minister" before the name). */
const nameMention = (named: { name: string; mentions: readonly Span[] }): Span =>
  named.mentions.find((m) => m.exact === named.name) ?? named.mentions[0]!;

/**
 * The card behind a cell (an Excel entity value): what the report says of a figure, a place or
 * a person or group, every property attributed to the report's words.
 */
export function cardEntity(r: OpenReport, subject: CardSubject): Card {
  const { text, number, figureProperty, entity, figureCard } = cardKit(r);
  switch (subject.kind) {
    case "figure":
      return figureCard(subject.figure);
    case "place": {
      const { place, figures } = subject;
      return entity(place.name, {
        Name: text(place.name, nameMention(place)),
        Kind: text(place.kind),
        Aliases: place.aliases.length > 0 ? list(aliasLabels(place)) : undefined,
        ...Object.fromEntries(figures.map((f) => [capitalized(f.measure), figureProperty(f)])),
      });
    }
    case "actor": {
      const { actor, statements, figures } = subject;
      const first = statements[0];
      return entity(
        actor.name,
        {
          Name: text(actor.name, nameMention(actor)),
          Role: text(actor.role, actor.mentions[0]),
          Type: text(actor.type),
          Affiliation: actor.affiliation ? text(nameOf(r, actor.affiliation)) : undefined,
          Aliases: actor.aliases.length > 0 ? list(aliasLabels(actor)) : undefined,
          Statements: number(statements.length),
          "First statement": first ? text(first.text.exact, first.evidence, first.kind) : undefined,
          ...Object.fromEntries(figures.map((f) => [capitalized(f.measure), figureProperty(f)])),
        },
        "Role",
      );
    }
  }
}
