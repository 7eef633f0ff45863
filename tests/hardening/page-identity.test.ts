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

// A page served from this computer or an IP address can claim any vendor unless the extractor is told
// to trust it, which only development builds and tests do (extension/capture/extract-options.ts).
const claimingBrightBooks = `<html><head><script type="application/ld+json">${JSON.stringify({
  "@type": "Organization",
  name: "BrightBooks",
  url: "https://brightbooks.com/",
})}</script><link rel="canonical" href="https://brightbooks.com/"></head><body><h1>BrightBooks</h1></body></html>`;

test.each([
  ["http://localhost:3000/page", "localhost"],
  ["http://127.0.0.1:8080/page", "127.0.0.1"],
  ["https://203.0.113.7/page", "203.0.113.7"],
])(
  "by default (production builds) a page at %s names no vendor domain and keeps the claim as a warning",
  (url, host) => {
    const capture = extractCapture(parseHtml(claimingBrightBooks), url, at);
    expect(capture.vendor.domain).toBeUndefined();
    expect(capture.vendor.website).toBe(`${new URL(url).origin}/`);
    expect(capture.warnings).toContain(
      `The page says it belongs to brightbooks.com, but it is served from ${host}, which is no vendor's domain; no vendor domain was taken from it. Clip the vendor's own site.`,
    );
  },
);

test("by default a localhost page that claims to be clutch.co is not read as a Clutch profile", () => {
  const html = `<html><head><link rel="canonical" href="https://clutch.co/profile/brightbooks"><meta property="og:site_name" content="Clutch"></head><body><h1>BrightBooks</h1><a class="website-link__item" href="https://brightbooks.com/">Visit website</a></body></html>`;
  const production = extractCapture(parseHtml(html), "http://localhost:4173/clutch.html", at);
  expect(production.pageKind).toBe("vendor-site");
  expect(production.vendor.domain).toBeUndefined();
  const development = extractCapture(parseHtml(html), "http://localhost:4173/clutch.html", {
    ...at,
    trustDeclaredIdentityWithoutDomain: true,
  });
  expect(development.pageKind).toBe("directory");
  expect(development.vendor.domain).toBe("brightbooks.com");
});

test("told to trust hosts without a domain (development builds, tests), a localhost copy keeps its declared vendor", () => {
  const capture = extractCapture(parseHtml(claimingBrightBooks), "http://localhost:3000/page", {
    ...at,
    trustDeclaredIdentityWithoutDomain: true,
  });
  expect(capture.vendor.domain).toBe("brightbooks.com");
  expect(capture.warnings.join(" ")).not.toMatch(/says it belongs to/);
});

test("the trust never reaches a page on a real domain", () => {
  const capture = extractCapture(parseHtml(claimingBrightBooks), "https://evil.example/page", {
    ...at,
    trustDeclaredIdentityWithoutDomain: true,
  });
  expect(capture.vendor.domain).toBe("evil.example");
});

test("a copy the owner opened from disk keeps its declared vendor in every build, and says where it came from", () => {
  const capture = extractCapture(parseHtml(claimingBrightBooks), "file:///home/me/brightbooks.html", at);
  expect(capture.url).toBe("http://localhost/");
  expect(capture.vendor.domain).toBe("brightbooks.com");
  expect(capture.warnings).toContain(
    "This is a copy opened from disk; its vendor's site, brightbooks.com, is what the copy says about itself. Check it before you rely on it.",
  );
});
