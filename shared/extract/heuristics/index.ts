/**
 * The heuristic layer over a page's visible text: contacts, prices, certifications, languages, location and
 * function. On a directory page only the function and languages run, since the rest belongs to the directory
 * or its reviewers.
 */
import type { CountryCode } from "libphonenumber-js";
import type { LayerResult } from "../draft";
import type { PageText, TextBlock } from "../page-text";
import { findCertificationsRaw } from "./certifications";
import {
  confirmLinkPhonesRaw,
  contactsFromLinksRaw,
  findAddressRaw,
  findEmailsRaw,
  findPhonesInTextRaw,
  writtenCountryRaw,
} from "./contacts";
import { findLanguagesRaw } from "./languages";
import { findTimeZoneRaw, locationFromAddressRaw } from "./location";
import { guessFunctionRaw } from "./outsourced-function";
import { guessPricingModelRaw, plansFromBlocksRaw } from "./pricing";

/** How much visible text the heuristics read: enough for any real page, bounded for huge ones. */
export const HEURISTIC_TEXT_LIMIT = 200_000;

/** What the page says about itself beyond its text. */
export interface PageSignals {
  /** The page's own name for itself: title, site name, main heading, logo text. */
  identity: string;
  /** The country its national phone numbers are written for (pageCountryRaw). */
  country?: CountryCode;
}

/**
 * The heuristic layer over the visible text. On a directory page only the outsourced-function
 * guess and stated languages run: its contacts, prices and badges belong to the directory or to reviewers.
 */
export function readHeuristics(
  page: PageText,
  linkHrefs: string[],
  isDirectory: boolean,
  signals: PageSignals = { identity: "" },
): LayerResult {
  const result: LayerResult = { method: "heuristic", vendor: {}, reviews: [] };
  const text = page.text.length > HEURISTIC_TEXT_LIMIT ? page.text.slice(0, HEURISTIC_TEXT_LIMIT) : page.text;
  const guessed = guessFunctionRaw(signals.identity, text);
  if (guessed) result.vendor.function = guessed;
  const languages = findLanguagesRaw(text);
  if (languages.length) result.vendor.languages = languages;
  if (isDirectory) return result;

  const fromLinks = contactsFromLinksRaw(linkHrefs);
  const emails = fromLinks.emails.length ? fromLinks.emails : findEmailsRaw(text);
  const search = findPhonesInTextRaw(text, signals.country);
  const writtenCountry = writtenCountryRaw([...fromLinks.phones, ...search.phones]);
  if (writtenCountry) result.writtenPhoneCountry = writtenCountry;
  let phones = search.phones;
  if (fromLinks.phones.length) {
    const links = confirmLinkPhonesRaw(fromLinks.phones, search.phones, signals.country);
    phones = links.phones;
    if (links.misdialled.length) {
      result.warnings = [
        `Kept the number the page shows instead of its phone link ${links.misdialled.join(", ")}, which dials a number a digit or two away from it. Check the vendor's phone in the library.`,
      ];
    }
  } else if (search.searchCut) {
    result.warnings = [
      "The page has more number-like text than VendorScout searches for phone numbers, so a phone number may be missing; check the vendor's phone in the library.",
    ];
  }
  const address = findAddressRaw(text);
  if (emails.length || phones.length || address) {
    result.vendor.contacts = {
      ...(emails.length ? { emails } : {}),
      ...(phones.length ? { phones } : {}),
      ...(address ? { address } : {}),
    };
  }
  if (address) {
    const location = locationFromAddressRaw(address);
    if (Object.keys(location).length) result.vendor.location = location;
  }
  const certifications = findCertificationsRaw(text);
  if (certifications.length) result.vendor.certifications = certifications;
  const timeZone = findTimeZoneRaw(text);
  if (timeZone) result.vendor.timeZone = timeZone;

  const blocks: TextBlock[] = [];
  let budget = HEURISTIC_TEXT_LIMIT;
  for (const block of page.blocks) {
    budget -= block.text.length;
    if (budget < 0) break;
    blocks.push(block);
  }
  const plans = plansFromBlocksRaw(blocks);
  const model = guessPricingModelRaw(plans, text);
  if (plans.length || model) {
    result.vendor.pricing = {
      plans,
      ...(model ? { model } : {}),
      ...(plans[0] ? { currency: plans[0].currency } : {}),
    };
  }
  return result;
}
