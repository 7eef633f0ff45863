import { describe, expect, test } from "vitest";
import { contactsFromLinksRaw, findAddressRaw, findEmailsRaw, findPhonesRaw } from "./contacts";

describe("findEmailsRaw", () => {
  test.each([
    ["Write to hello@brightbooks.com today.", ["hello@brightbooks.com"]],
    ["Sales: Sales@Northwind-IT.co.uk.", ["sales@northwind-it.co.uk"]],
    ["you@domain.com, name@example.com, jane.doe@company.com", []],
    ["icon@2x.png logo@3x.webp sprite@2x.jpg", []],
    ["a@b.co a@b.co", ["a@b.co"]],
    ["x@o.sentry.io", ["x@o.sentry.io"]],
    ["err@sentry.io", []],
    ["no address here", []],
  ])("%j", (text, expected) => {
    expect(findEmailsRaw(text)).toEqual(expected);
  });
});

describe("findPhonesRaw", () => {
  test.each([
    ["Call +44 20 7946 0958 or (408) 714-1489", ["+44 20 7946 0958", "(408) 714-1489"]],
    ["US office 415-555-0132, UK 020 7946 0958", ["415-555-0132", "020 7946 0958"]],
    ["Tel: +1 (415) 555-0132 / +1 415 555 0132", ["+1 (415) 555-0132"]],
    ["Call Now: 9029469931 | Waterproofing", ["9029469931"]],
    ["Founded 2014-12-01, order 123ABC, 250 reviews", []],
    ["Invoice 2025 total 1200", []],
    ["+91 90294 69931", ["+91 90294 69931"]],
  ])("%j", (text, expected) => {
    expect(findPhonesRaw(text)).toEqual(expected);
  });
});

test("contactsFromLinksRaw reads mailto: and tel: links, once each", () => {
  expect(
    contactsFromLinksRaw([
      "mailto:hello@brightbooks.com?subject=Hi",
      "MAILTO:Hello@BrightBooks.com",
      "mailto:you@example.com",
      "tel:+14155550132",
      "tel:+1%20415%20555%200132",
      "tel://540-878-8635",
      "tel:12",
      "tel:%E0%A4%A",
      "https://brightbooks.com/",
    ]),
  ).toEqual({ emails: ["hello@brightbooks.com"], phones: ["+14155550132", "540-878-8635"] });
});

describe("findAddressRaw", () => {
  test.each([
    [
      "Visit us at 500 Market Street, Suite 300, San Francisco, CA 94105 today",
      "500 Market Street, Suite 300, San Francisco, CA 94105",
    ],
    ["Office: 1901 Lemur Ave, Sunnyvale, CA 94086.", "1901 Lemur Ave, Sunnyvale, CA 94086"],
    ["Find us at 12 Wharf Road, Manchester M1 2AB", "12 Wharf Road, Manchester M1 2AB"],
    ["We have 20 years of experience", undefined],
  ])("%j", (text, expected) => {
    expect(findAddressRaw(text)).toBe(expected);
  });
});
