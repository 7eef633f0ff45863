import { describe, expect, test } from "vitest";
import { CAPTURED_AT, parse, sharedPage } from "../../tests/support/extract/pages";
import { captureSchema } from "../schema";
import { extractCapture } from "./index";

// Real pages saved by the extruct and metascraper projects (../shared/fixtures/pages, see its README);
// expected values cross-checked against the .json files extruct produced for each.
function read(relative: string, url: string) {
  const result = extractCapture(parse(sharedPage(relative), url), url, { capturedAt: CAPTURED_AT });
  expect(captureSchema.safeParse(result).success).toBe(true);
  return result;
}

describe("extruct pages", () => {
  test("LocalBusiness.002: microdata Restaurant with address, phone, rating and its own site", () => {
    const result = read("extruct/LocalBusiness.002.html", "https://schema.org/LocalBusiness");
    expect(result.pageKind).toBe("vendor-site");
    expect(result.vendor).toMatchObject({
      name: "GreatFood",
      // The page is schema.org's example, on schema.org: the dishdash.com it declares is a claim,
      // not the page's own address, so the vendor stays the page's host (issue 19, finding 3).
      website: "https://schema.org/",
      domain: "schema.org",
      location: { city: "Sunnyvale", region: "CA" },
      contacts: {
        phones: [{ shown: "(408) 714-1489", e164: "+14087141489" }],
        address: "1901 Lemur Ave, Sunnyvale, CA 94086",
      },
    });
    expect(result.vendor.ratings).toEqual([
      {
        source: "website",
        value: 4,
        scale: 5,
        count: 250,
        url: "https://schema.org/LocalBusiness",
        capturedAt: CAPTURED_AT.toISOString(),
      },
    ]);
    expect(result.vendor.provenance.name?.method).toBe("microdata");
    expect(result.warnings).toEqual([
      "The page says it belongs to dishdash.com, but it is on schema.org; kept schema.org as the vendor.",
    ]);
  });

  test("LocalBusiness.003: the LocalBusiness nested in an invoice is the vendor, not the customer", () => {
    const result = read("extruct/LocalBusiness.003.html", "https://acme-heating.example.com/invoice/123ABC");
    expect(result.vendor.name).toBe("ACME Home Heating");
    expect(result.vendor.name).not.toBe("Jane Doe");
    // The invoice's "0.00 USD" due is no price plan.
    expect(result.vendor.pricing.plans).toEqual([]);
  });

  test.each(["extruct/product.html", "extruct/product_microdata.html"])(
    "%s: Product with aggregate rating and offer price",
    (file) => {
      const result = read(file, "https://shop.example.net/anvils/executive");
      // A product's name is not the shop's (issue 17: on a real pet shop's product page the product
      // became the vendor); with no brand of the shop's own on this example page, the name stays empty.
      expect(result.vendor.name).toBeUndefined();
      expect(result.warnings).toContain("No vendor name found on the page.");
      expect(result.vendor).toMatchObject({
        description:
          "Sleeker than ACME's Classic Anvil, the Executive Anvil is perfect for the business traveler looking for something to drop from a height.",
        website: "https://shop.example.net/",
        domain: "example.net",
      });
      expect(result.vendor.pricing.plans).toEqual([
        { name: "Executive Anvil", price: 119.99, currency: "USD", period: "one-time" },
      ]);
      expect(result.vendor.ratings[0]).toMatchObject({ source: "website", value: 4.4, scale: 5, count: 89 });
      expect(result.vendor.logo).toBeUndefined();
    },
  );

  test("opengraph_ns_product_test (900 KB): OpenGraph url and product price meta", () => {
    const url = "https://www.fye.com/better-off-dead-exclusive-blu-ray-steelbook-fye.000000032429335302.html";
    const result = read("extruct/opengraph_ns_product_test.html", url);
    expect(result.vendor.website).toBe("https://www.fye.com/");
    expect(result.vendor.domain).toBe("fye.com");
    expect(result.vendor.pricing.plans[0]).toMatchObject({
      price: 17.99,
      currency: "USD",
      period: "one-time",
    });
    expect(result.vendor.description).toBe(
      "Better Off Dead [Exclusive Blu-ray Steelbook] - 1980's classic starring John Cusack",
    );
  });

  test.each([["extruct/JSONLD_with_JS_comment.html"], ["extruct/JSONLD_with_control_characters.html"]])(
    "%s: broken JSON-LD is repaired, never thrown, and the warning says so",
    (file) => {
      const result = read(file, "https://money.udn.com/money/story/5635/4158094");
      expect(result.warnings).toContain(
        "Repaired JSON-LD block 1 (comments, trailing commas or raw control characters).",
      );
      expect(result.vendor.domain).toBe("udn.com");
    },
  );
});

describe("metascraper pages", () => {
  test("chowhanandsons.com: a contractor's own site, phones from tel: links, email from mailto:", () => {
    const result = read("metascraper/chowhanandsons.com.html", "https://www.chowhanandsons.com/");
    expect(result.pageKind).toBe("vendor-site");
    expect(result.vendor).toMatchObject({
      name: "Chowhan and Sons",
      website: "https://www.chowhanandsons.com/",
      domain: "chowhanandsons.com",
    });
    expect(result.vendor.contacts.emails).toEqual(["services@chowhonandsons.com"]);
    expect(result.vendor.contacts.phones.map((phone) => phone.shown)).toEqual(
      expect.arrayContaining(["9029469931", "9987028576", "9355040982", "9773657278", "9137683343"]),
    );
    // Indian mobile numbers written without +91 on a .com page tagged "en-US" (a theme's default): the
    // "+91 90294 69931" the page also writes says which country they are, not the language tag.
    expect(result.vendor.contacts.phones.map((phone) => phone.e164)).toEqual(
      expect.arrayContaining([
        "+919029469931",
        "+919987028576",
        "+919355040982",
        "+919773657278",
        "+919137683343",
      ]),
    );
    expect(result.vendor.description).toMatch(
      /^Call Now: 9029469931 \| Complete Waterproofing Solution in Mumbai/,
    );
    expect(result.vendor.provenance.name?.method).toBe("json-ld");
  });

  test("microlink.io: OpenGraph vendor, placeholder email ignored, no invented prices", () => {
    const result = read("metascraper/microlink.io.html", "https://microlink.io/");
    expect(result.vendor).toMatchObject({
      name: "Microlink",
      website: "https://microlink.io/",
      domain: "microlink.io",
      logo: "https://microlink.io/logo-trim.png",
      description:
        "Extract structured data from any website. Enter an URL, receive information. Get relevant information from any link & easily create beautiful previews.",
    });
    expect(result.vendor.contacts.emails).toEqual([]);
    expect(result.vendor.pricing.plans).toEqual([]);
    expect(result.vendor.provenance.name?.method).toBe("opengraph");
  });

  test("malformed.html: broken markup still yields the page's site, geo location and contacts", () => {
    const url = "http://tours.jamesphotographygroup.com/public/vtour/display/1754637?a=1";
    const result = read("metascraper/malformed.html", url);
    expect(result.vendor).toMatchObject({
      website: "http://tours.jamesphotographygroup.com/",
      domain: "jamesphotographygroup.com",
      description: "Virtual Tour of 219 Shale Rd.",
      location: { city: "Shenandoah", region: "VA", country: "US" },
    });
    expect(result.vendor.contacts.emails).toEqual(["michele@atokaproperties.com"]);
    expect(result.vendor.contacts.phones).toContainEqual({ shown: "540-878-8635", e164: "+15408788635" });
  });
});
