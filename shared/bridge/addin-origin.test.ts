import { describe, expect, test } from "vitest";
import { addinOrigins, DEFAULT_ADDIN_ORIGIN, isAllowedOrigin } from "./addin-origin";

describe("addinOrigins", () => {
  test.each([
    [undefined, [DEFAULT_ADDIN_ORIGIN]],
    ["", [DEFAULT_ADDIN_ORIGIN]],
    ["https://addin.example.com", ["https://addin.example.com"]],
    [" https://addin.example.com:8443 ", ["https://addin.example.com:8443"]],
    ["http://addin.example.com", [DEFAULT_ADDIN_ORIGIN]],
    ["https://addin.example.com/", [DEFAULT_ADDIN_ORIGIN]],
    ["https://addin.example.com/taskpane", [DEFAULT_ADDIN_ORIGIN]],
    ["not a url", [DEFAULT_ADDIN_ORIGIN]],
  ])("%j -> %j", (setting, expected) => {
    expect(addinOrigins(setting)).toEqual(expected);
  });
});

describe("isAllowedOrigin", () => {
  const allowed = ["https://localhost:3000"];
  test.each([
    ["https://localhost:3000", true],
    ["https://localhost:3000.evil.com", false],
    ["https://localhost:30000", false],
    ["http://localhost:3000", false],
    ["https://localhost:3000/", false],
    ["https://evil.com", false],
    ["null", false],
    [undefined, false],
  ])("%j -> %j", (origin, expected) => {
    expect(isAllowedOrigin(origin, allowed)).toBe(expected);
  });
});
