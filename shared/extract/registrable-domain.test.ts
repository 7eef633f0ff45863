import { expect, test } from "vitest";
import { hostOf, registrableDomain } from "./registrable-domain";

test.each([
  ["https://www.bbc.co.uk/news", "bbc.co.uk"],
  ["https://www.northwind-it.co.uk/", "northwind-it.co.uk"],
  ["https://a.b.example.com/x?y=1", "example.com"],
  ["uk.trustpilot.com", "trustpilot.com"],
  ["https://bücher.de/", "xn--bcher-kva.de"],
  ["https://xn--bcher-kva.de", "xn--bcher-kva.de"],
  ["https://shop.example.com.au", "example.com.au"],
  ["HTTPS://WWW.EXAMPLE.ORG.", "example.org"],
  ["http://127.0.0.1:8080/", undefined],
  ["http://[::1]:3000/", undefined],
  ["http://localhost:3000/x", undefined],
  ["https://co.uk/", undefined],
  ["not a url at all", undefined],
  ["", undefined],
  [undefined, undefined],
])("registrableDomain(%j) = %j", (input, expected) => {
  expect(registrableDomain(input)).toBe(expected);
});

test.each([
  ["https://Example.com/path", "example.com"],
  ["example.com:8080", "example.com"],
  ["   ", undefined],
  ["http://", undefined],
])("hostOf(%j) = %j", (input, expected) => {
  expect(hostOf(input)).toBe(expected);
});
