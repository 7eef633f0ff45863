import { describe, expect, test } from "vitest";
import { parse } from "../../tests/support/extract/pages";
import { brandFromTitleRaw, openGraphLayer, readMetaTags } from "./open-graph";

test.each([
  ["Pricing | BrightBooks", "BrightBooks"],
  ["Managed IT Support for Small Businesses - Northwind IT", "Northwind IT"],
  ["Home · Acme Payroll", "Acme Payroll"],
  ["Welcome", undefined],
  [`Page | ${"x".repeat(70)}`, undefined],
])("brandFromTitleRaw(%j) = %j", (title, expected) => {
  expect(brandFromTitleRaw(title)).toBe(expected);
});

describe("openGraphLayer", () => {
  const document = parse(`<html><head>
    <title>Plans | Acme Payroll</title>
    <meta property="og:site_name" content="Acme &amp; Co">
    <meta property="og:site_name" content="second ignored">
    <meta property="og:url" content="https://www.acme-payroll.com/plans">
    <meta property="og:description" content="Payroll for &lt;b&gt;small&lt;/b&gt; teams">
    <meta property="og:logo" content="/logo.svg">
    <meta property="product:price:amount" content="1,200.00">
    <meta property="product:price:currency" content="gbp">
    <meta name="description" content="Plain description">
    <meta name="geo.placename" content="Leeds">
    <meta name="geo.region" content="GB-LDS">
    <meta name="empty" content="  ">
    <link rel="canonical" href="/canonical/page">
    <link rel="stylesheet" href="/x.css">
  </head></html>`);
  const meta = readMetaTags(document);

  test("reads tags once, first value wins", () => {
    expect(meta.tags.get("og:site_name")).toBe("Acme &amp; Co".replace("&amp;", "&"));
    expect(meta.tags.has("empty")).toBe(false);
    expect(meta.canonical).toBe("/canonical/page");
    expect(meta.title).toBe("Plans | Acme Payroll");
  });

  test("OpenGraph and plain meta layers", () => {
    const { og, plain } = openGraphLayer(meta, "https://www.acme-payroll.com/plans?x=1");
    expect(og.method).toBe("opengraph");
    expect(og.vendor).toEqual({
      name: "Acme & Co",
      website: "https://www.acme-payroll.com/",
      description: "Payroll for small teams",
      logo: "https://www.acme-payroll.com/logo.svg",
      pricing: {
        model: "fixed",
        currency: "GBP",
        plans: [{ name: "Plans | Acme Payroll", price: 1200, currency: "GBP", period: "one-time" }],
      },
    });
    expect(plain.method).toBe("meta");
    expect(plain.vendor).toEqual({
      name: "Acme Payroll",
      description: "Plain description",
      website: "https://www.acme-payroll.com/",
      location: { city: "Leeds", region: "LDS", country: "GB" },
    });
  });

  test("an empty head gives empty layers", () => {
    const { og, plain } = openGraphLayer(readMetaTags(parse("<p>x</p>")), "https://x.example/");
    expect(og.vendor).toEqual({});
    expect(plain.vendor).toEqual({});
  });
});
