import { expect, test } from "vitest";
import { siteBrandRaw } from "./site-brand";

const none = { logoAlts: [], organizationNames: [] };

test("the JSDoc's promises: the segment that spells the domain, and nothing when nothing is sure", () => {
  expect(
    siteBrandRaw({
      ...none,
      domain: "markeich.de",
      title: "Impressum - Werbeagentur MARKE ICH | Soltau im Heidekreis",
    }),
  ).toEqual({ name: "Werbeagentur MARKE ICH", matchesDomain: true });
  expect(siteBrandRaw({ ...none, domain: "example.com", title: "Welcome" })).toBeUndefined();
});

test.each([
  // audiense.com's logo alt texts carry its HubSpot theme's folder name, "64Audiense_April2022".
  ["audiense.com", { logoAlts: ["audiense_logotype_black", "64 audiense", "64Audiense"] }, "Audiense"],
  ["acme.com", { title: "Our Services | 10 Acme" }, "Acme"],
])("on %s a leading number the domain does not spell is no part of the name", (domain, signals, name) => {
  expect(siteBrandRaw({ ...none, domain, ...signals })).toEqual({ name, matchesDomain: true });
});

test.each([
  ["3m.com", { logoAlts: ["3M logo"] }, "3M"],
  ["99designs.com", { siteName: "99designs" }, "99designs"],
  // Named with its number in the title and the site name: the number is the provider's own.
  [
    "pfoten-hundeschule.de",
    { siteName: "4 Pfoten Hundeschule", title: "Welpenkurse | 4 Pfoten Hundeschule" },
    "4 Pfoten Hundeschule",
  ],
])("on %s a number that is part of the brand stays", (domain, signals, name) => {
  expect(siteBrandRaw({ ...none, domain, ...signals })?.name).toBe(name);
});

test("a logo's alt text copied from its file name gives the name before the word logo", () => {
  expect(siteBrandRaw({ ...none, domain: "acme.com", logoAlts: ["acme_corp_logo_white"] })).toEqual({
    name: "acme corp",
    matchesDomain: true,
  });
});
