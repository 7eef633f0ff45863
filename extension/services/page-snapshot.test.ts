// @vitest-environment jsdom
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test, vi } from "vitest";
import { type ExecuteScript, readPageSnapshot, snapshotPage } from "./page-snapshot";

describe("snapshotPage (runs in the page)", () => {
  test("returns the markup, address and selection", () => {
    document.body.innerHTML = "<p id=p>Great service</p>";
    const range = document.createRange();
    range.selectNodeContents(document.getElementById("p")!);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    const snapshot = snapshotPage(1_000_000);
    expect(snapshot).toMatchObject({ url: location.href, selectionText: "Great service", truncated: false });
    expect(snapshot.html).toContain('<p id="p">Great service</p>');
  });

  test("cuts the markup at the limit and says so", () => {
    document.body.innerHTML = `<p>${"x".repeat(500)}</p>`;
    const snapshot = snapshotPage(100);
    expect(snapshot.html).toHaveLength(100);
    expect(snapshot.truncated).toBe(true);
  });

  test("is self-contained: its source names no outside helper", () => {
    // executeScript sends the function's text to the page, so it may only use page globals.
    const source = snapshotPage.toString();
    expect(source).not.toMatch(/MAX_PAGE_CHARS|isPageSnapshot|import/);
  });
});

describe("readPageSnapshot", () => {
  test("asks Chrome to run snapshotPage on the tab with the 5 MB limit", async () => {
    const seen: unknown[] = [];
    const executeScript: ExecuteScript = async (injection) => {
      seen.push(injection);
      return [
        {
          result: {
            url: "https://a.example/",
            title: "A",
            html: "<html>",
            selectionText: "",
            truncated: false,
          },
        },
      ];
    };
    const snapshot = await readPageSnapshot(executeScript, 9);
    expect(snapshot.url).toBe("https://a.example/");
    expect(seen).toEqual([{ target: { tabId: 9 }, func: snapshotPage, args: [5 * 1024 * 1024] }]);
  });

  test("an empty answer is an error that says the page did not answer", async () => {
    await expect(readPageSnapshot(async () => [], 9)).rejects.toThrow(/did not answer/);
  });
});

describe("snapshotPage is bounded before anything is built (issue 19, finding 8)", () => {
  const PAGES = resolve(import.meta.dirname, "../../tests/fixtures/pages");

  function load(html: string) {
    document.open();
    document.write(html);
    document.close();
  }

  test.each(
    readdirSync(PAGES)
      .filter((name) => name.endsWith(".html"))
      .slice(0, 12),
  )("%s serialises exactly as outerHTML does", (page) => {
    load(readFileSync(resolve(PAGES, page), "utf8"));
    expect(snapshotPage(50_000_000).html).toBe(document.documentElement.outerHTML);
  });

  test("a giant attribute, giant text and deep nesting cost no more than the limit; outerHTML is never read", () => {
    load(`<html><head><title>${"T".repeat(2_000_000)}</title></head><body></body></html>`);
    const span = document.createElement("span");
    span.setAttribute("data-title", "9".repeat(3_000_000));
    span.textContent = "x".repeat(3_000_000);
    let deep: Element = document.body;
    for (let i = 0; i < 1_000; i++) deep = deep.appendChild(document.createElement("div"));
    document.body.append(span);
    const outerHTML = vi.spyOn(Element.prototype, "outerHTML", "get");
    const snapshot = snapshotPage(1_000_000);
    expect(outerHTML).not.toHaveBeenCalled();
    outerHTML.mockRestore();
    expect(snapshot.html).toHaveLength(1_000_000);
    expect(snapshot.truncated).toBe(true);
    expect(snapshot.title).toHaveLength(1_000);
  });

  test("a selection longer than 100,000 characters is cut without toString()", () => {
    load(
      `<html><body><p id="a">${"word ".repeat(50_000)}</p><p id="b">${"more ".repeat(50_000)}</p></body></html>`,
    );
    const range = document.createRange();
    range.setStart(document.getElementById("a")!.firstChild!, 5);
    range.setEnd(document.getElementById("b")!.firstChild!, 100);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    const selectionToString = vi.spyOn(Selection.prototype, "toString");
    const snapshot = snapshotPage(10_000_000);
    expect(selectionToString).not.toHaveBeenCalled();
    selectionToString.mockRestore();
    expect(snapshot.selectionText).toHaveLength(100_000);
    expect(snapshot.selectionText.startsWith("word word")).toBe(true);
  });
});
