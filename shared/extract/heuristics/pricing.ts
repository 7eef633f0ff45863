/**
 * Finds prices with currency and period in page text, and price plans named after the heading above them; a
 * figure in prose is not a plan.
 */
import type { PricePeriod, PricePlan } from "../../schema";
import type { PricingModel } from "../draft";
import type { TextBlock } from "../page-text";
import { parseNumber } from "../parse-number";

const SYMBOLS: Record<string, string> = {
  $: "USD",
  US$: "USD",
  "€": "EUR",
  "£": "GBP",
  "¥": "JPY",
  "₹": "INR",
  A$: "AUD",
  C$: "CAD",
  AU$: "AUD",
  CA$: "CAD",
};
const CODES = "USD|EUR|GBP|INR|AUD|CAD|CHF|JPY|NZD|SGD|ZAR|SEK|NOK|DKK|PLN";
// Every repetition is bounded (at most four thousands groups, nine plain digits), so a match reads at
// most a few dozen characters from where it starts: a run of "123 123 123 ..." used to make each
// attempt re-read the whole run, quadratic in the page (issue 19, finding 2: 444 ms at 64k characters).
// The amount must not follow another digit, so a long digit run is tried once, not at every digit.
const AMOUNT =
  "(?<![\\d.,])(?:\\d{1,3}(?:[,.\\s]\\d{3}){1,4}(?:[.,]\\d{1,2})?|\\d{1,9}(?:[.,]\\d{1,2})?)(?!\\d)";
export const PRICE = new RegExp(
  `(?:(US\\$|AU\\$|CA\\$|A\\$|C\\$|\\$|€|£|¥|₹)\\s?|\\b(${CODES})\\s?)(${AMOUNT})([kK]\\b)?|(${AMOUNT})\\s?(€|\\b(?:${CODES})\\b)`,
  "g",
);
export const RANGE_HIGH = /^\s{0,4}(?:-|–|to)\s{0,4}(?:US\$|\$|€|£)?\s?\d[\d,.]{0,20}\s?(?:k\b)?/i;
const PERIOD =
  /^\s*(?:\+\s*VAT\s*)?(?:(?:\/|per|an?|each|every)\s*)?(?:(?:user|seat|employee|member|person|head)s?\s*(?:\/|per|an?|each)?\s*)?(hour|hr|h|day|week|wk|month|mo|quarter|year|yr|annum|annually|monthly|yearly|hourly|weekly|daily|one[- ]off|one[- ]time)\b/i;
const MAGNITUDE =
  /^\s*(?:billion|million|trillion|thousand|bn|mn|m\b|mm\b|mio\.?|mrd\.?|milliarden?|millionen|millions?|milliards?|millones|mil millones)\b/i;
/** A paragraph this long is prose: a price in it is a figure, not a plan. */
const PROSE_BLOCK = 160;
/**
 * A plan card leads with its price or puts a short label before it ("Setup fee $500", "ab 94,00 €",
 * "Free forever: $0/month"); a price after this many words sits inside a sentence, however short the
 * sentence ("I guess I'm asking for $120,000 a year." in a podcast transcript, issue 17, class 10).
 */
const SENTENCE_WORDS = 5;
const PERIODS: Record<string, PricePeriod> = {
  hour: "hour",
  hr: "hour",
  h: "hour",
  hourly: "hour",
  day: "day",
  daily: "day",
  week: "week",
  wk: "week",
  weekly: "week",
  month: "month",
  mo: "month",
  monthly: "month",
  quarter: "quarter",
  year: "year",
  yr: "year",
  annum: "year",
  annually: "year",
  yearly: "year",
};

export interface FoundPrice {
  price: number;
  currency: string;
  period: PricePeriod;
  perSeat: boolean;
  index: number;
}

/**
 * Prices with currency and period in a piece of text: "$49/month", "€1,200 per year",
 * "£35 an hour", "from $99 per user per month" (perSeat), "$25 - $49 / hr" (the low end).
 * A price without a period word is one-time.
 *
 * @example
 * findPricesRaw("from $99 per user per month")
 * //=> [{ price: 99, currency: "USD", period: "month", perSeat: true, index: 5 }]
 */
