import { plainText } from "../plain-text";

const EMAIL = /[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}/gi;
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

const PHONE_PATTERNS: RegExp[] = [
  // International: +44 20 7946 0958, +1 (415) 555-0132, +91 90294 69931
  /\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,5}(?:[\s.-]\d{2,5}){1,4}/g,
  // North American national: (408) 714-1489, 415-555-0132, 415.555.0132
  /\(\d{3}\)\s?\d{3}[\s.-]\d{4}|\b\d{3}[.-]\d{3}[.-]\d{4}\b/g,
  // Trunk-prefixed national: 020 7946 0958, 0161 496 0000, 01632 960 001
  /\b0\d{2,4}\s\d{3,4}\s\d{3,4}\b/g,
  // Bare digits only right after a phone word: "Call now: 9029469931"
  /(?<=(?:call|phone|tel|telephone|mobile|whatsapp)(?:\s+(?:us|now))?\s*[:.]?\s*)\d{10,12}\b/gi,
];

/**
 * Phone numbers in text, international and national forms, 7-15 digits, de-duplicated by digits.
 *
 * @example
 * findPhonesRaw("Call +44 20 7946 0958 or (408) 714-1489") //=> ["+44 20 7946 0958", "(408) 714-1489"]
 * findPhonesRaw("Founded 2014-12-01") //=> []
 */
export function findPhonesRaw(text: string): string[] {
  const found: { at: number; phone: string }[] = [];
  const digitsSeen = new Set<string>();
  for (const pattern of PHONE_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const phone = match[0].trim();
      const digits = phone.replace(/\D/g, "");
      if (digits.length < 7 || digits.length > 15) continue;
      const key = digits.slice(-9);
      if (digitsSeen.has(key)) continue;
      digitsSeen.add(key);
      found.push({ at: match.index ?? 0, phone });
    }
  }
  return found
    .sort((a, b) => a.at - b.at)
    .slice(0, 20)
    .map((entry) => entry.phone);
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

const US_ADDRESS =
  /\d{1,6}\s+(?:[A-Z0-9][\w.'-]*\s+){1,5}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Square|Sq|Terrace|Highway|Hwy)\.?(?:,?\s+(?:Suite|Ste|Unit|Floor|Fl)\.?\s*#?\w+)?,\s*[A-Z][\w .'-]{1,40},\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?/;
const UK_ADDRESS =
  /\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w.'-]*\s+){1,5}(?:Street|St|Road|Rd|Lane|Avenue|Way|Place|Square|Row|Gardens|Court|Park|Close|Hill|Walk)\b[^.;\n]{0,80}?\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/;

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
