// @vitest-environment jsdom
import { describe, expect, test } from "vitest";
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
