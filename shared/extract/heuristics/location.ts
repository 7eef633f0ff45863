/** Reads country, region and city from a postal address, and the first time-zone mention from text. */
const US_STATES = new Set(
  "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split(
    " ",
  ),
);
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/;
const COUNTRY_NAMES: [RegExp, string][] = [
  [/\b(?:United States|USA|U\.S\.A\.)\b/, "US"],
  [/\b(?:United Kingdom|UK|England|Scotland|Wales)\b/, "GB"],
  [/\bIndia\b/, "IN"],
  [/\bCanada\b/, "CA"],
  [/\bAustralia\b/, "AU"],
  [/\bIreland\b/, "IE"],
  [/\bGermany\b/, "DE"],
  [/\bFrance\b/, "FR"],
  [/\bSpain\b/, "ES"],
  [/\bPoland\b/, "PL"],
  [/\bPhilippines\b/, "PH"],
];

/**
 * Country, region and city from a postal address line.
 *
 * @example
 * locationFromAddressRaw("500 Market Street, Suite 300, San Francisco, CA 94105")
 * //=> { city: "San Francisco", region: "CA", country: "US" }
 * locationFromAddressRaw("12 Wharf Road, Manchester M1 2AB, United Kingdom")
 * //=> { city: "Manchester", country: "GB" }
 */
export function locationFromAddressRaw(address: string): {
  country?: string;
  region?: string;
  city?: string;
} {
  const us = /,\s*([A-Z][A-Za-z .'-]{1,40}),\s*([A-Z]{2})\s+\d{5}(?:-\d{4})?\b/.exec(address);
  if (us && US_STATES.has(us[2]!)) return { city: us[1]!.trim(), region: us[2]!, country: "US" };
  const postcode = UK_POSTCODE.exec(address);
  if (postcode) {
    const before = address
      .slice(0, postcode.index)
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
    const city = before[before.length - 1];
    return { ...(city && !/\d/.test(city) ? { city } : {}), country: "GB" };
  }
  for (const [pattern, country] of COUNTRY_NAMES) if (pattern.test(address)) return { country };
  return {};
}

const TIME_ZONE =
  /\b(?:(?:Africa|America|Asia|Australia|Europe|Pacific)\/[A-Z][A-Za-z_]+|(?:UTC|GMT)\s?[+-−]\s?\d{1,2}(?::?\d{2})?|(?:Eastern|Central|Mountain|Pacific|Atlantic) (?:Standard )?Time|British Summer Time|Central European Time|India Standard Time|(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|IST|AEST|GMT|UTC))\b/;

/**
 * The first time-zone mention: IANA names, UTC/GMT offsets, common names and abbreviations.
 *
 * @example
 * findTimeZoneRaw("Support 9am-6pm Eastern Time, Monday to Friday") //=> "Eastern Time"
 * findTimeZoneRaw("Open daily") //=> undefined
 */
export function findTimeZoneRaw(text: string): string | undefined {
  return TIME_ZONE.exec(text)?.[0];
}
