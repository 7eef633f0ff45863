import { expect, test } from "vitest";
import { directoryVendorDomain } from "./directory-vendor-domain";

test.each([
  ["https://www.trustpilot.com/review/brightbooks.com", "brightbooks.com"],
  ["https://uk.trustpilot.com/review/www.BrightBooks.com?page=2", "brightbooks.com"],
  ["https://trustpilot.com/review/northwind-it.co.uk/", "northwind-it.co.uk"],
  ["https://www.trustpilot.com/categories/accounting", undefined],
  ["https://www.trustpilot.com/review/not a domain", undefined],
  ["https://www.g2.com/products/brightbooks/reviews", undefined],
  ["https://nottrustpilot.com/review/brightbooks.com", undefined],
  ["not a url", undefined],
])("%s names %s", (url, domain) => {
  expect(directoryVendorDomain(url)).toBe(domain);
});
