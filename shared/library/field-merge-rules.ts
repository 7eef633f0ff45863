/**
 * One job: the per-field rules a merge follows: which capture layer outranks which, and how lists
 * unite.
 */
import type { CaptureMethod, Provenance } from "../schema/common";
import { type Phone, phoneKey } from "../schema/phone";
import type { Certification, Contacts, PricePlan, Pricing, SourceRating } from "../schema/vendor";

/**
 * Capture layers from most to least trusted (DESIGN.md, Capture). "import" carries no layer of its own,
 * so it ranks last; "manual" never takes part in ranking because an owner edit is never replaced.
 */
const LAYER_ORDER: readonly CaptureMethod[] = [
  "json-ld",
  "microdata",
  "opengraph",
  "meta",
  "adapter",
  "heuristic",
  "selection",
  "import",
];

/**
 * Rank of a capture method: lower is more trusted.
 *
 * @example
 * layerRank("json-ld") //=> 0
 * layerRank("selection") //=> 6
 */
export function layerRank(method: CaptureMethod): number {
  const index = LAYER_ORDER.indexOf(method);
  return index === -1 ? LAYER_ORDER.length : index;
}

/**
 * Whether an incoming captured value may replace a stored one, given where each came from.
 * A stored value without provenance may have been typed by the owner before provenance existed
 * (version-1 libraries), so it is kept.
 *
 * @example
 * mayReplace({ method: "meta", capturedAt: t0 }, { method: "json-ld", capturedAt: t1 }) //=> true
 * mayReplace({ method: "manual", capturedAt: t0 }, { method: "json-ld", capturedAt: t1 }) //=> false
 */
export function mayReplace(stored: Provenance | undefined, incoming: Provenance): boolean {
  if (stored === undefined || stored.method === "manual") return false;
  if (incoming.method === "manual") return true;
  if (layerRank(incoming.method) < layerRank(stored.method)) return true;
  return samePageNewer(stored, incoming);
}

/**
 * True when both values come from the same page and the incoming one was captured later: a re-clip of
 * a page refreshes what that page said, whatever its layer.
 *
 * @example
 * samePageNewer({ url: "https://a.com/", capturedAt: "2026-01-01T00:00:00Z", method: "meta" },
 *               { url: "https://a.com/", capturedAt: "2026-02-01T00:00:00Z", method: "heuristic" })
 * //=> true
 */
export function samePageNewer(stored: Provenance, incoming: Provenance): boolean {
  return (
    stored.url !== undefined &&
    stored.url === incoming.url &&
    Date.parse(incoming.capturedAt) > Date.parse(stored.capturedAt)
  );
}

/** Whether a field holds nothing worth keeping, so any captured value may fill it. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.values(value).every(isEmptyValue);
  return false;
}

/**
 * Appends the incoming items whose key is not yet present, keeping the stored order and at most `max`.
 *
 * @example
 * unionBy(["English"], ["english", "German"], (l) => l.toLowerCase(), 30) //=> ["English", "German"]
 */
export function unionBy<T>(
  stored: readonly T[],
  incoming: readonly T[],
  key: (item: T) => string,
  max: number,
): T[] {
  const seen = new Set(stored.map(key));
  const out = [...stored];
  for (const item of incoming) {
    const itemKey = key(item);
    if (seen.has(itemKey)) continue;
    seen.add(itemKey);
    out.push(item);
  }
  return out.slice(0, max);
}

export const languageKey = (language: string) => language.trim().toLowerCase();
export const certificationKey = (cert: Certification) =>
  cert.kind === "other" ? `other:${cert.label.trim().toLowerCase()}` : cert.kind;
const planKey = (plan: PricePlan) => `${plan.name.trim().toLowerCase()}|${plan.period}|${plan.currency}`;

/**
 * Contacts merged without duplicates: e-mails compared case-insensitively, phones by E.164 (or by
 * their digits when one has none, `phoneKey`); the address is only filled, never replaced (it has no
 * layer of its own).
 *
 * @example
 * mergeContacts({ emails: ["a@x.com"], phones: [{ shown: "020 7946 0958", e164: "+442079460958" }] },
 *               { emails: ["A@x.com"], phones: [{ shown: "+44 20 7946 0958", e164: "+442079460958" }] })
 * //=> { emails: ["a@x.com"], phones: [{ shown: "020 7946 0958", e164: "+442079460958" }] }
 */
