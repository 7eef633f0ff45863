import { expect, test } from "vitest";
import { newVendorClipped } from "../../tests/support/capture/clips";
import { clipBadge, clipSummary, knownVendorBadge } from "./clip-announcement";

const saved = newVendorClipped("a.example", "Acme");

test.each([
  [saved, "Added Acme to your library."],
  [{ ...saved, reviewsAdded: 1 }, "Added Acme to your library with 1 new review."],
  [{ ...saved, created: false, reviewsAdded: 20 }, "Updated Acme in your library with 20 new reviews."],
  [{ ...saved, kind: "review" as const }, "Saved the selection as a review of Acme."],
  [{ ...saved, kind: "note" as const }, "Saved the selection as a note on Acme."],
])("summary of %j", (outcome, expected) => {
  expect(clipSummary(outcome)).toBe(expected);
});

test("badges: tick for a clip, ! with the reason for a failure, blank for an unknown vendor", () => {
  expect(clipBadge(saved)).toMatchObject({ text: "✓", title: "VendorScout: Added Acme to your library." });
  expect(clipBadge({ ok: false, message: "Select text first." })).toEqual({
    text: "!",
    color: "#b3261e",
    title: "VendorScout: Select text first.",
  });
  expect(knownVendorBadge("Acme").text).toBe("✓");
  expect(knownVendorBadge(undefined).text).toBe("");
});
