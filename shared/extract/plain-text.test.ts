import { describe, expect, test } from "vitest";
import { clip, decodeEntities, plainText } from "./plain-text";

describe("decodeEntities", () => {
  test.each([
    ["Fish &amp; Chips", "Fish & Chips"],
    ["&#8211; &#x1F600;", "– 😀"],
    ["&pound;35 &euro;12 &nbsp;x", "£35 €12  x"],
    ["&bogus; &#0; &#x110000;", "&bogus; &#0; &#x110000;"],
    ["no entities", "no entities"],
  ])("%s", (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});

describe("plainText", () => {
  test.each([
    ["<p>Great&nbsp;service,\n  <b>fast</b></p>", "Great service, fast"],
    ["&lt;p&gt;Encoded markup&lt;/p&gt;", "Encoded markup"],
    ["a <!-- hidden --> b", "a b"],
    ["tab\tand\u0007bell", "tab andbell"],
    ["  ", ""],
    [42, "42"],
    [undefined, ""],
    [{ not: "text" }, ""],
    ["&lt;img src=x onerror=alert(1)//&lt;&gt;", "‹img src=x onerror=alert(1)//<>"],
    ["Evil Payroll &lt;img src=x onerror=alert(1)", "Evil Payroll ‹img src=x onerror=alert(1)"],
    ["&lt;svg onload=alert(1)//&lt;&gt;", "‹svg onload=alert(1)//<>"],
    ["I <3 them, 2 < 3", "I <3 them, 2 < 3"],
    ["Acme\uFFFF Payroll\uFFFE", "Acme Payroll"],
    ["lone \uD800 surrogate \uDC00", "lone surrogate"],
    ["emoji \uD83D\uDE00 kept", "emoji \uD83D\uDE00 kept"],
  ])("%j", (input, expected) => {
    expect(plainText(input)).toBe(expected);
  });

  test("cuts to the limit at a word", () => {
    expect(plainText("one two three four five", 14)).toBe("one two three");
  });
});

test.each([
  ["short", 10, "short"],
  ["abcdefghij", 4, "abcd"],
  ["alpha beta gamma", 12, "alpha beta"],
])("clip(%s, %i)", (input, max, expected) => {
  expect(clip(input, max)).toBe(expected);
});
