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

/** An entity value as text: its title, then one line a property (value, and its sublabel). */
export function formatCard(card: CardLike): string {
  const lines = Object.entries(card.properties).map(([name, property]) => {
    const value = property.elements ? property.elements.map((row) => row[0]?.basicValue).join("; ") : String(property.basicValue);
    const sublabel = property.propertyMetadata?.sublabel;
    return `  ${name}: ${value}${sublabel ? `  (${sublabel})` : ""}`;
  });
  return [`[card] ${card.text}`, ...lines].join("\n");
}
