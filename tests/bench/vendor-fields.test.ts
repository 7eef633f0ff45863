import { describe, expect, test } from "vitest";
import { scoreField, tallyAnswers, type VendorAnswer } from "./measurements/vendor-fields";

describe("scoreField", () => {
  test.each([
    ["name", ["BrightBooks"], "  brightbooks ", "correct"],
    ["name", ["BrightBooks"], "Trustpilot", "wrong"],
    ["website", ["brightbooks.com"], "https://www.brightbooks.com/pricing", "correct"],
    ["website", ["brightbooks.com"], "https://www.trustpilot.com/review/brightbooks.com", "wrong"],
    ["description", ["bookkeeping and payroll"], "Online Bookkeeping and  payroll for all", "correct"],
    ["logo", ["https://a.com/logo.png"], "https://a.com/logo.png", "correct"],
    ["logo", ["https://a.com/logo.png"], undefined, "missed"],
    ["logo", null, "https://a.com/photo.jpg", "wrong"],
    ["logo", null, undefined, "absent"],
    ["logo", "unscored", "https://a.com/photo.jpg", "unscored"],
  ] as const)("%s expected %j, answer %j: %s", (field, expected, answer, outcome) => {
    expect(scoreField(field, expected, answer)).toBe(outcome);
  });
});

describe("tallyAnswers", () => {
  test("counts only pages that were answered, and only fields with an answer due", () => {
    const answers = new Map<string, VendorAnswer>([
      [
        "capterra.html",
        {
          name: "LedgerLoop Inc.",
          website: "https://www.capterra.com/p/1/",
          description: "x",
          logo: undefined,
        },
      ],
    ]);
    // capterra: name and website due; description and logo name none, so "x" is a wrong answer.
    expect(tallyAnswers(answers)).toEqual({ correct: 1, wrong: 2, missed: 0, due: 2 });
  });
});
