/**
 * The country a page's phone numbers are most likely written for, from its country-code domain or language
 * tag, so national numbers can be read.
 */
import type { CountryCode } from "libphonenumber-js";
import { countryOfHost } from "../../schema/phone";
import { hostOf } from "../registrable-domain";

/**
 * A language tag's region when it has one; otherwise the country a bare language most often means.
 * Bare English names none: "en" is as much India's, Britain's or Australia's as the US's, and reading
 * "9137683343" on an Indian site as +1 913 would store a wrong number (issue 17).
 */
const LANGUAGE_COUNTRIES: Record<string, CountryCode> = {
  de: "DE",
  fr: "FR",
  es: "ES",
  it: "IT",
  nl: "NL",
  pl: "PL",
  pt: "PT",
  sv: "SE",
  da: "DK",
  fi: "FI",
  nb: "NO",
  no: "NO",
  cs: "CZ",
};

/**
 * The country a page's phone numbers are most likely written for, so a national number
 * ("0471 80 60 745") can be read: the host's country-code domain first ("buero-hoppe.de" -> DE,
 * "example.co.uk" -> GB), then the one country of the numbers the page writes with their country code
 * (`written`: an Indian site themed "en-US" writes "+91 ..."), then the page's language tag
 * ("de-AT" -> AT, "fr" -> FR).
 * Undefined when neither says (a .com page without a lang attribute): then only numbers written
 * with their country code are read.
 *
 * @example
 * pageCountryRaw("https://www.markeich.de/kontakt/", undefined) //=> "DE"
 * pageCountryRaw("https://www.caktusgroup.com/blog/", "en-US") //=> "US"
 * pageCountryRaw("https://segment.com/blog/", undefined) //=> undefined
 * pageCountryRaw("https://www.chowhanandsons.com/", "en-US", "IN") //=> "IN"
 */
export function pageCountryRaw(
  pageUrl: string,
  lang: string | undefined,
  written?: CountryCode,
): CountryCode | undefined {
  const byDomain = countryOfHost(hostOf(pageUrl) ?? "");
  if (byDomain) return byDomain;
  if (written) return written;
  const [language, region] = (lang ?? "").trim().toLowerCase().split(/[-_]/);
  if (region && /^[a-z]{2}$/.test(region)) return region.toUpperCase() as CountryCode;
  return language ? LANGUAGE_COUNTRIES[language] : undefined;
}
