import { describe, expect, test } from "vitest";
import { CAPTURED_AT, ownPage, parse } from "../../../tests/support/extract/pages";
import { loadRealPages, realPageHtml } from "../../../tests/support/extract/real-facts";
import { extractCapture } from "../index";
import { readCapterra } from "./capterra";
import { readG2 } from "./g2";
import { readGoogleBusiness } from "./google-business";
import { unwrapRedirectRaw } from "./read-dom";
import { readTrustpilot } from "./trustpilot";
import { readUpwork } from "./upwork";

test.each([
  [
    "https://www.yelp.com/biz_redir?url=https%3A%2F%2Fharborpayroll.com%2F&src_bizid=1",
    "https://harborpayroll.com/",
  ],
  ["https://www.google.com/url?q=https://summitpayroll.com/&sa=U", "https://summitpayroll.com/"],
  [
    "https://r.clutch.co/redirect?u=https%3A%2F%2Fpixelharbor.io%2F%3Futm_source%3Dclutch.co",
    "https://pixelharbor.io/",
  ],
  ["https://brightbooks.com?utm_medium=company_profile&utm_source=trustpilot", "https://brightbooks.com/"],
  ["/relative/path?ref=x&keep=1", "https://www.trustpilot.com/relative/path?keep=1"],
  ["javascript:alert(1)", undefined],
  ["http://[broken", undefined],
])("unwrapRedirectRaw(%j)", (href, expected) => {
  expect(unwrapRedirectRaw(href, "https://www.trustpilot.com/review/x")).toBe(expected);
});

/** A directory page with its structured data removed, so only the adapter's DOM reading is left. */
function withoutStructuredData(name: string): Document {
  const document = parse(ownPage(name));
  for (const script of Array.from(document.querySelectorAll("script"))) script.remove();
  for (const element of Array.from(document.querySelectorAll("[itemprop], [itemscope]"))) {
    element.removeAttribute("itemprop");
    element.removeAttribute("itemscope");
  }
  return document;
}

describe("adapters read the DOM when the structured data is gone", () => {
  test("trustpilot", () => {
    const result = readTrustpilot(
      withoutStructuredData("trustpilot.html"),
      "https://www.trustpilot.com/review/brightbooks.com",
    );
    expect(result.vendor).toEqual({ name: "BrightBooks", website: "https://brightbooks.com/" });
    expect(result.rating).toEqual({ value: 4.6, scale: 5, count: 1284 });
    expect(result.reviews).toHaveLength(20);
    expect(result.reviews[0]).toMatchObject({
      source: "trustpilot",
      author: "Maria Lopez",
      rating: 5,
      scale: 5,
      title: "Month-end close finally on time",
      date: "2025-03-28T09:15:00.000Z",
    });
  });

  test("g2", () => {
    const result = readG2(
      withoutStructuredData("g2.html"),
      "https://www.g2.com/products/northwind-servicedesk/reviews",
    );
    expect(result.vendor).toEqual({ name: "Northwind IT Ltd", website: "https://www.northwind-it.co.uk/" });
    expect(result.reviews).toHaveLength(10);
    expect(result.reviews[0]).toMatchObject({ author: "Tom Ellis", rating: 5, date: "2025-04-10" });
  });

  test("the whole capture of a stripped Trustpilot page still names BrightBooks with 20 reviews", () => {
    const url = "https://www.trustpilot.com/review/brightbooks.com";
    const result = extractCapture(withoutStructuredData("trustpilot.html"), url, { capturedAt: CAPTURED_AT });
    expect(result.vendor).toMatchObject({ name: "BrightBooks", domain: "brightbooks.com" });
    expect(result.vendor.provenance.name?.method).toBe("adapter");
    expect(result.reviews).toHaveLength(20);
    expect(result.reviews.every((review) => review.quote.prefix.length > 0)).toBe(true);
  });

  test("adapters on an empty page find nothing and do not throw", () => {
    const document = parse("<p>nothing</p>");
    expect(readCapterra(document, "https://www.capterra.com/").reviews).toEqual([]);
    const upwork = readUpwork(
      parse('<span data-qa="job-success-score">92% Job Success</span>'),
      "https://www.upwork.com/",
    );
    expect(upwork.rating).toEqual({ value: 92, scale: 100 });
  });
});

// Built from the shape issue 17 describes (class 6: the count was dropped on a Google Maps page written
// in French): the count is an aria-label in the page's language, or the bracketed number itself.
test.each([
  ['<span aria-label="30 avis">(30)</span>', 30],
  ['<span aria-label="1.234 Rezensionen">(1.234)</span>', 1234],
  ['<span aria-label="45 reseñas">(45)</span>', 45],
  ["<span>(30)</span>", 30],
])("Google Maps count %s", (countHtml, count) => {
  const doc = parse(
    `<h1 class="DUwDvf">Fiduciaire Léman</h1><div class="F7nice"><span><span aria-hidden="true">4,6</span><span role="img" aria-label="4,6 étoiles"></span></span><span>${countHtml}</span></div>`,
    "https://www.google.com/maps/place/Fiduciaire+L%C3%A9man",
  );
  expect(readGoogleBusiness(doc, "https://www.google.com/maps/place/x").rating).toEqual({
    value: 4.6,
    scale: 5,
    count,
  });
});

describe("a Trustpilot single-review page (the real one in tests/fixtures/pages/real)", () => {
  const page = loadRealPages().find((each) => each.file === "traf--uk.trustpilot.com.reviews.html.gz")!;
  const doc = () => parse(realPageHtml(page), page.url);

  test("its 'Review of' link and its card agree on the business: the vendor is gousto.co.uk", () => {
    const result = readTrustpilot(doc(), page.url);
    expect(result.vendor).toEqual({ name: "gousto.co.uk", website: "https://gousto.co.uk/" });
    expect(result.rating).toBeUndefined();
    expect(result.warnings).toEqual([]);
  });

  test("when they disagree, the vendor stays empty with a warning, and the review is still read", () => {
    const edited = doc();
    edited.querySelector("article.review")!.setAttribute("data-review-domain-name", "hellofresh.co.uk");
    const result = readTrustpilot(edited, page.url);
    expect(result.vendor).toEqual({});
    expect(result.warnings).toEqual([
      "This Trustpilot page files its reviews under gousto.co.uk and hellofresh.co.uk; open the business's own Trustpilot page to clip one of them.",
    ]);
    expect(result.reviews.map((review) => review.title)).toEqual(["Gousto has changed my life...."]);
  });

  test("a 'Review of' link that names no domain leaves the card's domain to name the vendor", () => {
    const edited = doc();
    edited.querySelector(".company-name a")!.setAttribute("href", "/categories");
    expect(readTrustpilot(edited, page.url).vendor.website).toBe("https://gousto.co.uk/");
  });
});
