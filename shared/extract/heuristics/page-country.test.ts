import { expect, test } from "vitest";
import { pageCountryRaw } from "./page-country";

test.each([
  ["https://www.markeich.de/kontakt/", undefined, undefined, "DE"],
  ["https://example.co.uk/", "en-US", "IN", "GB"],
  ["https://www.caktusgroup.com/blog/", "en-US", undefined, "US"],
  // The page's own international numbers outrank its language tag, often a theme's default.
  ["https://www.chowhanandsons.com/", "en-US", "IN", "IN"],
  ["https://example.com/", "de-AT", undefined, "AT"],
  ["https://example.com/", "fr", undefined, "FR"],
  // Bare English names no country: India, Britain and Australia write English too.
  ["https://example.com/", "en", undefined, undefined],
  ["https://segment.com/blog/", undefined, undefined, undefined],
] as const)("pageCountryRaw(%s, %s, %s) is %s", (url, lang, written, country) => {
  expect(pageCountryRaw(url, lang, written)).toBe(country);
});
