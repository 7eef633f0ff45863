import { expect, test } from "vitest";
import { addedToEvaluationMessage, evaluationChoice } from "./popup-evaluation-choice";

const vendor = "brightbooks.example";

test.each([
  ["no evaluation: offer to make one", [], { kind: "none" }],
  [
    "only one, vendor not in it: add to it",
    [{ id: "e1", name: "Bookkeeping 2027", vendorIds: [] }],
    { kind: "only", evaluation: { id: "e1", name: "Bookkeeping 2027" } },
  ],
  [
    "only one, vendor in it already: shown, not offered",
    [{ id: "e1", name: "Bookkeeping 2027", vendorIds: [vendor] }],
    { kind: "pick", options: [{ id: "e1", name: "Bookkeeping 2027", added: true }] },
  ],
  [
    "several: the owner picks",
    [
      { id: "e1", name: "Bookkeeping 2027", vendorIds: ["other.example"] },
      { id: "e2", name: "Payroll", vendorIds: [vendor] },
    ],
    {
      kind: "pick",
      options: [
        { id: "e1", name: "Bookkeeping 2027", added: false },
        { id: "e2", name: "Payroll", added: true },
      ],
    },
  ],
])("%s", (_, evaluations, expected) => {
  expect(evaluationChoice(evaluations, vendor)).toEqual(expected);
});

test("the confirmation names the vendor and the evaluation", () => {
  expect(addedToEvaluationMessage("BrightBooks", "Bookkeeping 2027")).toBe(
    "Added BrightBooks to “Bookkeeping 2027”.",
  );
});
