/**
 * Finds emails, phone numbers and postal addresses in page text and links, leaving out placeholders, fax
 * lines and digit runs that are not phones.
 */
import { type CountryCode, findNumbers, parsePhoneNumberFromString } from "libphonenumber-js";
import { NANP_SHAPE, readPhone } from "../../schema/phone";
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

/**
 * Phone numbers in text, found with libphonenumber-js, national numbers read for the page's country
 * (`defaultCountry`, see pageCountryRaw), each kept as shown (label and trailing punctuation
 * stripped, an extension such as "– 0" kept) and de-duplicated by E.164. A number labelled as a fax
 * ("Fax", "Telefax", "F") is not a phone. Without a country only numbers written with their country
 * code, or in the North American shape "(408) 714-1489", are read. libphonenumber-js searches only the
 * number-like passages phoneSearchWindowsRaw picks, at most PHONE_SEARCH_BUDGET characters of them;
 * `searchCut` says when the page had more (issue 19, finding 2).
 *
 * @example
 * findPhonesInTextRaw("Tel.: 0471 80 60 745 Fax: 0471 80 60 747", "DE") //=> { phones: ["0471 80 60 745"], searchCut: false }
 * findPhonesInTextRaw("Call +44 20 7946 0958 or (408) 714-1489") //=> { phones: ["+44 20 7946 0958", "(408) 714-1489"], searchCut: false }
 * findPhonesInTextRaw("Founded 2014-12-01") //=> { phones: [], searchCut: false }
 * findPhonesInTextRaw("+1 2 ".repeat(50_000)) //=> { phones: [], searchCut: true }
 */
