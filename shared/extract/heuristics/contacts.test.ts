import { describe, expect, test } from "vitest";
import { contactsFromLinksRaw, findAddressRaw, findEmailsRaw, findPhonesRaw, phoneE164Raw } from "./contacts";

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
    // Without the page's country a national number cannot be read: the UK one stays out.
    ["US office 415-555-0132, UK 020 7946 0958", ["415-555-0132"]],
    ["Tel: +1 (415) 555-0132 / +1 415 555 0132", ["+1 (415) 555-0132"]],
    // Ten bare digits could be any country's (this one is Indian): unsure, so not taken.
    ["Call Now: 9029469931 | Waterproofing", []],
    ["Founded 2014-12-01, order 123ABC, 250 reviews", []],
    ["Invoice 2025 total 1200", []],
    ["+91 90294 69931", ["+91 90294 69931"]],
  ])("%j", (text, expected) => {
    expect(findPhonesRaw(text)).toEqual(expected);
  });

  // Issue 17, classes 5 and 8, on lines from the real pages in tests/fixtures/pages/real.
  test.each([
    ["Tel.: 0471 80 60 745 * Fax: 0471 80 60 747", "DE", ["0471 80 60 745"]],
    ["29614 Soltau Fon 05191 979238 Fax 05191 979228", "DE", ["05191 979238"]],
    ["DE- 93437 Furth im Wald Tel. +49 (0) 99 73 84 59 – 0", "DE", ["+49 (0) 99 73 84 59 – 0"]],
    ["P 919-951-0052 F 919-928-5516 108 Morris St", "US", ["919-951-0052"]],
    ["Teléfono: + 34 91 562 51 52", "ES", ["+ 34 91 562 51 52"]],
    ["Kalender 22 23 24 25 26 27 28", "DE", []],
    ["UK office 020 7946 0958", "GB", ["020 7946 0958"]],
  ])("%j read for %s", (text, country, expected) => {
    expect(findPhonesRaw(text, country as "DE")).toEqual(expected);
  });

  test("phoneE164Raw keeps the extension a German number is written with", () => {
    expect(phoneE164Raw("+49 (0) 99 73 84 59 – 0", "DE")).toBe("+49997384590");
    expect(phoneE164Raw("0471 80 60 745", "DE")).toBe("+494718060745");
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