export function findPricesRaw(text: string): FoundPrice[] {
  const found: FoundPrice[] = [];
  for (const match of text.matchAll(PRICE)) {
    const symbol = match[1];
    const code = match[2] ?? match[6]?.trim();
    const currency = symbol ? SYMBOLS[symbol] : code === "€" ? "EUR" : code;
    const amount = parseNumber(match[3] ?? match[5]);
    if (!currency || amount === undefined) continue;
    const price = match[4] ? amount * 1000 : amount;
    let tail = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 60);
    // "the $91 billion U.S. staffing industry" is a figure in prose, not a price (issue 17, class 10).
    if (MAGNITUDE.test(tail)) continue;
    const range = RANGE_HIGH.exec(tail);
    if (range) tail = tail.slice(range[0].length);
    const period = PERIOD.exec(tail);
    const seatWindow = tail.slice(0, period ? period[0].length + 20 : 25);
    found.push({
      price,
      currency,
      period: period ? (PERIODS[period[1]!.toLowerCase()] ?? "one-time") : "one-time",
      perSeat: /(?:\bper|\/|\ba|\beach)\s*(?:user|seat|employee|member|person|head)\b/i.test(seatWindow),
      index: match.index ?? 0,
    });
    if (found.length >= 50) break;
  }
  return found;
}

/**
 * Price plans from the page's text blocks, each named after the nearest heading or card title
 * above it ("Starter", "Growth"); a heading keeps only its first price.
 */
export function plansFromBlocksRaw(blocks: TextBlock[]): PricePlan[] {
  const plans: PricePlan[] = [];
  const named = new Set<string>();
  for (const block of blocks) {
    for (const found of findPricesRaw(block.text)) {
      // "0.00 USD" on an invoice or a form is not a price plan; "$0/month" (a free tier) is.
      if (found.price === 0 && found.period === "one-time") continue;
      // A figure inside running prose ("rund 2700 €", "we should charge like $10 a month") is no
      // plan, however short the paragraph, and neither is a price nothing names: a plan sits under its
      // card's title.
      if (block.text.length > PROSE_BLOCK || block.heading === undefined) continue;
      if (wordsBefore(block.text, found.index) >= SENTENCE_WORDS) continue;
      const name = block.heading;
      const key = `${name}\u0000${found.currency}`;
      if (named.has(key)) continue;
      named.add(key);
      const plan: PricePlan = { name, price: found.price, currency: found.currency, period: found.period };
      if (found.perSeat) plan.perSeat = true;
      plans.push(plan);
      if (plans.length >= 50) return plans;
    }
  }
  return plans;
}

function wordsBefore(text: string, index: number): number {
  return text
    .slice(0, index)
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word)).length;
}

/**
 * The pricing model the plans suggest; "quote" when there are no prices but the page asks for a quote.
 *
 * @example
 * guessPricingModelRaw([{ name: "Team", price: 12, currency: "USD", period: "month", perSeat: true }], "") //=> "per-seat"
 * guessPricingModelRaw([], "Request a quote") //=> "quote"
 */
export function guessPricingModelRaw(plans: PricePlan[], text: string): PricingModel | undefined {
  if (plans.some((plan) => plan.perSeat)) return "per-seat";
  if (plans.some((plan) => plan.period === "hour" || plan.period === "day")) return "hourly";
  if (
    plans.some(
      (plan) =>
        plan.period === "month" ||
        plan.period === "year" ||
        plan.period === "quarter" ||
        plan.period === "week",
    )
  ) {
    return "monthly";
  }
  if (plans.length > 0) return "fixed";
  if (
    /\b(?:request a quote|get a quote|custom pricing|contact (?:us|sales) for pricing|bespoke pricing)\b/i.test(
      text,
    )
  ) {
    return "quote";
  }
  return undefined;
}
