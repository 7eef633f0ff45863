import { JSDOM } from "jsdom";
import { describe, expect, test } from "vitest";
import { extractCapture } from "../../shared/extract";
import { loadPageSet } from "../../tests/bench/measurements/page-set";
import { parseHtml } from "./parse-html";

const CAPTURED_AT = new Date("2026-01-01T00:00:00.000Z");
const repoRoot = new URL("../..", import.meta.url).pathname;

describe("parseHtml", () => {
  test("gives the same capture as a jsdom window per page, on every fixture page", () => {
    const { pages } = loadPageSet(repoRoot);
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const window = new JSDOM(page.html, { url: page.url }).window;
      const reference = extractCapture(window.document, page.url, { capturedAt: CAPTURED_AT });
      window.close();
      const capture = extractCapture(parseHtml(page.html), page.url, { capturedAt: CAPTURED_AT });
      expect(capture, page.id).toEqual(reference);
    }
  });

  test("keeps the body of a page whose head script compares with '<'", () => {
    // The construct that makes happy-dom lose the body: parse5, like a browser, reads script text raw.
    const document = parseHtml(
      "<html><head><script>for(t=0;t<e;t++){}</script></head><body><p>Call 020 7946 0000</p></body></html>",
    );
    expect(document.body.textContent).toBe("Call 020 7946 0000");
    expect(document.head.querySelector("p")).toBeNull();
  });

  test("runs no script and loads nothing", () => {
    const document = parseHtml(
      '<body><script>document.body.setAttribute("data-ran", "yes")</script><img src="http://127.0.0.1:9/x.png" onerror="document.body.setAttribute(\'data-ran\', \'img\')"></body>',
    );
    expect(document.body.getAttribute("data-ran")).toBeNull();
  });
});
