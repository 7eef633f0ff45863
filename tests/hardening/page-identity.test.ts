import { expect, test } from "vitest";
import { parseHtml } from "../../extension/cli/parse-html";
import { extractCapture } from "../../shared/extract";

// Issue 19, finding 3: a page can claim to be another vendor. The page's own address decides.
const at = { capturedAt: new Date("2026-01-01T00:00:00Z") };

test("a page at evil.example whose JSON-LD says brightbooks.com is clipped as evil.example, with a warning", () => {
  const html = `<html><head><script type="application/ld+json">${JSON.stringify({
    "@type": "Organization",
    name: "BrightBooks",
    url: "https://brightbooks.com/",
    aggregateRating: { "@type": "AggregateRating", ratingValue: 1, reviewCount: 999 },
  })}</script><link rel="canonical" href="https://brightbooks.com/"></head><body><h1>BrightBooks</h1></body></html>`;
  const capture = extractCapture(parseHtml(html), "https://evil.example/page", at);
  expect(capture.vendor.domain).toBe("evil.example");
  expect(capture.vendor.website).toBe("https://evil.example/");
  expect(capture.warnings).toContain(
    "The page says it belongs to brightbooks.com, but it is on evil.example; kept evil.example as the vendor.",
  );
});

test("a page at evil.example that claims to be clutch.co is not read as a Clutch profile", () => {
  const html = `<html><head><link rel="canonical" href="https://clutch.co/profile/brightbooks"><meta property="og:site_name" content="Clutch"></head><body><h1>BrightBooks</h1><a class="website-link__item" href="https://brightbooks.com/">Visit website</a></body></html>`;
  const capture = extractCapture(parseHtml(html), "https://evil.example/clutch", at);
  expect(capture.pageKind).toBe("vendor-site");
  expect(capture.vendor.domain).toBe("evil.example");
});

test("a recognised directory page about the vendor may name the vendor's site", () => {
  const html = `<html><head><script type="application/ld+json">${JSON.stringify({
    "@graph": [
      { "@type": "Organization", name: "Trustpilot", url: "https://www.trustpilot.com/" },
      {
        "@type": "LocalBusiness",
        name: "BrightBooks",
        sameAs: "http://brightbooks.com",
        url: "https://www.trustpilot.com/review/brightbooks.com",
      },
    ],
  })}</script></head><body></body></html>`;
  const capture = extractCapture(parseHtml(html), "https://www.trustpilot.com/review/brightbooks.com", at);
  expect(capture.pageKind).toBe("directory");
  expect(capture.vendor.domain).toBe("brightbooks.com");
});

test("a company profile on a business network gives no website rather than the network's", () => {
  const html = `<html><head><script type="application/ld+json">${JSON.stringify({
    "@type": "Organization",
    name: "Audiense",
    url: "https://uk.linkedin.com/company/audiense",
  })}</script></head><body></body></html>`;
  const capture = extractCapture(parseHtml(html), "https://www.linkedin.com/company/10529043/", at);
  expect(capture.vendor.name).toBe("Audiense");
  expect(capture.vendor.domain).toBeUndefined();
});
