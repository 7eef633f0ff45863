import { describe, expect, test } from "vitest";
import { addinOrigins, isAllowedOrigin, isLoopbackHost, productionAddinOrigin } from "./addin-origin";

describe("addinOrigins", () => {
  test.each([
    [undefined, []],
    ["", []],
    ["https://addin.example.com", ["https://addin.example.com"]],
    [" https://addin.example.com:8443 ", ["https://addin.example.com:8443"]],
    ["http://addin.example.com", []],
    ["https://addin.example.com/", []],
    ["https://addin.example.com/taskpane", []],
    ["not a url", []],
  ])("%j -> %j (fails closed: no setting allows nobody)", (setting, expected) => {
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

describe("isLoopbackHost", () => {
  test.each([
    ["localhost", true],
    ["LOCALHOST.", true],
    ["app.localhost", true],
    ["127.0.0.1", true],
    ["127.1.2.3", true],
    ["[::1]", true],
    ["0.0.0.0", true],
    ["localhost.example.com", false],
    ["addin.example.com", false],
    ["10.0.0.1", false],
  ])("%j -> %j", (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});

describe("productionAddinOrigin", () => {
  test.each([
    ["https://addin.example.com", "https://addin.example.com"],
    ["https://addin.example.com/", "https://addin.example.com"],
    [" https://addin.example.com:8443 ", "https://addin.example.com:8443"],
  ])("accepts %j as %j", (text, origin) => {
    expect(productionAddinOrigin(text)).toBe(origin);
  });

  test.each([
    [undefined, /needs the add-in's https origin/],
    ["", /needs the add-in's https origin/],
    ["https://localhost:3000", /is this computer.*npm run build:dev/],
    ["https://127.0.0.1:3000", /is this computer/],
    ["https://[::1]:3000", /is this computer/],
    ["https://dev.localhost", /is this computer/],
    ["http://addin.example.com", /not https/],
    ["https://addin.example.com/taskpane", /more than an origin/],
    ["addin.example.com", /not a URL|not https/],
  ])("refuses %j with a sentence", (text, message) => {
    expect(() => productionAddinOrigin(text)).toThrow(message);
  });
});
