import { NO_SOURCE } from "../../src/model/attribution";
import type { ReportEvent } from "../../src/model/event";
import { type Anchor, day, month, year } from "./anchor";

/** Every happening the report tells of, dated only where the report dates the happening itself. In report order. */
export function events(a: Anchor): ReportEvent[] {
  const arrival = a.sentence("Amir-Abdollahian arrived in Qatar on October 14");
  const told = { source: NO_SOURCE, claimedBy: [], quotes: [] };
  return [
    {
      id: "event:meeting-haniyeh",
      summary:
        "Amir-Abdollahian meets Hamas leader Ismail Haniyeh and senior Hamas members in Qatar to discuss the Israel-Gaza war",
      date: day("2023-10-14", { words: a.span("October 14", "in Qatar, on October 14") }),
      actors: ["actor:amir-abdollahian", "actor:haniyeh", "actor:hamas"],
      places: ["place:qatar"],
      evidence: a.sentence("Amir-Abdollahian met the Hamas leader"),
      ...told,
      source: {
        actor: "actor:iranian-foreign-ministry",
        basis: "stated",
        text: a.span("the Iranian Foreign Ministry website"),
      },
    },
    {
      id: "event:amir-abdollahian-regional-tour",
      summary: "Amir-Abdollahian visits Iraq, Lebanon and Syria before arriving in Qatar",
      date: null,
      actors: ["actor:amir-abdollahian"],
      places: ["place:iraq", "place:lebanon", "place:syria"],
      evidence: arrival,
      ...told,
      note: "'after visiting Iraq, Lebanon and Syria': before his arrival in Qatar on October 14; the visits are not dated.",
    },
    {
      id: "event:amir-abdollahian-arrives-qatar",
      summary: "Amir-Abdollahian arrives in Qatar",
      date: day("2023-10-14", { words: a.span("October 14", "arrived in Qatar on October 14") }),
      actors: ["actor:amir-abdollahian"],
      places: ["place:qatar"],
      evidence: arrival,
      ...told,
    },
    {
      id: "event:meeting-qatari-prime-minister",
      summary: "Amir-Abdollahian meets Qatari Prime Minister and Foreign Minister Mohammed bin Abdulrahman Al Thani",
      date: day("2023-10-14", { basis: "inferred" }, "Its sentence gives no date; told right after his arrival on October 14."),
      actors: ["actor:amir-abdollahian", "actor:mohammed-al-thani"],
      places: ["place:qatar"],
      evidence: a.sentence("He met Qatari Prime Minister"),
      ...told,
    },
    {
      id: "event:meeting-qatari-emir",
      summary: 'Amir-Abdollahian meets Qatari Emir Tamim bin Hamad Al Thani to discuss regional matters "focusing on Palestine"',
      date: day(
        "2023-10-15",
        { words: a.span("On the following day"), basis: "implied" },
        "The day after his arrival in Qatar 'on October 14', two sentences before.",
      ),
      actors: ["actor:amir-abdollahian", "actor:tamim-al-thani"],
      places: ["place:qatar"],
      evidence: a.sentence("On the following day, he met Qatari Emir"),
      ...told,
      quotes: [a.span("focusing on Palestine")],
      note: "'focusing on Palestine' is in quote marks but the report does not say whose words they are; a statement needs a speaker, so the words stay with the event.",
    },
    {
      id: "event:raisi-emir-phone-call",
      summary: "Iranian President Ebrahim Raisi speaks by phone with the Qatari Emir",
      date: null,
      actors: ["actor:raisi", "actor:tamim-al-thani"],
      places: [],
      evidence: a.sentence("In a phone conversation with the Qatari Emir"),
      ...told,
    },
    {
      id: "event:october-7-attack",
      summary: "Hamas attacks Israel, starting the Israel-Gaza war",
      date: day("2023-10-07", { words: a.span("October 7", "attack on Israel on October 7") }),
      actors: ["actor:hamas"],
      places: ["place:israel"],
      evidence: a.sentence("have hailed Palestinian militant group Hamas’ deadly attack"),
      ...told,
    },
    {
      id: "event:rockets-on-northern-israel",
      summary:
        "Rocket attacks on northern Israel, claimed by Hamas's military wing; Hamas says it launched 20 rockets at Shlomi and Nahariya",
      date: null,
      actors: ["actor:qassam-brigades", "actor:hamas"],
      places: ["place:northern-israel", "place:shlomi", "place:nahariya"],
      evidence: a.sentence("claimed responsibility for fresh rocket attacks"),
      ...told,
      claimedBy: [
        { actor: "actor:qassam-brigades", text: a.span("claimed responsibility") },
        { actor: "actor:hamas", text: a.span("Hamas said in a post on Telegram that it launched") },
      ],
      note: "Known only from the claims. The claim of responsibility is dated 'On October 15'; the attacks themselves are only 'fresh', so the report does not date them.",
    },
    {
      id: "event:hezbollah-strikes-northern-israel",
      summary: "Hezbollah says its forces launched strikes against northern Israel",
      date: null,
      actors: ["actor:hezbollah"],
      places: ["place:northern-israel"],
      evidence: a.sentence("Hezbollah said in a statement"),
      ...told,
      claimedBy: [{ actor: "actor:hezbollah", text: a.span("said in a statement that its forces launched") }],
      note: "Hezbollah's statement is dated 'On the same day' (October 15); the strikes it announces are not dated.",
    },
    {
      id: "event:killing-of-issam-abdullah",
      summary: "Reuters journalist Issam Abdullah and two other citizens are killed",
      date: { ...day("2023-10-13", { words: a.span("October 13 and 14") }), end: "2023-10-14" },
      actors: ["actor:issam-abdullah"],
      places: ["place:lebanon"],
      evidence: a.sentence("in response to the killing of a Reuters journalist"),
      ...told,
      source: { actor: "actor:hezbollah", basis: "stated", text: a.span("Hezbollah", "Hezbollah said in a statement") },
      note: "Told in Hezbollah's statement. The report does not say where they were killed; Lebanon is our inference.",
    },
    {
      id: "event:israeli-helicopter-strikes",
      summary:
        "Israeli army helicopters strike Hezbollah's military infrastructure in Lebanon after nine attacks from Lebanese territory",
      date: null,
      actors: ["actor:israeli-army", "actor:hezbollah"],
      places: ["place:lebanon", "place:blue-line"],
      evidence: a.sentence("The Israeli army’s helicopters attacked"),
      ...told,
      note: "'last week': a week before a publication date the report does not give (October 2023 at the earliest 15 October, inferred), so the week is not known.",
    },
    {
      id: "event:hamas-operatives-eliminated",
      summary: "Six key Hamas operatives are eliminated after the October 7 attack",
      date: {
        ...day("2023-10-07", { words: a.span("following the Palestinian group's October 7 attack") }),
        bound: "after",
      },
      actors: ["actor:hamas-operatives"],
      places: [],
      evidence: a.sentence("six key Hamas operatives"),
      ...told,
      note: "The report does not say who eliminated them, or when beyond 'following' the October 7 attack.",
    },
    {
      id: "event:islamic-revolution",
      summary: "The Islamic Revolution in Iran; since then Iran and Israel have been in a proxy conflict",
      date: year("1979", { words: a.span("1979") }),
      actors: ["actor:iran", "actor:israel"],
      places: [],
      evidence: a.sentence("Since the 1979 Islamic Revolution"),
      ...told,
    },
    {
      id: "event:sales-funding-estimate",
      summary:
        "Nathan Sales of the US State Department estimates Iran's funding of Hamas and other groups at about $100 million a year",
      date: month("2018-11", { words: a.span("November 2018") }),
      actors: ["actor:nathan-sales", "actor:iran", "actor:hamas"],
      places: [],
      evidence: a.sentence("Nathan Sales, a counterterrorism expert"),
      ...told,
    },
  ];
}
