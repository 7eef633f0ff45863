import { expect, test } from "vitest";
import { makeCapture, makeLibrary } from "../../tests/support/library/make-library";
import { knownVendorForUrl } from "./known-vendor";

test("finds the vendor from its own site, a Trustpilot address or an earlier clip of the page", async () => {
  const library = makeLibrary();
  await library.saveCapture(makeCapture({ domain: "brightbooks.com", name: "BrightBooks" }));
  await library.saveCapture(
    makeCapture({
      domain: "northwind-it.co.uk",
      name: "Northwind IT",
      url: "https://www.g2.com/products/northwind/reviews",
    }),
  );
  const name = async (url: string) => (await knownVendorForUrl(library, url))?.name;
  expect(await name("https://www.brightbooks.com/pricing")).toBe("BrightBooks");
  expect(await name("https://uk.trustpilot.com/review/brightbooks.com")).toBe("BrightBooks");
  expect(await name("https://www.g2.com/products/northwind/reviews")).toBe("Northwind IT");
  expect(await name("https://www.g2.com/products/someone-else/reviews")).toBeUndefined();
  expect(await name("https://unknown.example/")).toBeUndefined();
  // The registrable domain: sub-domains and www. of the vendor's site match, a look-alike does not.
  expect(await name("https://app.eu.brightbooks.com/login")).toBe("BrightBooks");
  expect(await name("https://brightbooks.com.evil.example/")).toBeUndefined();
  expect(await name("not a url")).toBeUndefined();
});
