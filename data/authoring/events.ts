import type { ReportEvent } from "../../src/model/event";
import { type Anchor, day, month, year } from "./anchor";

/** Every happening the report tells of, dated where it can be. In report order. */
export function events(a: Anchor): ReportEvent[] {
  const arrival = a.sentence("Amir-Abdollahian arrived in Qatar on October 14");
  return [
    {
      id: "event:meeting-haniyeh",
      summary:
        "Amir-Abdollahian meets Hamas leader Ismail Haniyeh and senior Hamas members in Qatar to discuss the Israel-Gaza war",
      date: day("2023-10-14", { words: a.span("October 14", "in Qatar, on October 14") }),
      actors: ["actor:amir-abdollahian", "actor:haniyeh", "actor:hamas"],
      places: ["place:qatar"],
      evidence: a.sentence("Amir-Abdollahian met the Hamas leader"),
    },
    {
      id: "event:amir-abdollahian-regional-tour",
      summary: "Amir-Abdollahian visits Iraq, Lebanon and Syria before arriving in Qatar",
      date: null,
      actors: ["actor:amir-abdollahian"],
      places: ["place:iraq", "place:lebanon", "place:syria"],
      evidence: arrival,
    },
    {
      id: "event:amir-abdollahian-arrives-qatar",
      summary: "Amir-Abdollahian arrives in Qatar",
      date: day("2023-10-14", { words: a.span("October 14", "arrived in Qatar on October 14") }),
      actors: ["actor:amir-abdollahian"],
      places: ["place:qatar"],
      evidence: arrival,
    },
    {
      id: "event:meeting-qatari-prime-minister",
      summary: "Amir-Abdollahian meets Qatari Prime Minister and Foreign Minister Mohammed bin Abdulrahman Al Thani",
      date: day(
        "2023-10-14",
        { basis: "implied" },
        "Told right after his arrival on October 14; the meeting itself is not dated.",
      ),
      actors: ["actor:amir-abdollahian", "actor:mohammed-al-thani"],
      places: ["place:qatar"],
      evidence: a.sentence("He met Qatari Prime Minister"),
    },
    {
      id: "event:meeting-qatari-emir",
      summary: 'Amir-Abdollahian meets Qatari Emir Tamim bin Hamad Al Thani to discuss regional matters "focusing on Palestine"',
      date: day("2023-10-15", { words: a.span("On the following day"), basis: "inferred" }, "The day after October 14."),
      actors: ["actor:amir-abdollahian", "actor:tamim-al-thani"],
      places: ["place:qatar"],
      evidence: a.sentence("On the following day, he met Qatari Emir"),
    },
    {
      id: "event:raisi-emir-phone-call",
      summary: "Iranian President Ebrahim Raisi speaks by phone with the Qatari Emir",
      date: null,
      actors: ["actor:raisi", "actor:tamim-al-thani"],
      places: [],
      evidence: a.sentence("In a phone conversation with the Qatari Emir"),
    },
    {
      id: "event:october-7-attack",
      summary: "Hamas attacks Israel, starting the Israel-Gaza war",
      date: day("2023-10-07", { words: a.span("October 7", "attack on Israel on October 7") }),
      actors: ["actor:hamas"],
      places: ["place:israel"],
      evidence: a.sentence("have hailed Palestinian militant group Hamas’ deadly attack"),
    },
    {
      id: "event:rockets-on-northern-israel",
      summary: "Hamas's military wing fires 20 rockets at Shlomi and Nahariya in northern Israel",
      date: day(
        "2023-10-15",
        { words: a.span("On October 15"), basis: "implied" },
        "The date of the claim; the rockets are called 'fresh'.",
      ),
      actors: ["actor:qassam-brigades", "actor:hamas"],
      places: ["place:northern-israel", "place:shlomi", "place:nahariya"],
      evidence: a.sentence("claimed responsibility for fresh rocket attacks"),
    },
    {
      id: "event:hezbollah-strikes-northern-israel",
      summary: "Hezbollah forces launch strikes against northern Israel",
      date: day("2023-10-15", { basis: "inferred" }, "'On the same day' as Hamas's claim of October 15."),
      actors: ["actor:hezbollah"],
      places: ["place:northern-israel"],
      evidence: a.sentence("Hezbollah said in a statement"),
    },
    {
      id: "event:killing-of-issam-abdullah",
      summary: "Reuters journalist Issam Abdullah and two other citizens are killed",
      date: { ...day("2023-10-13", { words: a.span("October 13 and 14") }), end: "2023-10-14" },
      actors: ["actor:issam-abdullah"],
      places: ["place:lebanon"],
      evidence: a.sentence("in response to the killing of a Reuters journalist"),
    },
    {
      id: "event:israeli-helicopter-strikes",
      summary:
        "Israeli army helicopters strike Hezbollah's military infrastructure in Lebanon after nine attacks from Lebanese territory",
      date: month("2023-10", { basis: "inferred" }, "The report says 'last week'; the month is inferred."),
      actors: ["actor:israeli-army", "actor:hezbollah"],
      places: ["place:lebanon", "place:blue-line"],
      evidence: a.sentence("The Israeli army’s helicopters attacked"),
    },
    {
      id: "event:hamas-operatives-eliminated",
      summary: "Six key Hamas operatives are eliminated after the October 7 attack",
      date: null,
      actors: ["actor:hamas"],
      places: [],
      evidence: a.sentence("six key Hamas operatives"),
    },
    {
      id: "event:islamic-revolution",
      summary: "The Islamic Revolution in Iran; since then Iran and Israel have been in a proxy conflict",
      date: year("1979", { words: a.span("1979") }),
      actors: ["actor:iran", "actor:israel"],
      places: [],
      evidence: a.sentence("Since the 1979 Islamic Revolution"),
    },
    {
      id: "event:sales-funding-estimate",
      summary:
        "Nathan Sales of the US State Department estimates Iran's funding of Hamas and other groups at about $100 million a year",
      date: month("2018-11", { words: a.span("November 2018") }),
      actors: ["actor:nathan-sales", "actor:iran", "actor:hamas"],
      places: [],
      evidence: a.sentence("Nathan Sales, a counterterrorism expert"),
    },
  ];
}
