/**
 * Amounts of money: a number with a currency sign or code before it ("$18 million", "€2.5 billion", "Rs 500 crore",
 * "USD 250 million"), a currency word after it ("18 million dollars", "500 crore rupees") or "worth" before it
 * ("aid worth 18 million"). An amount is never a count of people, whatever casualty word stands near it.
 */
import type { NumberMention } from "./numbers";

/** Sign or code -> the unit a figure of that money is in. */
const SIGNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:US\$|U\.S\.\s?\$|\$|USD)$/i, "US dollars"],
  [/^(?:€|EUR)$/i, "euros"],
  [/^(?:£|GBP)$/i, "pounds"],
  [/^(?:₹|Rs\.?|INR|PKR|NPR|LKR)$/i, "rupees"],
  [/^(?:৳|Tk\.?|BDT)$/i, "taka"],
  [/^(?:₦|NGN)$/i, "naira"],
  [/^(?:KSh|Ksh\.?|KES|Sh\.?)$/, "shillings"],
  [/^(?:¥|JPY)$/i, "yen"],
  [/^(?:CNY|RMB)$/, "yuan"],
  [/^(?:R\$|BRL)$/, "reais"],
  [/^(?:ZAR)$/, "rand"],
  [/^(?:₱|PHP)$/, "pesos"],
  [/^(?:Rp\.?|IDR)$/, "rupiah"],
  [/^(?:₽|RUB)$/, "roubles"],
  [/^(?:₴|UAH)$/, "hryvnias"],
  [/^(?:₺|TRY)$/, "lira"],
  [/^(?:A\$|AUD|C\$|CAD|HK\$|HKD|NZ\$|NZD|S\$|SGD)$/, "dollars"],
  [/^(?:CHF)$/, "Swiss francs"],
  [/^(?:GHS|GH₵|₵)$/, "cedis"],
  [/^(?:EGP)$/, "Egyptian pounds"],
];

const SIGN_BEFORE =
  /(?:^|[^\p{L}$])(US\$|U\.S\.\s?\$|A\$|C\$|HK\$|NZ\$|S\$|R\$|GH₵|\$|€|£|¥|₹|৳|₦|₱|₽|₴|₺|₵|Rs\.?|Tk\.?|Rp\.?|KSh|Ksh\.?|Sh\.?|USD|EUR|GBP|INR|PKR|NPR|LKR|BDT|NGN|KES|JPY|CNY|RMB|BRL|ZAR|PHP|IDR|RUB|UAH|TRY|AUD|CAD|HKD|NZD|SGD|CHF|GHS|EGP)\s?$/u;

/** Currency words after a number ("dollars", "US dollars", "rupees"); "pounds" is left to weights. */
const WORD_AFTER =
  /^\s+(?:(?:US|U\.S\.|American|Australian|Canadian|Hong Kong|Singapore|New Zealand|Egyptian|Sudanese|Lebanese|Syrian|Swiss|CFA)\s+)?(dollars?|euros?|rupees?|naira|shillings?|baht|riels?|pesos?|rand|taka|yuan|renminbi|dirhams?|riyals?|rials?|dinars?|liras?|lira|rubles?|roubles?|hryvnias?|yen|francs?|cedis?|kwacha|birr|leones?|rupiah|ringgit|reais|soles|kyats?|lari|manats?|tenge|afghanis?|quetzales|lempiras|c[oó]rdobas|bolivianos|guaran[ií]es|dalasis?|pounds\s+sterling)\b/iu;

/** "Aid worth 18 million", "damage valued at about 40 million": the number is an amount, currency or not. */
const WORTH_BEFORE =
  /\b(?:worth|valued at)\s+(?:(?:about|around|some|nearly|almost|roughly|an estimated|more than|over|up to)\s+)?$/i;

const unitOfSign = (sign: string) => SIGNS.find(([pattern]) => pattern.test(sign.replace(/\s+/g, "")))?.[1] ?? "money";
const UNINFLECTED = /^(?:yen|baht|rand|taka|naira|yuan|renminbi|kwacha|birr|rupiah|ringgit|lari|tenge|reais|soles)$/;
const unitOfWord = (word: string) => {
  const w = word.toLowerCase();
  if (w === "pounds sterling") return "pounds";
  if (/^liras?$/.test(w)) return "lira";
  return UNINFLECTED.test(w) || w.endsWith("s") ? w : `${w}s`;
};

/**
 * The unit of the money a number is an amount of ("US dollars", "euros", "rupees"; "money" when only "worth" says
 * so), or undefined when it is not an amount of money.
 *
 * @example
 * moneyUnit("aid worth $18 million for the families of the missing", findNumbers("…")[0]) // "US dollars"
 */
export function moneyUnit(text: string, n: NumberMention): string | undefined {
  if (n.currency) return unitOfSign(n.currency);
  const before = text.slice(Math.max(0, n.start - 30), n.start);
  const sign = SIGN_BEFORE.exec(before);
  if (sign) return unitOfSign(sign[1]!);
  const word = WORD_AFTER.exec(text.slice(n.end, n.end + 40));
  if (word) return unitOfWord(word[1]!);
  if (WORTH_BEFORE.test(before)) return "money";
  return undefined;
}

/** The measures whose figures are amounts of money. */
export const MONEY_MEASURES: ReadonlySet<string> = new Set(["funding"]);