export function findPhonesInTextRaw(
  text: string,
  defaultCountry?: CountryCode,
): { phones: string[]; searchCut: boolean } {
  const found: string[] = [];
  const seen = new Set<string>();
  const search = phoneSearchWindowsRaw(text);
  for (const match of numbersInWindows(text, search.windows, defaultCountry ?? "US")) {
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
  return { phones: found, searchCut: search.cut };
}

/**
 * The phone numbers in text (findPhonesInTextRaw without the note on a cut search).
 *
 * @example
 * findPhonesRaw("Tel.: 0471 80 60 745 Fax: 0471 80 60 747", "DE") //=> ["0471 80 60 745"]
 * findPhonesRaw("Call +44 20 7946 0958 or (408) 714-1489") //=> ["+44 20 7946 0958", "(408) 714-1489"]
 * findPhonesRaw("Founded 2014-12-01") //=> []
 */
export function findPhonesRaw(text: string, defaultCountry?: CountryCode): string[] {
  return findPhonesInTextRaw(text, defaultCountry).phones;
}

/**
 * A run of the characters libphonenumber-js reads as part of a number: its digits (ASCII, full-width,
 * Arabic-Indic), plus signs and punctuation (VALID_DIGITS, PLUS_CHARS and VALID_PUNCTUATION in its
 * constants.js). A character class repeated with nothing after it cannot backtrack: linear in the text.
 */
const NUMBER_RUN =
  /[0-9\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9+\uFF0B\-\u2010-\u2015\u2212\u30FC\uFF0D\uFF0F/\uFF0E. \xA0\xAD\u200B\u2060\u3000()\uFF08\uFF09\uFF3B\uFF3D[\]~\u2053\u223C\uFF5E]+/g;
const DIGIT = /[0-9\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9]/g;
/** The shortest number written with its country code has 7 digits ("+683 4002", Niue). */
const MIN_DIGITS = 7;
/** A run longer than any written number (a table of figures, "+1 2 +1 2 ...") is searched in pieces. */
const RUN_PIECE = 80;
/** After a run: room for an extension ("ext. 1234"); after a piece: for a number starting at its end. */
const AFTER_RUN = 24;
const AFTER_PIECE = 40;
/**
 * Characters handed to libphonenumber-js per page at most. It reads about 15 to 40 µs a character
 * (measured on runs of "+1 2 " and "123 "), so a page's phone search stays well under half a second;
 * a real page's number-like passages (phones, dates, order numbers) come to a few thousand characters.
 */
export const PHONE_SEARCH_BUDGET = 10_000;

export interface PhoneSearchWindow {
  /** The text handed to findNumbers: [from, to). */
  from: number;
  to: number;
  /** A number is taken from this window only when it starts in [ownsFrom, ownsTo), so each is read once. */
  ownsFrom: number;
  ownsTo: number;
}

/**
 * Where phone numbers can be, found in one linear pass: each run of number characters with at least 7
 * digits, and a character before it (so libphonenumber-js sees what the number follows) and room for
 * an extension after it. A run longer than RUN_PIECE is cut into pieces, each searched with 40
 * characters more, longer than any number, so a number across a cut is read whole from its start's
 * piece. Runs of a number's length come first, pieces of long runs after them, and windows are taken
 * until PHONE_SEARCH_BUDGET characters: `cut` says some were left out. Windows come back in page order.
 *
 * @example
 * phoneSearchWindowsRaw("Tel 0471 80 60 745, since 2014")
 * //=> { windows: [{ from: 2, to: 42, ownsFrom: 3, ownsTo: 19 }], cut: false }
 */
export function phoneSearchWindowsRaw(text: string): { windows: PhoneSearchWindow[]; cut: boolean } {
  const short: PhoneSearchWindow[] = [];
  const pieces: PhoneSearchWindow[] = [];
  for (const run of text.matchAll(NUMBER_RUN)) {
    const start = run.index;
    const end = start + run[0].length;
    if ((run[0].match(DIGIT)?.length ?? 0) < MIN_DIGITS) continue;
    if (end - start <= RUN_PIECE) {
      short.push(searchWindow(text, start, end, end + AFTER_RUN));
      continue;
    }
    for (let from = start; from < end; from += RUN_PIECE) {
      const to = Math.min(end, from + RUN_PIECE);
      pieces.push(searchWindow(text, from, to, to === end ? end + AFTER_RUN : to + AFTER_PIECE));
    }
  }
  const windows: PhoneSearchWindow[] = [];
  let budget = PHONE_SEARCH_BUDGET;
  for (const candidate of [...short, ...pieces]) {
    budget -= candidate.to - candidate.from;
    if (budget < 0) break;
    windows.push(candidate);
  }
  windows.sort((a, b) => a.ownsFrom - b.ownsFrom);
  return { windows, cut: windows.length < short.length + pieces.length };
}

function searchWindow(text: string, ownsFrom: number, ownsTo: number, to: number): PhoneSearchWindow {
  return { from: Math.max(0, ownsFrom - 1), to: Math.min(text.length, to), ownsFrom, ownsTo };
}

/**
 * libphonenumber-js's findNumbers over each window: one call over a whole run of number-like text grew
 * with its square (4.5 s at 200k characters), and even in windows it reads every character slowly, so
 * only the windows phoneSearchWindowsRaw picked are read (issue 19, finding 2).
 */
function* numbersInWindows(text: string, windows: PhoneSearchWindow[], defaultCountry: CountryCode) {
  for (const { from, to, ownsFrom, ownsTo } of windows) {
    for (const match of findNumbers(text.slice(from, to), { defaultCountry, v2: true })) {
      const startsAt = from + match.startsAt;
      const endsAt = from + match.endsAt;
      if (startsAt < ownsFrom || startsAt >= ownsTo) continue;
      // Cut by the window's end: the number goes on past what was searched.
      if (endsAt >= to && to < text.length && NUMBER_RUN_CHAR.test(text[to]!)) continue;
      yield { ...match, startsAt, endsAt };
    }
  }
}

const NUMBER_RUN_CHAR = new RegExp(`^${NUMBER_RUN.source.replace(/\+$/, "")}$`);

/**
 * The phones of tel: links, checked against the numbers the page's text shows: a link that dials a
 * near miss of a shown number (same country code, national numbers one or two digits apart: a typo
 * in the href, as zooroyal.de's footer links "tel:0221177731000" around the "0221/1773-1000" it shows)
 * gives way to the shown number, since the number the vendor shows is the one it publishes. A link
 * whose number the text does not show at all (a phone icon, "Call sales") is kept. Returns the phones
 * and the links that gave way.
 *
 * @example
 * confirmLinkPhonesRaw(["0221177731000", "+4922117731000"], ["0221/1773-1000"], "DE")
 * //=> { phones: ["0221/1773-1000", "+4922117731000"], misdialled: ["0221177731000"] }
 */
export function confirmLinkPhonesRaw(
  linkPhones: readonly string[],
  shownPhones: readonly string[],
  country: CountryCode | undefined,
): { phones: string[]; misdialled: string[] } {
  const shown = shownPhones.flatMap((written) =>
    nationalParts(readPhone(written, country).e164).map((parts) => ({ ...parts, written })),
  );
  const phones: string[] = [];
  const misdialled: string[] = [];
  for (const link of linkPhones) {
    const [dialled] = nationalParts(readPhone(link, country).e164);
    const meant =
      dialled === undefined || shown.some((number) => number.e164 === dialled.e164)
        ? undefined
        : shown.find(
            (number) =>
              number.callingCode === dialled.callingCode &&
              digitsApart(number.national, dialled.national) <= 2,
          );
    if (meant) misdialled.push(link);
    phones.push(meant ? meant.written : link);
  }
  return { phones, misdialled };
}

/** An E.164 number's country calling code and national number, for comparing two within one country. */
function nationalParts(e164: string | undefined): { e164: string; callingCode: string; national: string }[] {
  const number = e164 === undefined ? undefined : parsePhoneNumberFromString(e164);
  return number && e164
    ? [{ e164, callingCode: number.countryCallingCode, national: number.nationalNumber }]
    : [];
}

/**
 * The one country the numbers written with their country code belong to ("+91 90294 69931" -> IN),
 * or undefined when there are none or they name several.
 *
 * @example
 * writtenCountryRaw(["+91 90294 69931", "9137683343", "+91 99870 28576"]) //=> "IN"
 * writtenCountryRaw(["+44 20 7946 0958", "+49 471 8060745"]) //=> undefined
 */
export function writtenCountryRaw(phones: readonly string[]): CountryCode | undefined {
  const countries = new Set(
    phones.flatMap((phone) =>
      /^\+/.test(phone.trim()) ? (parsePhoneNumberFromString(phone)?.country ?? []) : [],
    ),
  );
  return countries.size === 1 ? [...countries][0] : undefined;
}

/** Levenshtein distance between two digit strings, counted only up to 3 ("more than two apart"). */
function digitsApart(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return Math.min(previous[b.length]!, 3);
}

/** An address has at most 254 characters (RFC 5321, 4.5.3.1.3); percent-encoded, three times that. */
const MAX_ENCODED_ADDRESS = 3 * 254;
/** A tel: link longer than this holds no phone number (15 digits, an extension and punctuation). */
const MAX_TEL_HREF = 100;

/**
 * Phone and email from tel: and mailto: links (the most reliable signal a page gives). A link too long
 * to hold an address or a number is skipped before it is decoded or searched: a page's 2.5 MB mailto:
 * link once cost a second in the email pattern (issue 19, finding 2).
 */
export function contactsFromLinksRaw(hrefs: string[]): { emails: string[]; phones: string[] } {
  const emails = new Set<string>();
  const phones = new Map<string, string>();
  for (const href of hrefs) {
    if (/^mailto:/i.test(href)) {
      const query = href.indexOf("?", 7);
      const encoded = href.slice(7, query < 0 ? undefined : query);
      if (encoded.length > MAX_ENCODED_ADDRESS) continue;
      const address = safeDecode(encoded).trim().toLowerCase();
      if (findEmailsRaw(address).length) emails.add(address);
    } else if (/^tel:/i.test(href)) {
      if (href.length > MAX_TEL_HREF) continue;
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
