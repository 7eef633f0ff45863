import { expect, test } from "vitest";
import { parseHtml } from "../../extension/cli/parse-html";
import { extractCapture } from "../../shared/extract";
import { EMAIL, UK_ADDRESS, US_ADDRESS } from "../../shared/extract/heuristics/contacts";
import { findPricesRaw, PRICE, RANGE_HIGH } from "../../shared/extract/heuristics/pricing";
import { ADVERSARIAL_PAGES } from "./adversarial-pages";
import { unboundedQuantifiers } from "./regex-bounds";

// Issue 19, finding 2. Speed is measured by `npm run bench` (extract.adversarial_*); these tests
// check the work, not the clock: each regex and loop over page text must stay linear or bounded.

test.each([
  ["the price pattern", PRICE],
  ["a price range's high end", RANGE_HIGH],
  ["the US address pattern", US_ADDRESS],
  ["the UK address pattern", UK_ADDRESS],
  ["the email pattern", EMAIL],
])("%s has no unbounded repetition, so it stays linear in the page", (_name, pattern) => {
  // The old price pattern tried (?:[,.\s]\d{3})* from every digit run, so each attempt re-read the
  // rest of a "123 123 123 ..." run: 28 / 110 / 444 ms at 16k / 32k / 64k characters.
  expect(unboundedQuantifiers(pattern)).toEqual([]);
});

test("findPricesRaw on a long run of '123 ' finds no price", () => {
  expect(findPricesRaw("123 ".repeat(20_000))).toEqual([]);
});

test("a page that claims to be clutch.co does not read its 240 KB title span as a price", () => {
  const page = ADVERSARIAL_PAGES.find((candidate) => candidate.name.startsWith("directory claim"))!;
  const capture = extractCapture(parseHtml(page.build(240_000)), page.url, { capturedAt: new Date(0) });
  expect(capture.pageKind).toBe("vendor-site");
  expect(capture.vendor.pricing.plans).toEqual([]);
});

test("a page of phone-like text is searched for phones only up to a budget, and the capture says so", () => {
  const page = ADVERSARIAL_PAGES.find((candidate) => candidate.name === "phone-like runs")!;
  const capture = extractCapture(parseHtml(page.build(200_000)), page.url, { capturedAt: new Date(0) });
  expect(capture.vendor.contacts.phones).toEqual([]);
  expect(capture.warnings).toContain(
    "The page has more number-like text than VendorScout searches for phone numbers, so a phone number may be missing; check the vendor's phone in the library.",
  );
});

test.each(ADVERSARIAL_PAGES.map((page) => [page.name, page] as const))(
  "%s: a 200 KB page is read and yields a valid capture",
  (_name, page) => {
    const capture = extractCapture(parseHtml(page.build(200_000)), page.url, { capturedAt: new Date(0) });
    expect(capture.url).toBe(page.url);
  },
);
