import { describe, expect, test } from "vitest";
import { readOffersRaw } from "./offers";
import type { Thing } from "./thing";

const thing = (types: string[], props: Record<string, (string | Thing)[]>): Thing => ({ types, props });
const spec = (name: string | undefined, price: string, unit: string) =>
  thing(["UnitPriceSpecification"], {
    ...(name ? { name: [name] } : {}),
    price: [price],
    priceCurrency: ["EUR"],
    unitText: [unit],
  });

describe("readOffersRaw", () => {
  test("several named priceSpecification entries: one plan each, named by the entry", () => {
    const offer = thing(["AggregateOffer"], {
      lowPrice: ["19"],
      highPrice: ["99"],
      priceCurrency: ["EUR"],
      priceSpecification: [
        spec("Basis", "19", "MONTH"),
        spec("Profi", "49", "MONTH"),
        spec("Firma", "99", "MONTH"),
      ],
    });
    expect(readOffersRaw([offer], "Kassenbuch")).toEqual({
      plans: [
        { name: "Basis", price: 19, currency: "EUR", period: "month" },
        { name: "Profi", price: 49, currency: "EUR", period: "month" },
        { name: "Firma", price: 99, currency: "EUR", period: "month" },
      ],
      ranges: [],
    });
  });

  test("lowPrice/highPrice alone: a range, no plan", () => {
    const offer = thing(["AggregateOffer"], { lowPrice: ["0"], highPrice: ["149"], priceCurrency: ["usd"] });
    expect(readOffersRaw([offer], "Ledgerly")).toEqual({ plans: [], ranges: ["0–149 USD"] });
  });

  test("a plain Offer with a price is still one plan, named after the product when it has no name", () => {
    const offer = thing(["Offer"], { price: ["250"], priceCurrency: ["GBP"] });
    expect(readOffersRaw([offer], "Audit")).toEqual({
      plans: [{ name: "Audit", price: 250, currency: "GBP", period: "one-time" }],
      ranges: [],
    });
  });

  test("unnamed entries are not guessed into several plans: the first priced one stands for the offer", () => {
    const offer = thing(["Offer"], {
      name: ["Support"],
      priceCurrency: ["EUR"],
      priceSpecification: [spec(undefined, "40", "HOUR"), spec(undefined, "300", "DAY")],
    });
    expect(readOffersRaw([offer], "x").plans).toEqual([
      { name: "Support", price: 40, currency: "EUR", period: "hour" },
    ]);
  });
});
