import { expect, test } from "vitest";
import { detectDirectoryRaw } from "./directory";

test.each([
  [{ pageUrl: "https://uk.trustpilot.com/review/brightbooks.com" }, "trustpilot"],
  [{ pageUrl: "https://www.g2.com/products/x/reviews" }, "g2"],
  [{ pageUrl: "https://www.capterra.co.uk/reviews/1/x" }, undefined],
  [{ pageUrl: "https://www.capterra.com/p/1/x/reviews/" }, "capterra"],
  [{ pageUrl: "https://clutch.co/profile/x" }, "clutch"],
  [{ pageUrl: "https://www.yelp.com/biz/x" }, "yelp"],
  [{ pageUrl: "https://www.upwork.com/agencies/x/" }, "upwork"],
  [{ pageUrl: "https://www.google.com/maps/place/X" }, "google"],
  [{ pageUrl: "https://www.google.co.uk/maps/place/X" }, "google"],
  [{ pageUrl: "https://business.google.com/n/123" }, "google"],
  [{ pageUrl: "https://www.google.com/search?q=x" }, undefined],
  [{ pageUrl: "http://localhost:4173/trustpilot.html", siteName: "Trustpilot" }, "trustpilot"],
  [{ pageUrl: "http://localhost:4173/g2.html", organizationNames: ["Northwind IT Ltd", "G2"] }, "g2"],
  [{ pageUrl: "http://127.0.0.1:8080/c.html", canonical: "https://clutch.co/profile/x" }, "clutch"],
  [{ pageUrl: "http://localhost:4173/p.html", canonical: "not a url", siteName: "BrightBooks" }, undefined],
  [{ pageUrl: "https://brightbooks.com/" }, undefined],
])("%j -> %s", (signals, expected) => {
  expect(detectDirectoryRaw(signals)?.source).toBe(expected);
});
