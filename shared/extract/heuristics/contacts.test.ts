import { describe, expect, test } from "vitest";
import {
  confirmLinkPhonesRaw,
  contactsFromLinksRaw,
  findAddressRaw,
  findEmailsRaw,
  findPhonesInTextRaw,
  findPhonesRaw,
  PHONE_SEARCH_BUDGET,
  phoneSearchWindowsRaw,
  writtenCountryRaw,
} from "./contacts";

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

  test("a date is not read as a phone from a search window cut through it", () => {
    // The old 1,000-character windows cut "2025-08-11" on trustpilot.html and read "025-08-11" for DE.
    // The date starts at character 959, one before the old second window began.
    const text = `${"Reviewed by a customer. ".repeat(39)}Date of an experience: 2025-08-11, helpful`;
    expect(text.indexOf("2025-08-11")).toBe(959);
    expect(findPhonesRaw(text, "DE")).toEqual([]);
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

describe("confirmLinkPhonesRaw", () => {
  test("a link dialling a near miss of the number the page shows gives way to that number (a typo in the href)", () => {
    expect(confirmLinkPhonesRaw(["0221177731000", "+4922117731000"], ["0221/1773-1000"], "DE")).toEqual({
      phones: ["0221/1773-1000", "+4922117731000"],
      misdialled: ["0221177731000"],
    });
    // Even when it is the page's only phone link, the phone is not lost.
    expect(confirmLinkPhonesRaw(["0221177731000"], ["0221/1773-1000"], "DE").phones).toEqual([
      "0221/1773-1000",
    ]);
  });

  test("a number one digit away in another country is another number", () => {
    expect(confirmLinkPhonesRaw(["+4922117731001"], ["+43 221 177 31000"], undefined).misdialled).toEqual([]);
  });

  test("a link whose number the text does not show at all is kept: a phone icon, a 'Call sales' button", () => {
    expect(confirmLinkPhonesRaw(["+44 20 7946 0958"], ["0471 80 60 745"], "DE")).toEqual({
      phones: ["+44 20 7946 0958"],
      misdialled: [],
    });
    expect(confirmLinkPhonesRaw(["+44 20 7946 0958"], [], undefined)).toEqual({
      phones: ["+44 20 7946 0958"],
      misdialled: [],
    });
  });

  test("a link dialling the shown number, however written, is kept", () => {
    expect(confirmLinkPhonesRaw(["+494718060745"], ["0471 80 60 745"], "DE").phones).toEqual([
      "+494718060745",
    ]);
  });

  test("two numbers three or more digits apart are two numbers", () => {
    expect(confirmLinkPhonesRaw(["0471 80 60 999"], ["0471 80 60 745"], "DE").misdialled).toEqual([]);
  });
});

test("writtenCountryRaw: the one country of the numbers written with their country code", () => {
  expect(writtenCountryRaw(["+91 90294 69931", "9137683343", "+91 99870 28576"])).toBe("IN");
  expect(writtenCountryRaw(["+44 20 7946 0958", "+49 471 8060745"])).toBeUndefined();
  expect(writtenCountryRaw(["(408) 714-1489", "0471 80 60 745"])).toBeUndefined();
  expect(writtenCountryRaw([])).toBeUndefined();
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

// Issue 19, finding 2: libphonenumber-js reads some 15 to 40 µs a character, so on a page of
// number-like text it may read only the passages a linear pre-scan picks, PHONE_SEARCH_BUDGET at most.
// The bench (extract.adversarial_*) times it; these tests check the work.
describe("phoneSearchWindowsRaw", () => {
  test("a run of number characters with 7 digits is searched, with a character before and room after", () => {
    expect(phoneSearchWindowsRaw("Tel 0471 80 60 745, since 2014")).toEqual({
      windows: [{ from: 2, to: 30, ownsFrom: 3, ownsTo: 18 }],
      cut: false,
    });
  });

  test.each([
    ["Founded in 2014, 250 reviews, 12 offices"],
    ["$1,000,000.00 € 1.000 ".repeat(2000)],
    ["a.a@a.a".repeat(2000)],
  ])("text without 7 digits in a run gives nothing to search: %#", (text) => {
    expect(phoneSearchWindowsRaw(text)).toEqual({ windows: [], cut: false });
  });

  test.each([
    ["+1 2 ", 200_000],
    ["123 ", 200_000],
    ["9", 200_000],
  ])("%j to %i characters: at most the budget is searched, and the cut is said", (unit, size) => {
    const search = phoneSearchWindowsRaw(unit.repeat(size / unit.length));
    const searched = search.windows.reduce((sum, window) => sum + window.to - window.from, 0);
    expect(searched).toBeGreaterThan(PHONE_SEARCH_BUDGET / 2);
    expect(searched).toBeLessThanOrEqual(PHONE_SEARCH_BUDGET);
    expect(search.cut).toBe(true);
  });

  test("windows come back in page order, short runs and pieces of a long run alike, owning no stretch twice", () => {
    const text = `Call 020 7946 0958 or ${"5 ".repeat(100)}or (408) 714-1489`;
    const { windows } = phoneSearchWindowsRaw(text);
    expect(windows.map((window) => text.slice(window.ownsFrom, window.ownsTo).trim())).toEqual([
      "020 7946 0958",
      "5 ".repeat(40).trim(),
      "5 ".repeat(40).trim(),
      "5 ".repeat(20).trim(),
      "(408) 714-1489",
    ]);
    for (let i = 1; i < windows.length; i++)
      expect(windows[i]!.ownsFrom).toBeGreaterThanOrEqual(windows[i - 1]!.ownsTo);
  });
});

describe("findPhonesInTextRaw", () => {
  const offices = Array.from({ length: 12 }, (_, i) => `+44 20 7946 09${40 + i}`);

  test.each(Array.from({ length: 9 }, (_, i) => i * 5))(
    "twelve numbers in one long run are each read whole, wherever its pieces are cut (shifted by %i)",
    (shift) => {
      const text = `Offices: ${"/ ".repeat(shift)}${offices.join(" / ")}. Write to us.`;
      expect(findPhonesInTextRaw(text)).toEqual({ phones: offices, searchCut: false });
    },
  );

  test.each([
    ["after", (run: string) => `${run}Contact: Tel +44 20 7946 0958`],
    ["before", (run: string) => `Tel +44 20 7946 0958. ${run}`],
  ])(
    "a phone %s 200,000 characters of number-like text is still found, and the cut is said",
    (_where, page) => {
      expect(findPhonesInTextRaw(page("123 ".repeat(50_000)))).toEqual({
        phones: ["+44 20 7946 0958"],
        searchCut: true,
      });
    },
  );
});

test("contactsFromLinksRaw skips a mailto: or tel: link too long to hold an address or a number", () => {
  expect(
    contactsFromLinksRaw([
      `mailto:${"a".repeat(2_500_000)}@x.com`,
      `tel:+${"1".repeat(200)}`,
      "mailto:%E0%A4%A",
    ]),
  ).toEqual({ emails: [], phones: [] });
});
