/**
 * A vendor's phone number as it was written and in E.164 (issue 17), and how a written number is read
 * for the country it belongs to.
 */
import { type CountryCode, getCountryCallingCode, parsePhoneNumberFromString } from "libphonenumber-js";
import * as z from "zod";
import { lineSchema } from "./common";

/** "+", a country code and the number, 15 digits at most (ITU-T E.164). */
export const e164Schema = z
  .string()
  .regex(/^\+[1-9]\d{6,14}$/, "must be an international number such as +442079460958");

const phoneObjectSchema = z.object({
  /** The number as the page or the owner wrote it ("0471 80 60 745"): what the owner sees. */
  shown: lineSchema(40),
  /**
   * The same number in E.164 ("+494718060745"), for dialling and matching; absent when the number
   * could not be read as a valid one (no country code and no country known: wrong is worse than missing).
   */
  e164: e164Schema.optional(),
});

/**
 * A phone number. A bare string is a number as VendorScout kept it before vendor version 3 (an older
 * extension answering the bridge): it is read as written, with E.164 only when it carries its country
 * code or has the North American shape, since no country comes with it (`readPhone`).
 */
export const phoneSchema = z.union([
  phoneObjectSchema,
  lineSchema(40).transform((shown): Phone => readPhone(shown)),
]);
export type Phone = z.infer<typeof phoneObjectSchema>;

/** Numbers in the North American shape, "(408) 714-1489" or "408-714-1489": read as +1 without a country. */
export const NANP_SHAPE = /^(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}$/;

/** A North American number with its area code in brackets: "(408) 714-1489" (area codes start 2-9). */
const NANP_AREA_CODE = /^\([2-9]\d{2}\)\s?\d{3}[\s.-]\d{4}$/;

/** Country-code top-level domains that stand for their country (not .io, .co, .fm, .tv, .me). */
const CCTLD_COUNTRIES = new Set([
  "at",
  "au",
  "be",
  "br",
  "ca",
  "ch",
  "cl",
  "cz",
  "de",
  "dk",
  "es",
  "fi",
  "fr",
  "ie",
  "in",
  "it",
  "mx",
  "nl",
  "no",
  "nz",
  "pl",
  "pt",
  "se",
  "uk",
  "za",
]);

/**
 * The country a host's country-code domain stands for, or undefined for a generic one.
 *
 * @example
 * countryOfHost("www.buero-hoppe.de") //=> "DE"
 * countryOfHost("example.co.uk") //=> "GB"
 * countryOfHost("segment.com") //=> undefined
 */
export function countryOfHost(host: string): CountryCode | undefined {
  const tld = host.toLowerCase().split(".").pop() ?? "";
  if (!CCTLD_COUNTRIES.has(tld)) return undefined;
  return (tld === "uk" ? "GB" : tld.toUpperCase()) as CountryCode;
}

/**
 * A written number with its E.164 form when it reads as a valid number: with its country code, for
 * `country` when it has none, or as a North American number in that shape when no country is known.
 * A number libphonenumber-js does not hold valid keeps no E.164 rather than a wrong one.
 *
 * @example
 * readPhone("0471 80 60 745", "DE") //=> { shown: "0471 80 60 745", e164: "+494718060745" }
 * readPhone("+44 20 7946 0958") //=> { shown: "+44 20 7946 0958", e164: "+442079460958" }
 * readPhone("(408) 714-1489") //=> { shown: "(408) 714-1489", e164: "+14087141489" }
 * readPhone("020 7946 0958") //=> { shown: "020 7946 0958" }
 * readPhone("(408) 714-1489", "DE") //=> { shown: "(408) 714-1489" }
 */
export function readPhone(shown: string, country?: CountryCode): Phone {
  const written = shown.trim();
  // "(408) 714-1489" is North American wherever it is printed: read for Germany it would become a
  // valid-looking +49 408 number. Without +1 it is no number of a country outside that plan.
  if (country && NANP_AREA_CODE.test(written) && getCountryCallingCode(country) !== "1")
    return { shown: written };
  const defaultCountry = country ?? (NANP_SHAPE.test(written) ? "US" : undefined);
  const number = parsePhoneNumberFromString(written, defaultCountry ? { defaultCountry } : {});
  return number?.isValid() ? { shown: written, e164: number.number } : { shown: written };
}

/**
 * What makes two phones the same number: E.164 when both have it, otherwise the digits written.
 *
 * @example
 * phoneKey({ shown: "020 7946 0958", e164: "+442079460958" }) //=> "+442079460958"
 * phoneKey({ shown: "020 7946 0958" }) //=> "02079460958"
 */
export function phoneKey(phone: Phone): string {
  return phone.e164 ?? (phone.shown.replace(/[^\d+]/g, "") || phone.shown.toLowerCase());
}

/**
 * The country a vendor's numbers written without a country code belong to: its website's
 * country-code domain, or else the country of the first of its numbers that has one.
 *
 * @example
 * phoneCountryOf([{ shown: "+49 221 177310", e164: "+49221177310" }], "https://acme.com/") //=> "DE"
 * phoneCountryOf([], "https://www.buero-hoppe.de/") //=> "DE"
 */
export function phoneCountryOf(
  phones: readonly Phone[],
  website: string | undefined,
): CountryCode | undefined {
  const byWebsite = website ? countryOfHost(hostOfUrl(website)) : undefined;
  if (byWebsite) return byWebsite;
  for (const phone of phones) {
    const country = phone.e164 ? parsePhoneNumberFromString(phone.e164)?.country : undefined;
    if (country) return country;
  }
  return undefined;
}

/**
 * Numbers as written (by the owner, or by an older VendorScout) read again as phones: one written as
 * a known phone was keeps that phone's E.164; any other is read for the vendor's country
 * (`phoneCountryOf` over the known phones and the new numbers that carry their country code).
 *
 * @example
 * readPhones(["+49 221 177310", "0471 80 60 745"], [], undefined)
 * //=> [{ shown: "+49 221 177310", e164: "+49221177310" }, { shown: "0471 80 60 745", e164: "+494718060745" }]
 */
export function readPhones(
  shown: readonly string[],
  known: readonly Phone[],
  website: string | undefined,
): Phone[] {
  const byShown = new Map(known.map((phone) => [phone.shown, phone]));
  const country = phoneCountryOf([...known, ...shown.map((written) => readPhone(written))], website);
  return shown.map((written) => byShown.get(written.trim()) ?? readPhone(written, country));
}

function hostOfUrl(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return "";
  }
}
