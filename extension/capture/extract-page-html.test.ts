import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { JSDOM } from "jsdom";
import { expect, test } from "vitest";
import { extractPageHtml } from "./extract-page-html";

const PAGES = resolve(import.meta.dirname, "../../tests/fixtures/pages");
const parseHtml = (html: string) => new JSDOM(html).window.document;

function request(page: string, extra: Record<string, unknown> = {}) {
  return {
    target: "vendorscout-offscreen",
    type: "extract",
    html: readFileSync(resolve(PAGES, page), "utf8"),
    url: `https://example.test/${page}`,
    capturedAt: "2026-11-22T08:00:00.000Z",
    ...extra,
  };
}

test("a provider page's markup becomes a capture of that vendor", () => {
  const answer = extractPageHtml(parseHtml, request("provider-brightbooks.html"));
  expect(answer.ok).toBe(true);
  expect(answer.ok && answer.capture.vendor.name).toMatch(/BrightBooks/);
  expect(answer.ok && answer.review).toBeUndefined();
});

test("with a selection to save as a review, the review comes back too", () => {
  const answer = extractPageHtml(
    parseHtml,
    request("provider-brightbooks.html", {
      selectionText: "They closed our books in two days.",
      selectionAsReview: true,
    }),
  );
  expect(answer.ok && answer.review?.body).toBe("They closed our books in two days.");
});

test.each([
  [{ type: "extract" }, /malformed/],
  [{ ...request("provider-brightbooks.html"), capturedAt: "yesterday" }, /malformed/],
])("a malformed request is refused with a sentence: %#", (message, expected) => {
  const answer = extractPageHtml(parseHtml, message);
  expect(!answer.ok && answer.message).toMatch(expected);
});

test("a parser failure becomes a sentence that says what to do", () => {
  const answer = extractPageHtml(() => {
    throw new Error("out of memory");
  }, request("provider-brightbooks.html"));
  expect(answer).toEqual({
    ok: false,
    message: expect.stringMatching(/\(out of memory\)\. Reload the page/),
  });
});

test("the answer says whether the page reads as a provider's, read from the same parsed page", () => {
  const provider = extractPageHtml(parseHtml, request("provider-brightbooks.html"));
  expect(provider.ok && provider.signals?.looksLikeProvider).toBe(true);
  const article = extractPageHtml(parseHtml, {
    ...request("provider-brightbooks.html"),
    html: `<html><head><title>Council raises rates</title><meta property="og:type" content="article"></head>
      <body><h1>Council raises rates</h1><p>By Jane Porter · 4 min read</p></body></html>`,
  });
  expect(article.ok && article.signals).toEqual({ looksLikeProvider: false, found: ["an article"] });
});

test("the build's trust reaches the extractor: a localhost copy names its vendor only in a development build", () => {
  const onLocalhost = request("provider-brightbooks.html", {
    url: "http://localhost:4173/provider-brightbooks.html",
  });
  const production = extractPageHtml(parseHtml, onLocalhost, { trustDeclaredIdentityWithoutDomain: false });
  const development = extractPageHtml(parseHtml, onLocalhost, { trustDeclaredIdentityWithoutDomain: true });
  expect(production.ok && production.capture.vendor.domain).toBeUndefined();
  expect(development.ok && development.capture.vendor.domain).toBe("brightbooks.com");
});
