import { expect, test } from "vitest";
import { siteStatus } from "./site-status";

const vendor = { id: "brightbooks.example", name: "BrightBooks", status: "due-diligence" };

test.each([
  [undefined, undefined, "not-allowed"],
  ["chrome://extensions/", undefined, "not-allowed"],
  ["https://chromewebstore.google.com/detail/x", undefined, "not-allowed"],
  ["https://chrome.google.com/webstore/detail/x", undefined, "not-allowed"],
  ["file:///home/a.html", undefined, "not-allowed"],
  ["https://brightbooks.example/pricing", undefined, "unknown"],
  ["https://brightbooks.example/pricing", vendor, "known"],
])("%s with %j is %s", (url, found, kind) => {
  expect(siteStatus(url, found).kind).toBe(kind);
});

test("a known vendor is named with its pipeline status", () => {
  expect(siteStatus("https://brightbooks.example/", vendor)).toEqual({
    kind: "known",
    message: "Already in your library: BrightBooks, due diligence.",
    vendorId: "brightbooks.example",
  });
  expect(siteStatus("https://x.example/", undefined).message).toBe("Not in your library yet.");
});