export function mergeContacts(stored: Contacts, incoming: Contacts): Contacts {
  const merged: Contacts = {
    ...stored,
    emails: unionBy(stored.emails, incoming.emails, (email) => email.toLowerCase(), 20),
    // Each side first learns the other's E.164 for a number written with the same digits, so a number
    // read on one page and not on another is still one phone.
    phones: unionBy(
      withE164From(incoming.phones, stored.phones),
      withE164From(stored.phones, incoming.phones),
      phoneKey,
      20,
    ),
  };
  if (merged.address === undefined && incoming.address !== undefined) merged.address = incoming.address;
  return merged;
}

/**
 * `phones`, each without E.164 taking it from one of `other` written with the same digits: a number
 * kept before phones had E.164 (or read on a page that named no country) learns it from one that was
 * read, and the two are then one number.
 *
 * @example
 * withE164From([{ shown: "0471 80-60-745", e164: "+494718060745" }], [{ shown: "0471 80 60 745" }])
 * //=> [{ shown: "0471 80 60 745", e164: "+494718060745" }]
 */
function withE164From(other: readonly Phone[], phones: readonly Phone[]): Phone[] {
  const byDigits = new Map(
    other.flatMap((phone) => (phone.e164 ? [[digitsOf(phone), phone.e164] as const] : [])),
  );
  return phones.map((phone) => {
    const e164 = phone.e164 ?? byDigits.get(digitsOf(phone));
    return e164 === undefined ? phone : { ...phone, e164 };
  });
}

const digitsOf = (phone: Phone) => phone.shown.replace(/\D/g, "");

/**
 * Pricing merged plan by plan (a plan is its name, period and currency): a plan seen again takes the
 * incoming price when `refresh` is true (the incoming capture is not older), new plans are added, and
 * model, setup fee and currency are filled when empty or replaced when `refresh` is true.
 *
 * @example
 * mergePricing({ plans: [{ name: "Basic", price: 10, currency: "USD", period: "month" }] },
 *              { plans: [{ name: "basic", price: 12, currency: "USD", period: "month" }] }, true).plans[0].price
 * //=> 12
 */
export function mergePricing(stored: Pricing, incoming: Pricing, refresh: boolean): Pricing {
  const plans = [...stored.plans];
  const index = new Map(plans.map((plan, position) => [planKey(plan), position]));
  for (const plan of incoming.plans) {
    const position = index.get(planKey(plan));
    if (position === undefined) {
      index.set(planKey(plan), plans.length);
      plans.push(plan);
    } else if (refresh) {
      plans[position] = plan;
    }
  }
  const merged: Pricing = { ...stored, plans: plans.slice(0, 50) };
  for (const key of ["model", "setupFee", "currency"] as const) {
    const value = incoming[key];
    if (value === undefined) continue;
    if (merged[key] === undefined || refresh) Object.assign(merged, { [key]: value });
  }
  return merged;
}

/**
 * One rating per source, latest wins; a stored rating captured later than the incoming one stays.
 *
 * @example
 * mergeRatings([{ source: "g2", value: 4, scale: 5, capturedAt: "2026-01-01T00:00:00Z" }],
 *              [{ source: "g2", value: 4.5, scale: 5, capturedAt: "2026-03-01T00:00:00Z" }])
 * //=> [{ source: "g2", value: 4.5, scale: 5, capturedAt: "2026-03-01T00:00:00Z" }]
 */
export function mergeRatings(
  stored: readonly SourceRating[],
  incoming: readonly SourceRating[],
): SourceRating[] {
  const bySource = new Map<string, SourceRating>();
  for (const rating of [...stored, ...incoming]) {
    const current = bySource.get(rating.source);
    if (current === undefined || Date.parse(rating.capturedAt) >= Date.parse(current.capturedAt)) {
      bySource.set(rating.source, rating);
    }
  }
  return [...bySource.values()].slice(0, 30);
}
