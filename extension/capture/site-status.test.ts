import { expect, test } from "vitest";
import { newVendorClipped } from "../../tests/support/capture/clips";
import type { ClipOutcome } from "./clip-tab";
import { siteStatus, siteStatusAfterClip } from "./site-status";

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

const added: ClipOutcome = newVendorClipped("brightbooks.example", "BrightBooks");
const notYet = siteStatus("https://brightbooks.example/", undefined);

test("after a saved clip the page's vendor is in the library, with its status when looked up again", () => {
  expect(siteStatusAfterClip(notYet, added, { ...vendor, status: "researching" })).toEqual({
    kind: "known",
    message: "In your library: BrightBooks, researching.",
    vendorId: "brightbooks.example",
  });
  // The page's address leads to no vendor (a directory page the library does not map yet): the
  // clip's own result names it.
  expect(siteStatusAfterClip(notYet, added, undefined).message).toBe("In your library: BrightBooks.");
});

test("after a clip, a vendor looked up for the page that is not the one saved is not named", () => {
  const other = { id: "trustpilot.com", name: "Trustpilot", status: "researching" };
  expect(siteStatusAfterClip(notYet, added, other)).toEqual({
    kind: "known",
    message: "In your library: BrightBooks.",
    vendorId: "brightbooks.example",
  });
});

test("a failed clip saved nothing and leaves the line as it was", () => {
  const failed: ClipOutcome = { ok: false, message: "Reload the page and clip again." };
  expect(siteStatusAfterClip(notYet, failed, undefined)).toBe(notYet);
});
