import { expect, test } from "vitest";
import { quoteSelectorRaw } from "./quote-selector";

const page = "Reviews: Great firm, fast replies. Helpful? Great firm, fast replies. Share";

test.each([
  [
    "Great firm, fast replies.",
    0,
    { exact: "Great firm, fast replies.", prefix: "Reviews: ", suffix: " Helpful? Great firm, fast repli" },
    34,
  ],
  [
    "Great firm, fast replies.",
    34,
    {
      exact: "Great firm, fast replies.",
      prefix: "Reviews: Great firm, fast replies. Helpful? ".slice(-32),
      suffix: " Share",
    },
    69,
  ],
  [
    "  Great   firm, <b>fast</b> replies. ",
    0,
    { exact: "Great firm, fast replies.", prefix: "Reviews: ", suffix: " Helpful? Great firm, fast repli" },
    34,
  ],
  ["Not on the page", 5, { exact: "Not on the page", prefix: "", suffix: "" }, 5],
  ["", 0, { exact: "", prefix: "", suffix: "" }, 0],
])("quoteSelectorRaw(page, %j, %i)", (exact, from, selector, end) => {
  expect(quoteSelectorRaw(page, exact, from)).toEqual({ selector, end });
});

test("a search past the last occurrence falls back to the first", () => {
  expect(quoteSelectorRaw(page, "Reviews:", 50).selector.prefix).toBe("");
  expect(quoteSelectorRaw(page, "Reviews:", 50).end).toBe(8);
});
