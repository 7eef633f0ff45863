import { expect, test } from "vitest";
import { ownPage, parse, sharedPage } from "../../tests/support/extract/pages";
import { providerSignals } from "./provider-signals";

const check = (html: string, url: string) => providerSignals(parse(html, url), url);

test.each([
  ["provider-brightbooks.html", "https://brightbooks.example/"],
  ["provider-northwind-it.html", "https://northwind-it.example/"],
  ["trustpilot.html", "https://www.trustpilot.com/review/brightbooks.example"],
  ["g2.html", "https://www.g2.com/products/brightbooks/reviews"],
  ["capterra.html", "https://www.capterra.com/p/1/BrightBooks/"],
  ["clutch.html", "https://clutch.co/profile/northwind-it"],
])("%s looks like a provider's page", (name, url) => {
  expect(check(ownPage(name), url).looksLikeProvider).toBe(true);
});

test("a real business page (extruct's LocalBusiness microdata) looks like a provider's page", () => {
  const result = check(sharedPage("extruct/LocalBusiness.002.html"), "https://schema.org/LocalBusiness");
  expect(result.looksLikeProvider).toBe(true);
  expect(result.found).toContain("a business in the page's data");
});

// Hand-written: no real news page is stored here. It has the shape issue 23 met (NewsArticle JSON-LD,
// a canonical link to its own domain, a byline, numbers with currency signs in the story).
const NEWS = `<!doctype html><html><head><title>Council raises business rates</title>
<link rel="canonical" href="https://riverside-gazette.example/2026/11/rates">
<meta property="og:type" content="article"><meta property="og:site_name" content="Riverside Gazette">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Council raises business rates","publisher":{"@type":"Organization","name":"Riverside Gazette"}}</script>
</head><body><article><h1>Council raises business rates</h1><p>By Jane Porter · 4 min read</p>
<p>Small firms will pay £1,200 more a year from April, the council said. Our services desk was not
available for comment.</p><p>Share this article</p></article></body></html>`;

test("a news article is not a provider's page, though its publisher is an Organization", () => {
  const result = check(NEWS, "https://riverside-gazette.example/2026/11/rates");
  expect(result.looksLikeProvider).toBe(false);
  expect(result.found).toContain("an article");
});

test("a blank page, and a page with only one sign, are not a provider's page", () => {
  expect(check("<html><body></body></html>", "https://example.com/").looksLikeProvider).toBe(false);
  expect(
    check("<html><body><p>Contact us any time.</p></body></html>", "https://example.com/").looksLikeProvider,
  ).toBe(false);
});

test("a page with prices and contact links, no structured data, is a provider's page", () => {
  const html = `<html><body><h1>Ledger & Co bookkeeping</h1><p>Plans from $49 per month.</p>
    <a href="mailto:hello@ledger.example">hello@ledger.example</a></body></html>`;
  const result = check(html, "https://ledger.example/");
  expect(result).toEqual({ looksLikeProvider: true, found: ["prices", "contact links"] });
});

test("a listing of many items is not one provider's page", () => {
  const html = `<html><head><script type="application/ld+json">{"@type":"ItemList","itemListElement":[]}</script></head>
    <body><p>Top 10 payroll providers, from $20 per month. Contact us.</p></body></html>`;
  expect(check(html, "https://listicle.example/best-payroll").looksLikeProvider).toBe(false);
});
