import { describe, expect, test } from "vitest";
import { buildVendorPack, jsonNestingExceeds, parseVendorPack, parseVendorPackBytes } from "./vendor-pack";

const valid = JSON.stringify(
  buildVendorPack({
    vendors: [],
    reviews: [],
    evaluations: [],
    appVersion: "0.1.0",
    exportedAt: new Date(0),
  }),
);

/**
 * The finding's pack: a million-deep array before the vendors, plus a "__proto__" key. Before the fix,
 * the side panel's reviver overflowed its stack on the array, the error was swallowed, and the pack was
 * accepted; the add-in and CLI paths had no key check at all (issue 19, finding 5).
 */
function deepPack(depth: number): string {
  return `${valid.slice(0, -1)},"padding":${"[".repeat(depth)}${"]".repeat(depth)},"x":{"__proto__":{"polluted":1}}}`;
}

describe("parseVendorPack refuses packs nested too deep, on every path (issue 19, finding 5)", () => {
  test.each([
    ["the text path (side panel, CLI)", (text: string) => parseVendorPack(text)],
    ["the bytes path (add-in)", (text: string) => parseVendorPackBytes(new TextEncoder().encode(text))],
  ])("%s: a million-deep array is refused with a sentence", (_path, read) => {
    const result = read(deepPack(1_000_000));
    expect(result).toEqual({
      ok: false,
      errors: [expect.stringMatching(/nests lists or objects more than 64 deep/)],
    });
  });

  test.each([
    ["the text path (side panel, CLI)", (text: string) => parseVendorPack(text)],
    ["the bytes path (add-in)", (text: string) => parseVendorPackBytes(new TextEncoder().encode(text))],
  ])("%s: a __proto__ key is refused", (_path, read) => {
    expect(read(deepPack(3))).toEqual({ ok: false, errors: [expect.stringMatching(/"__proto__" key/)] });
  });

  test("an escaped key spelling __proto__ is refused too", () => {
    const text = `${valid.slice(0, -1)},"x":{"\\u005f_proto__":{}}}`;
    expect(parseVendorPack(text)).toEqual({ ok: false, errors: [expect.stringMatching(/"__proto__" key/)] });
  });

  test("a real export still reads", () => {
    expect(parseVendorPack(valid).ok).toBe(true);
  });
});

describe("jsonNestingExceeds", () => {
  test.each([
    ["[[1]]", 1, true],
    ["[[1]]", 2, false],
    ['{"a":"[[[[["}', 1, false],
    ['{"a":"\\"[[[["}', 1, false],
    ['[{"a":[{}]}]', 3, true],
  ])("%s with limit %i -> %s", (text, limit, expected) => {
    expect(jsonNestingExceeds(text, limit)).toBe(expected);
  });
});
