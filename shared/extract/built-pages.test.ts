import { expect, test } from "vitest";
import { CAPTURED_AT, ownPage, parse } from "../../tests/support/extract/pages";
import { extractPage } from "./index";

// Built pages (tests/fixtures/pages/built, written from the shapes in issue 17, not captures of real
// sites), served from localhost as the e2e merge test serves them. No licensed real page exists for
// these shapes; tests/fixtures/pages/README.md says which pages are which.
function read(name: string) {
  const url = `http://localhost:4173/built/${name}`;
  // As a development build reads them: a saved copy on localhost names itself (pageClaimTrustRaw).
  return extractPage(parse(ownPage(`built/${name}`), url), url, {
    capturedAt: CAPTURED_AT,
    trustDeclaredIdentityWithoutDomain: true,
  });
}

test.each([
  ["trustpilot-sameas-bare.html", "vendor-harborpayroll.html", "harborpayroll.com", "Harbor Payroll"],
  ["trustpilot-address-only.html", "vendor-summitledger.html", "summitledger.co.uk", "Summit Ledger"],
  ["g2-offered-by-subpage.html", "vendor-pixelharbor.html", "pixelharbor.io", "PixelHarbor"],
  ["clutch-redirect-utm.html", "vendor-northstar.html", "northstar-it.com", "Northstar IT"],
  ["yelp-contact-link.html", "vendor-quill.html", "quillbookkeeping.com", "Quill Bookkeeping"],
])("%s and %s name the same vendor, %s (issue 17, class 1)", (directoryPage, vendorPage, domain, name) => {
  const directory = read(directoryPage);
  const own = read(vendorPage);
  if (!directory.ok || !own.ok) throw new Error("a built page was refused as a listing");
  expect(directory.capture.pageKind).toBe("directory");
  expect(directory.capture.vendor.domain).toBe(domain);
  // The website is the vendor's home page, whatever sub-page, redirect or tracking the link carried.
  expect(directory.capture.vendor.website).toMatch(/^https?:\/\/[^/]+\/$/);
  expect(directory.capture.vendor.name).toMatch(new RegExp(name.split(" ")[0]!));
  expect(own.capture.pageKind).toBe("vendor-site");
  expect(own.capture.vendor.domain).toBe(domain);
});

test("a category page listing 25 providers is no vendor: it says so and saves nothing (class 4)", () => {
  const read25 = read("capterra-category.html");
  expect(read25).toEqual({
    ok: false,
    listed: 25,
    message: "This page lists 25 providers: open one provider's page to clip it.",
  });
});

test("the seller's parent company on a G2 page does not become the vendor's website", () => {
  const page = read("g2-offered-by-subpage.html");
  if (!page.ok) throw new Error("refused");
  expect(page.capture.vendor.website).toBe("https://www.pixelharbor.io/");
  expect(page.capture.vendor.name).toBe("PixelHarbor Ltd");
});

test("an AggregateOffer's named priceSpecification entries are one plan each; its range is no plan (class 2)", () => {
  const page = read("g2-price-specifications.html");
  if (!page.ok) throw new Error("refused");
  expect(page.capture.vendor.pricing.plans).toEqual([
    { name: "Starter", price: 29, currency: "USD", period: "month" },
    { name: "Team", price: 79, currency: "USD", period: "month", perSeat: true },
    { name: "Enterprise", price: 1490, currency: "USD", period: "year" },
  ]);
});

test("lowPrice/highPrice alone is a range: no plan named after the product, a warning instead (class 2)", () => {
  const page = read("capterra-price-range.html");
  if (!page.ok) throw new Error("refused");
  expect(page.capture.vendor.pricing.plans).toEqual([]);
  expect(page.capture.warnings).toContain(
    "The page gives a price range (0–149 USD), not plans; add the plans by hand from the vendor's pricing page.",
  );
});

test("Clutch's own Review Highlights are not reviews; the featured copy counts once (class 3)", () => {
  const page = read("clutch-review-highlights.html");
  if (!page.ok) throw new Error("refused");
  expect(page.capture.reviews.map((review) => [review.title, review.rating])).toEqual([
    ["ERP rollout for a distributor", 5],
    ["Help desk outsourcing", 4.5],
    ["Network refresh", 5],
  ]);
  expect(page.capture.vendor.ratings[0]).toMatchObject({ value: 4.9, count: 3 });
});
