/**
 * The country a page's phone numbers are most likely written for, from its country-code domain or language
 * tag, so national numbers can be read.
 */
import type { CountryCode } from "libphonenumber-js";
import { hostOf } from "../registrable-domain";

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
/** A language tag's region when it has one; otherwise the country a bare language most often means. */
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
  en: "US",
};

/**
 * The country a page's phone numbers are most likely written for, so a national number
 * ("0471 80 60 745") can be read: the host's country-code domain first ("buero-hoppe.de" -> DE,
 * "example.co.uk" -> GB), then the page's language tag ("de-AT" -> AT, "fr" -> FR).
 * Undefined when neither says (a .com page without a lang attribute): then only numbers written
 * with their country code are read.
 *
 * @example
 * pageCountryRaw("https://www.markeich.de/kontakt/", undefined) //=> "DE"
 * pageCountryRaw("https://www.caktusgroup.com/blog/", "en-US") //=> "US"
 * pageCountryRaw("https://segment.com/blog/", undefined) //=> undefined
 */
export function pageCountryRaw(pageUrl: string, lang: string | undefined): CountryCode | undefined {
  const host = hostOf(pageUrl) ?? "";
  const tld = host.split(".").pop() ?? "";
  if (CCTLD_COUNTRIES.has(tld)) return (tld === "uk" ? "GB" : tld.toUpperCase()) as CountryCode;
  const [language, region] = (lang ?? "").trim().toLowerCase().split(/[-_]/);
  if (region && /^[a-z]{2}$/.test(region)) return region.toUpperCase() as CountryCode;
  return language ? LANGUAGE_COUNTRIES[language] : undefined;
}
