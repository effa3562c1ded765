import { wrapText } from "./wrap";

interface CardLike {
  type: "Entity";
  text: string;
  properties: Record<
    string,
    { basicValue?: unknown; elements?: Array<Array<{ basicValue?: unknown }>>; propertyMetadata?: { sublabel?: string } }
  >;
}

export function isCard(value: unknown): value is CardLike {
  return typeof value === "object" && value !== null && (value as CardLike).type === "Entity";
}

/** A card's properties as [name, value, sublabel]: a list property's items joined by "; ". */
export function cardProperties(card: CardLike): Array<[string, string, string]> {
  return Object.entries(card.properties).map(([name, property]) => [
    name,
    property.elements ? property.elements.map((row) => row[0]?.basicValue).join("; ") : String(property.basicValue),
    property.propertyMetadata?.sublabel ?? "",
  ]);
}

/** An entity value as text: its title, then one property a line (value, and its sublabel), wrapped to the width. */
export function formatCard(card: CardLike, width = Number.POSITIVE_INFINITY): string {
  const lines = cardProperties(card).flatMap(([name, value, sublabel]) =>
    wrapText(`${name}: ${value}${sublabel ? `  (${sublabel})` : ""}`, width - 4).map((line, i) => `${i ? "    " : "  "}${line}`),
  );
  return [`[card] ${card.text}`, ...lines].join("\n");
}
