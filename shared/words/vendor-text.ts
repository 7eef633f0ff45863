/**
 * A vendor's list-valued fields as one line of text each, for the sheets and the CSV alike (issue 22:
 * the sheet wrote "(12 reviews)", the CSV "(12)" and dropped "per seat"). Site and period names are
 * the readable labels, never slugs.
 */
import type { Vendor } from "../schema/vendor";
import { valueLabel } from "./value-labels";

/**
 * @example
 * ratingsText(vendor) //=> "Trustpilot 4.6/5 (1,234 reviews); G2 4.5/5"
 */
export function ratingsText(vendor: Pick<Vendor, "ratings">): string {
  return vendor.ratings
    .map(
      (r) =>
        `${valueLabel(r.source)} ${r.value}/${r.scale}${r.count === undefined ? "" : ` (${reviewsCount(r.count)})`}`,
    )
    .join("; ");
}

/** "1 review", "1,234 reviews": en-US grouping, so a file reads the same wherever it was made. */
export function reviewsCount(count: number): string {
  return `${count.toLocaleString("en-US")} review${count === 1 ? "" : "s"}`;
}

/**
 * @example
 * pricingText(vendor) //=> "Starter: 300 USD a month; Team: 20 USD a month per seat; setup 500 USD"
 */
export function pricingText(vendor: Pick<Vendor, "pricing">): string {
  const plans = vendor.pricing.plans.map(
    (p) => `${p.name}: ${p.price} ${p.currency} ${periodText(p.period)}${p.perSeat ? " per seat" : ""}`,
  );
  if (vendor.pricing.setupFee !== undefined) {
    plans.push(
      `setup ${vendor.pricing.setupFee}${vendor.pricing.currency ? ` ${vendor.pricing.currency}` : ""}`,
    );
  }
  return plans.join("; ");
}

/** "a month", "one-time": how a price's period reads after the amount. */
export function periodText(period: string): string {
  return period === "one-time" ? "one-time" : `a ${period}`;
}

/** "Leeds, West Yorkshire, UK", or undefined when no part is known. */
export function locationText(vendor: Pick<Vendor, "location">): string | undefined {
  const { city, region, country } = vendor.location ?? {};
  const parts = [city, region, country].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(", ") : undefined;
}

/** The certifications in the page's own words: "SOC 2 Type II; ISO 27001". */
export function certificationsText(vendor: Pick<Vendor, "certifications">): string {
  return vendor.certifications.map((c) => c.label).join("; ");
}

/**
 * The vendor's phones as written, one line.
 *
 * @example
 * phonesText(vendor, "; ") //=> "0471 80 60 745; +44 20 7946 0958"
 */
export function phonesText(vendor: Pick<Vendor, "contacts">, separator: string): string {
  return vendor.contacts.phones.map((phone) => phone.shown).join(separator);
}

/**
 * The vendor's phones in E.164, for dialling or another program; a number that has none is left out.
 *
 * @example
 * phonesE164Text(vendor, "; ") //=> "+494718060745; +442079460958"
 */
export function phonesE164Text(vendor: Pick<Vendor, "contacts">, separator: string): string {
  return vendor.contacts.phones.flatMap((phone) => (phone.e164 ? [phone.e164] : [])).join(separator);
}

/**
 * What the side panel says under the phones: each number's international form, and which numbers
 * could not be read as one, so the owner knows to add the country code.
 *
 * @example
 * phonesHint(vendor)
 * //=> "Separate numbers with commas. International: +494718060745. Write 020 7946 0958 with its country code (such as +44): it could not be read as an international number."
 */
export function phonesHint(vendor: Pick<Vendor, "contacts">): string {
  const phones = vendor.contacts.phones;
  const read = phones.flatMap((phone) => (phone.e164 ? [phone.e164] : []));
  const unread = phones.flatMap((phone) => (phone.e164 ? [] : [phone.shown]));
  return [
    "Separate numbers with commas.",
    ...(read.length ? [`International: ${read.join(", ")}.`] : []),
    ...(unread.length
      ? [
          `Write ${unread.join(", ")} with ${unread.length === 1 ? "its" : "their"} country code (such as +44): ${unread.length === 1 ? "it" : "they"} could not be read as an international number.`,
        ]
      : []),
  ].join(" ");
}
