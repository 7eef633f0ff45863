// Price plans from schema.org offers (issue 17, class 2): one plan per priced entry, a bare
// lowPrice/highPrice range kept as a range, never as a plan.
import type { PricePeriod, PricePlan } from "../schema";
import { parseNumber } from "./parse-number";
import { plainText } from "./plain-text";
import { children, type Thing, text } from "./thing";

export interface OfferReading {
  plans: PricePlan[];
  /** "49–199 EUR": an AggregateOffer's lowPrice/highPrice, which names no plan. */
  ranges: string[];
}

const PERIOD_WORDS: [RegExp, PricePeriod][] = [
  [/^(hur|hour|hr|per hour|hourly)/i, "hour"],
  [/^(day|dai|per day)/i, "day"],
  [/^(wee|wk|per week)/i, "week"],
  [/^(mon|p1m|month|per month|mo\b)/i, "month"],
  [/^(qua|p3m)/i, "quarter"],
  [/^(ann|yea|p1y|yr|per year)/i, "year"],
];

/** Charges that come on top of a price (delivery, payment) are not plans. */
const NOT_A_PLAN = new Set(["DeliveryChargeSpecification", "PaymentChargeSpecification"]);

/**
 * The plans an item's offers state. An offer whose `priceSpecification` lists several named, priced
 * entries is one plan per entry (Starter 29/month, Team 79/month); an AggregateOffer with only
 * `lowPrice`/`highPrice` is a range, reported as such and never turned into a plan named after the
 * product. Nested `offers` are read the same way.
 *
 * @example
 * readOffersRaw([aggregateOffer{ lowPrice: 49, highPrice: 199, priceCurrency: "EUR" }], "Ledgerly")
 * //=> { plans: [], ranges: ["49–199 EUR"] }
 */
export function readOffersRaw(offers: Thing[], productName: string): OfferReading {
  const out: OfferReading = { plans: [], ranges: [] };
  for (const offer of offers.slice(0, 50)) readOffer(offer, productName, out, 0);
  out.plans = out.plans.slice(0, 50);
  return out;
}

function readOffer(offer: Thing, productName: string, out: OfferReading, depth: number): void {
  if (depth > 3) return;
  const ownPrice = parseNumber(text(offer, "price"));
  const offerCurrency = currencyOf(offer);
  if (offer.types.includes("AggregateOffer") && ownPrice === undefined) {
    const nested = children(offer, "offers");
    if (nested.length) {
      for (const item of nested.slice(0, 50)) readOffer(item, productName, out, depth + 1);
      return;
    }
  }
  const specs = children(offer, "priceSpecification").filter(
    (spec) => !spec.types.some((type) => NOT_A_PLAN.has(type)) && priceOf(spec) !== undefined,
  );
  const named = specs.filter((spec) => text(spec, "name"));
  const offerName = text(offer, "name") ?? text(children(offer, "itemOffered")[0], "name");
  if (named.length > 1 || (named.length === 1 && ownPrice === undefined && specs.length === 1)) {
    // One plan per named entry: the entry's name is the plan's, the offer's or product's is not.
    for (const spec of named) {
      const plan = planOf(
        text(spec, "name")!,
        priceOf(spec)!,
        currencyOf(spec) ?? offerCurrency,
        spec,
        offer,
      );
      if (plan) out.plans.push(plan);
    }
    return;
  }
  const spec = specs[0];
  const price = ownPrice ?? (spec ? priceOf(spec) : undefined);
  if (price === undefined) {
    const low = parseNumber(text(offer, "lowPrice"));
    const high = parseNumber(text(offer, "highPrice"));
    const currency = offerCurrency ?? (spec ? currencyOf(spec) : undefined);
    if ((low !== undefined || high !== undefined) && currency) {
      out.ranges.push(
        low !== undefined && high !== undefined && high !== low
          ? `${low}–${high} ${currency}`
          : `${low ?? high} ${currency}`,
      );
    }
    return;
  }
  const plan = planOf(
    offerName ?? productName,
    price,
    offerCurrency ?? (spec ? currencyOf(spec) : undefined),
    spec,
    offer,
  );
  if (plan) out.plans.push(plan);
}

function planOf(
  name: string,
  price: number,
  currency: string | undefined,
  spec: Thing | undefined,
  offer: Thing,
): PricePlan | undefined {
  if (!currency) return undefined;
  const unit = text(spec, "unitText", "unitCode", "billingDuration") ?? text(offer, "unitText") ?? "";
  const period = PERIOD_WORDS.find(([pattern]) => pattern.test(unit.trim()))?.[1] ?? "one-time";
  const plan: PricePlan = { name: plainText(name, 120) || "Price", price, currency, period };
  const quantity = children(spec, "referenceQuantity")[0];
  const per = quantity ? text(quantity, "unitText", "unitCode") : text(spec, "referenceQuantity");
  if (/user|seat|member/i.test(`${unit} ${per ?? ""}`)) plan.perSeat = true;
  return plan;
}

function priceOf(spec: Thing): number | undefined {
  return parseNumber(text(spec, "price", "minPrice"));
}

function currencyOf(thing: Thing): string | undefined {
  const currency = text(thing, "priceCurrency")?.toUpperCase();
  return currency && /^[A-Z]{3}$/.test(currency) ? currency : undefined;
}
