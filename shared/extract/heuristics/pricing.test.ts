import { describe, expect, test } from "vitest";
import { findPricesRaw, guessPricingModelRaw, plansFromBlocksRaw } from "./pricing";

describe("findPricesRaw", () => {
  test.each([
    ["$49/month", { price: 49, currency: "USD", period: "month", perSeat: false }],
    ["€1,200 per year", { price: 1200, currency: "EUR", period: "year", perSeat: false }],
    ["£35 an hour", { price: 35, currency: "GBP", period: "hour", perSeat: false }],
    ["from $99 per user per month", { price: 99, currency: "USD", period: "month", perSeat: true }],
    ["$12/user/mo", { price: 12, currency: "USD", period: "month", perSeat: true }],
    ["$25 - $49 / hr", { price: 25, currency: "USD", period: "hour", perSeat: false }],
    ["USD 2,500 one-off setup", { price: 2500, currency: "USD", period: "one-time", perSeat: false }],
    ["49 € pro Monat", { price: 49, currency: "EUR", period: "one-time", perSeat: false }],
    ["1.200,50 EUR annually", { price: 1200.5, currency: "EUR", period: "year", perSeat: false }],
    ["$10k+ projects", { price: 10000, currency: "USD", period: "one-time", perSeat: false }],
    ["A$300 weekly", { price: 300, currency: "AUD", period: "week", perSeat: false }],
    ["₹15,000 per month", { price: 15000, currency: "INR", period: "month", perSeat: false }],
  ])("%j", (text, expected) => {
    expect(findPricesRaw(text)[0]).toMatchObject(expected);
  });

  test("no currency, no price", () => {
    expect(findPricesRaw("250 requests, 3K reqs, 99.9% uptime")).toEqual([]);
  });
});

test("plansFromBlocksRaw names each plan after its heading, first price per heading", () => {
  expect(
    plansFromBlocksRaw([
      { text: "Simple pricing" },
      { text: "$149/month", heading: "Starter" },
      { text: "Save $20 when billed yearly", heading: "Starter" },
      { text: "£45 per user per month", heading: "Complete" },
      { text: "Total due 0.00 USD", heading: "Invoice" },
      { text: "Free forever: $0/month", heading: "Free" },
      { text: "$5 add-on" },
    ]),
  ).toEqual([
    { name: "Starter", price: 149, currency: "USD", period: "month" },
    { name: "Complete", price: 45, currency: "GBP", period: "month", perSeat: true },
    { name: "Free", price: 0, currency: "USD", period: "month" },
    // "$5 add-on" sits under no plan title: a figure, not a plan.
  ]);
});

test.each([
  [[{ name: "Team", price: 12, currency: "USD", period: "month" as const, perSeat: true }], "", "per-seat"],
  [[{ name: "Rate", price: 95, currency: "GBP", period: "hour" as const }], "", "hourly"],
  [[{ name: "Growth", price: 349, currency: "USD", period: "month" as const }], "", "monthly"],
  [[{ name: "Audit", price: 900, currency: "USD", period: "one-time" as const }], "", "fixed"],
  [[], "Every client is different: request a quote", "quote"],
  [[], "Welcome", undefined],
])("guessPricingModelRaw(%j, %j) = %s", (plans, text, expected) => {
  expect(guessPricingModelRaw(plans, text)).toBe(expected);
});

test("figures in prose are not prices or plans (issue 17, class 10)", () => {
  expect(findPricesRaw("the $91 billion U.S. staffing industry")).toEqual([]);
  expect(findPricesRaw("ein Umsatz von 3,5 Mrd. € im Jahr")).toEqual([]);
  const paragraph =
    "Bislang sind diese Heizsysteme in Österreich aber praktisch unbekannt und für die Zielgruppe aufgrund der hohen Anfangsinvestition von rund 2700 € schwer erschwinglich, sagt die Studie.";
  expect(plansFromBlocksRaw([{ text: paragraph, heading: "Soziale Energie" }])).toEqual([]);
  expect(plansFromBlocksRaw([{ text: "Setup fee $500", heading: "Onboarding" }])).toEqual([
    { name: "Onboarding", price: 500, currency: "USD", period: "one-time" },
  ]);
});

test("a price late in a short sentence is prose, not a plan (issue 17, class 10)", () => {
  // A podcast transcript's lines sit under its "Transcript" heading, each short enough to pass for a card.
  expect(
    plansFromBlocksRaw([
      { text: 'I was like, "Well, I guess I\'m asking for $120,000 a year."', heading: "Transcript" },
      { text: "Frozen delivery is free for all orders over £35.", heading: "Delivery" },
    ]),
  ).toEqual([]);
  // A card's short label before its price still names a plan.
  expect(
    plansFromBlocksRaw([
      { text: "Starting at only $49/month", heading: "Team" },
      { text: "ab 94,00 €", heading: "Basis" },
    ]),
  ).toEqual([
    { name: "Team", price: 49, currency: "USD", period: "month" },
    { name: "Basis", price: 94, currency: "EUR", period: "one-time" },
  ]);
});
