import { describe, expect, test } from "vitest";
import { countryOfHost, phoneCountryOf, phoneKey, phoneSchema, readPhone, readPhones } from "./phone";

describe("readPhone", () => {
  test.each([
    ["0471 80 60 745", "DE", "+494718060745"],
    ["+49 (0) 99 73 84 59 – 0", "DE", "+49997384590"],
    ["+ 34 91 562 51 52", "ES", "+34915625152"],
    ["+44 20 7946 0958", undefined, "+442079460958"],
    ["(408) 714-1489", undefined, "+14087141489"],
    ["(416) 555-0199", "CA", "+14165550199"],
    // A number written with its country code belongs to that country, whatever the page's.
    ["+41 22 123 45 67", "FR", "+41221234567"],
  ] as const)("%s read for %s is %s", (shown, country, e164) => {
    expect(readPhone(shown, country)).toEqual({ shown, e164 });
  });

  test.each([
    ["020 7946 0958", undefined],
    ["555-0100", undefined],
    ["0471", "DE"],
    ["Mo-Fr 9-17", "DE"],
    // North American by its bracketed area code: read for Germany or India it would be a wrong number.
    ["(408) 714-1489", "DE"],
    ["(415) 555-0132", "IN"],
  ] as const)("%s read for %s keeps no E.164: wrong is worse than missing", (shown, country) => {
    expect(readPhone(shown, country)).toEqual({ shown });
  });

  test("keeps the number as written, only trimmed", () => {
    expect(readPhone("  +44 20 7946 0958 ").shown).toBe("+44 20 7946 0958");
  });
});

describe("phoneSchema", () => {
  test("a phone keeps what was written and its E.164", () => {
    expect(phoneSchema.parse({ shown: "0471 80 60 745", e164: "+494718060745" })).toEqual({
      shown: "0471 80 60 745",
      e164: "+494718060745",
    });
  });

  test("a number as an older VendorScout kept it (a string) is read as written, E.164 where it has its country code", () => {
    expect(phoneSchema.parse("+44 20 7946 0958")).toEqual({
      shown: "+44 20 7946 0958",
      e164: "+442079460958",
    });
    expect(phoneSchema.parse("020 7946 0958")).toEqual({ shown: "020 7946 0958" });
  });

  test.each(["442079460958", "+0442079460958", "+44 20 7946 0958", "+4420794609581234", "tel:+442079460958"])(
    "refuses %s as E.164",
    (e164) => {
      const parsed = phoneSchema.safeParse({ shown: "020 7946 0958", e164 });
      expect(parsed.success).toBe(false);
      expect(JSON.stringify(parsed.error?.issues)).toMatch(/international number such as \+442079460958/);
    },
  );

  test("refuses an empty number and one longer than 40 characters", () => {
    expect(phoneSchema.safeParse({ shown: " " }).success).toBe(false);
    expect(phoneSchema.safeParse("1".repeat(41)).success).toBe(false);
  });
});

describe("phoneKey", () => {
  test("two ways of writing one number are the same phone once both have E.164", () => {
    expect(phoneKey(readPhone("020 7946 0958", "GB"))).toBe(phoneKey(readPhone("+44 20 7946 0958")));
  });

  test("without E.164 the digits written decide", () => {
    expect(phoneKey({ shown: "020 7946-0958" })).toBe(phoneKey({ shown: "020 7946 0958" }));
    expect(phoneKey({ shown: "020 7946 0958" })).not.toBe(phoneKey({ shown: "020 7946 0959" }));
  });
});

describe("phoneCountryOf", () => {
  test("the website's country-code domain first", () => {
    expect(phoneCountryOf([readPhone("+44 20 7946 0958")], "https://www.buero-hoppe.de/")).toBe("DE");
  });

  test("else the country of the first number that has one", () => {
    expect(phoneCountryOf([{ shown: "x" }, readPhone("+44 20 7946 0958")], "https://acme.com/")).toBe("GB");
  });

  test("else none", () => {
    expect(phoneCountryOf([{ shown: "020 7946 0958" }], "not a url")).toBeUndefined();
    expect(phoneCountryOf([], undefined)).toBeUndefined();
  });

  test.each([
    ["www.buero-hoppe.de", "DE"],
    ["example.co.uk", "GB"],
    ["segment.com", undefined],
    ["startup.io", undefined],
  ])("countryOfHost(%s) is %s", (host, country) => {
    expect(countryOfHost(host)).toBe(country);
  });
});

describe("readPhones: the owner's numbers read again", () => {
  const known = [{ shown: "020 7946 0958", e164: "+442079460958" }];

  test("a number kept as it was keeps its E.164; a new one is read for the vendor's country", () => {
    expect(readPhones(["020 7946 0958", "020 7946 0000"], known, "https://acme.com/")).toEqual([
      { shown: "020 7946 0958", e164: "+442079460958" },
      { shown: "020 7946 0000", e164: "+442079460000" },
    ]);
  });

  test("a number the owner changed is read again, not given the old one's E.164", () => {
    expect(readPhones(["+44 20 7946 0959"], known, undefined)).toEqual([
      { shown: "+44 20 7946 0959", e164: "+442079460959" },
    ]);
  });

  test("with no country to go by, a national number keeps no E.164", () => {
    expect(readPhones(["020 7946 0958"], [], "https://acme.com/")).toEqual([{ shown: "020 7946 0958" }]);
  });
});
