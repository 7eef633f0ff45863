import { type CountryCode, findNumbers, parsePhoneNumberFromString } from "libphonenumber-js";
import { plainText } from "../plain-text";

export const EMAIL = /[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}\.[a-z]{2,24}/gi;
const PLACEHOLDER_DOMAINS =
  /^(example\.(com|org|net)|domain\.com|email\.com|yourdomain\.com|yourcompany\.com|company\.com|test\.com|sentry\.io|wixpress\.com|sentry-next\.wixpress\.com)$/;
const IMAGE_SUFFIX = /\.(png|jpe?g|gif|svg|webp|avif|bmp|ico)$/i;
const PLACEHOLDER_USERS = /^(you|your\.?name|name|email|user|username|john\.?doe|jane\.?doe|someone)$/i;

/**
 * Email addresses in text, lower-cased, de-duplicated, without placeholders (you@domain.com,
 * anything @example.com) or image file names that look like addresses (logo@2x.png).
 *
 * @example
 * findEmailsRaw("Write to hello@brightbooks.com or you@domain.com; icon@2x.png") //=> ["hello@brightbooks.com"]
 */
export function findEmailsRaw(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(EMAIL)) {
    const email = match[0].toLowerCase().replace(/\.+$/, "");
    const [user = "", domain = ""] = email.split("@");
    if (IMAGE_SUFFIX.test(email) || PLACEHOLDER_DOMAINS.test(domain) || PLACEHOLDER_USERS.test(user))
      continue;
    if (/^\d+x$/.test(domain.split(".")[0] ?? "")) continue;
    found.add(email);
    if (found.size >= 20) break;
  }
  return [...found];
}

/** Words that label the number after them as a fax line, in the languages the pages come in. */
const FAX_LABEL = /(?:\bfax|\btelefax|\btélécopie|\btelecopia|\bF)\s*(?:\(\w+\))?\s*[:.]?\s*$/i;
const PHONE_LABEL = /(?:tel|phone|fon|telefon|téléphone|tél|teléfono|call|ruf|mobil\w*)\s*[:.]?\s*$/i;
const NANP_SHAPE = /^(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}$/;

/**
 * Phone numbers in text, found with libphonenumber-js, national numbers read for the page's country
 * (`defaultCountry`, see pageCountryRaw), each kept as shown (label and trailing punctuation
 * stripped, an extension such as "– 0" kept) and de-duplicated by E.164. A number labelled as a fax
 * ("Fax", "Telefax", "F") is not a phone. Without a country only numbers written with their country
 * code, or in the North American shape "(408) 714-1489", are read.
 *
 * @example
 * findPhonesRaw("Tel.: 0471 80 60 745 Fax: 0471 80 60 747", "DE") //=> ["0471 80 60 745"]
 * findPhonesRaw("Call +44 20 7946 0958 or (408) 714-1489") //=> ["+44 20 7946 0958", "(408) 714-1489"]
 * findPhonesRaw("Founded 2014-12-01") //=> []
 */
export function findPhonesRaw(text: string, defaultCountry?: CountryCode): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  for (const match of numbersInWindows(text, defaultCountry ?? "US")) {
    const shown = text.slice(match.startsAt, match.endsAt).trim();
    const before = text.slice(Math.max(0, match.startsAt - 16), match.startsAt);
    // Written without its country code, a run of digits is a phone only in a phone's shape: the
    // trunk prefix ("0471 80 60 745"), the North American form, or a phone label before it.
    // Postcodes ("27580") and rows of dates ("22 23 24 25") are not.
    if (!shown.startsWith("+")) {
      const digits = shown.replace(/\D/g, "").length;
      const shaped = NANP_SHAPE.test(shown) || (defaultCountry !== undefined && /^\(?0/.test(shown));
      if (digits < 7 || !(shaped || (defaultCountry !== undefined && PHONE_LABEL.test(before)))) continue;
    }
    if (FAX_LABEL.test(before)) continue;
    const e164 = match.number.number;
    if (seen.has(e164)) continue;
    seen.add(e164);
    found.push(plainText(shown, 40));
    if (found.length >= 20) break;
  }
  return found;
}

