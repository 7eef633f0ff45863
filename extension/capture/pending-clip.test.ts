import { expect, test } from "vitest";
import { heldArticleClip } from "../../tests/support/capture/clips";
import { answerPendingClip, type PendingClip, pendingPageName, readPendingClip } from "./pending-clip";

const pending: PendingClip = heldArticleClip();

test("the waiting question's answer saves or drops it", () => {
  expect(answerPendingClip(pending, { id: "7-1", save: true })).toEqual({ kind: "save", pending });
  expect(answerPendingClip(pending, { id: "7-1", save: false })).toEqual({ kind: "drop" });
});

test("an answer to a question that is gone or was replaced saves nothing and says what to do", () => {
  for (const answer of [
    answerPendingClip(undefined, { id: "7-1", save: true }),
    answerPendingClip({ ...pending, id: "8-2" }, { id: "7-1", save: true }),
  ]) {
    expect(answer).toEqual({ kind: "stale", message: expect.stringMatching(/Clip the page again/) });
  }
});

test("a stored question is read back whole; a broken one is no question", () => {
  expect(readPendingClip(JSON.parse(JSON.stringify(pending)))).toEqual(pending);
  expect(readPendingClip({ ...pending, capture: { url: "not a url" } })).toBeUndefined();
  expect(readPendingClip(undefined)).toBeUndefined();
});

test("the question names the page by its title, else its host", () => {
  expect(pendingPageName(pending)).toBe("Council raises business rates");
  expect(pendingPageName({ ...pending, pageTitle: "  " })).toBe("riverside-gazette.example");
});
