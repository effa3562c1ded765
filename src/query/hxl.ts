/**
 * HXL hashtags (https://hxlstandard.org) for the exported columns, so humanitarian data tools can
 * read the CSVs. Keyed by column header; one table for every section.
 */
const HXL: Record<string, string> = {
  subject: "#adm1+name",
  place: "#adm1+name",
  measure: "#indicator+name",
  value: "#indicator+value+num",
  qualifier: "#meta+qualifier",
  unit: "#indicator+unit",
  date: "#date",
  "end date": "#date+end",
  "attributed to": "#meta+source",
  evidence: "#meta+evidence",
  low: "#indicator+value+min+num",
  high: "#indicator+value+max+num",
  "as written": "#meta+text",
  "date basis": "#date+basis",
  id: "#meta+id",
  speaker: "#contact+name",
  role: "#contact+role",
  kind: "#meta+kind",
  text: "#meta+quote",
  setting: "#meta+setting",
  topics: "#meta+topic",
  "what happened": "#event+description",
  actors: "#org+name",
  places: "#loc+name",
  name: "#meta+name",
  type: "#meta+type",
  affiliation: "#org+affiliation",
  aliases: "#meta+alias",
  statements: "#meta+statements+num",
  figures: "#meta+figures+num",
  "first mention": "#meta+mention",
  killed: "#affected+killed+num",
  injured: "#affected+injured+num",
  missing: "#affected+missing+num",
  displaced: "#affected+displaced+num",
  hostages: "#affected+hostages+num",
  "killed (as reported)": "#affected+killed+text",
  "injured (as reported)": "#affected+injured+text",
  "missing (as reported)": "#affected+missing+text",
  "displaced (as reported)": "#affected+displaced+text",
  "hostages (as reported)": "#affected+hostages+text",
  paragraph: "#meta+paragraph+num",
  start: "#meta+offset+start+num",
  end: "#meta+offset+end+num",
};

export function hxlRow(header: readonly string[]): string[] {
  return header.map((name) => HXL[name] ?? `#meta+${name.replace(/[^a-z0-9]+/gi, "_").toLowerCase()}`);
}