const WINDOW = 1000;
const OVERLAP = 40;

/**
 * libphonenumber-js's findNumbers over the text in windows of 1,000 characters that overlap by 40
 * (longer than any written number): on a long run of number-like text ("+1 2 +1 2 ...") one call over
 * the whole text grows with its square (0.5 s at 50k characters, 4.5 s at 200k); windows keep the
 * work linear (issue 19, finding 2). A number in an overlap is found twice and kept once.
 */
function* numbersInWindows(text: string, defaultCountry: CountryCode) {
  for (let start = 0; start < text.length; start += WINDOW - OVERLAP) {
    const window = text.slice(start, start + WINDOW);
    if (!/\d/.test(window)) continue;
    for (const match of findNumbers(window, { defaultCountry, v2: true })) {
      // A number cut by the window's end is found whole in the next window.
      if (match.endsAt >= window.length - 1 && start + WINDOW < text.length) continue;
      yield { ...match, startsAt: start + match.startsAt, endsAt: start + match.endsAt };
    }
  }
}

/**
 * A phone as shown, in E.164 ("+49 (0) 99 73 84 59 – 0" -> "+49997384590"), read for the page's
 * country when it has no country code; undefined when it is no phone number.
 */
export function phoneE164Raw(shown: string, defaultCountry?: CountryCode): string | undefined {
  return parsePhoneNumberFromString(shown, defaultCountry ?? "US")?.number;
}

/** Phone and email from tel: and mailto: links (the most reliable signal a page gives). */
export function contactsFromLinksRaw(hrefs: string[]): { emails: string[]; phones: string[] } {
  const emails = new Set<string>();
  const phones = new Map<string, string>();
  for (const href of hrefs) {
    if (/^mailto:/i.test(href)) {
      const address = decodeURIComponent(href.slice(7).split("?")[0] ?? "")
        .trim()
        .toLowerCase();
      if (findEmailsRaw(address).length) emails.add(address);
    } else if (/^tel:/i.test(href)) {
      const phone = plainText(safeDecode(href.slice(4)).replace(/^\/+/, ""), 40);
      const digits = phone.replace(/\D/g, "");
      if (digits.length >= 7 && digits.length <= 15 && !phones.has(digits.slice(-9)))
        phones.set(digits.slice(-9), phone);
    }
  }
  return { emails: [...emails].slice(0, 20), phones: [...phones.values()].slice(0, 20) };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export const US_ADDRESS =
  /(?<![\d-])\d{1,6}\s{1,4}(?:(?:[A-Z][\w.'-]{0,30}|\d{1,4}(?:st|nd|rd|th))\s{1,4}){1,5}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Square|Sq|Terrace|Highway|Hwy)\.?(?:,?\s{1,4}(?:Suite|Ste|Unit|Floor|Fl)\.?\s{0,4}#?\w{1,8})?,\s{0,4}[A-Z][\w .'-]{1,40},\s{0,4}[A-Z]{2}\s{1,4}\d{5}(?:-\d{4})?/;
export const UK_ADDRESS =
  /(?<![\d-])\d{1,5}[A-Za-z]?\s{1,4}(?:[A-Z][\w.'-]{0,30}\s{1,4}){1,5}(?:Street|St|Road|Rd|Lane|Avenue|Way|Place|Square|Row|Gardens|Court|Park|Close|Hill|Walk)\b[^.;\n]{0,80}?\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/;

/**
 * A postal address in text: US street/city/state/ZIP or UK street ... postcode.
 *
 * @example
 * findAddressRaw("Visit us at 500 Market Street, Suite 300, San Francisco, CA 94105 today")
 * //=> "500 Market Street, Suite 300, San Francisco, CA 94105"
 */
export function findAddressRaw(text: string): string | undefined {
  return (US_ADDRESS.exec(text) ?? UK_ADDRESS.exec(text))?.[0].trim();
}
