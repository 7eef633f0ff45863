import { describe, expect, test } from "vitest";
import { readSettings } from "./cost-settings";

const draft = {
  reportingCurrency: "gbp",
  teamSize: "6",
  termMonths: "36",
  ownerZone: "Europe/London",
  rates: "USD 0.79",
};

describe("readSettings", () => {
  test("reads the form into the evaluation's cost settings, dating a new rate today", () => {
    expect(readSettings(draft, [], "2026-12-06")).toEqual({
      ok: true,
      patch: {
        reportingCurrency: "GBP",
        teamSize: 6,
        termMonths: 36,
        ownerZone: "Europe/London",
        fxRates: [{ currency: "USD", rate: 0.79, asOf: "2026-12-06" }],
      },
    });
  });

  test("an unchanged rate keeps its date; several rates and an empty zone are fine", () => {
    const result = readSettings(
      { ...draft, ownerZone: "", rates: "USD=0.79; eur 0.85" },
      [{ currency: "USD", rate: 0.79, asOf: "2026-11-01" }],
      "2026-12-06",
    );
    expect(result.ok && result.patch.fxRates).toEqual([
      { currency: "USD", rate: 0.79, asOf: "2026-11-01" },
      { currency: "EUR", rate: 0.85, asOf: "2026-12-06" },
    ]);
    expect(result.ok && result.patch.ownerZone).toBeUndefined();
  });

  test.each([
    [{ reportingCurrency: "pounds" }, /3-letter code/],
    [{ teamSize: "2.5" }, /whole number of seats/],
    [{ termMonths: "0" }, /from 1 to 240/],
    [{ ownerZone: "London" }, /“London” is not a time zone name/],
    [{ rates: "USD" }, /such as “USD 0.79”; “USD” is not/],
    [{ rates: "USD 0.8, usd 0.7" }, /USD is given twice/],
  ])("refuses %o with what to correct", (patch, message) => {
    const result = readSettings({ ...draft, ...patch }, [], "2026-12-06");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  });
});
