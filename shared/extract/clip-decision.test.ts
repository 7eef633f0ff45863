import { expect, test } from "vitest";
import { decideGestureClip } from "./clip-decision";

test.each([
  [{ looksLikeProvider: true, inLibrary: false }, "save"],
  [{ looksLikeProvider: true, inLibrary: true }, "save"],
  // The owner saved this vendor before: their earlier choice stands.
  [{ looksLikeProvider: false, inLibrary: true }, "save"],
  // A news article, a listing, a blank page: nothing is saved before the owner says so.
  [{ looksLikeProvider: false, inLibrary: false }, "ask"],
])("%o -> %s", (page, decision) => {
  expect(decideGestureClip(page)).toBe(decision);
});
