import { describe, expect, test } from "vitest";
import { CAPTURED_AT, parse } from "../../tests/support/extract/pages";
import {
  loadRealPages,
  type RealPage,
  realPageHtml,
  scoreCapture,
  totalScore,
} from "../../tests/support/extract/real-facts";
import { captureSchema } from "../schema";
import { extractPage } from "./index";
import { declaredLanguage, pageLanguageRaw } from "./page-language";
import { readPageText } from "./page-text";

// Real saved pages (tests/fixtures/pages/real, each with its source and licence in facts.json),
// checked against facts read by hand from each page. Real pages outrank the hand-written fixtures.
const pages = loadRealPages();
// Each page parsed once: its read, and its language (declared, and as the extractor takes it).
const reads = new Map<string, ReturnType<typeof extractPage>>();
const languages = new Map<string, { declared: string | undefined; read: string | undefined }>();
for (const page of pages) {
  const doc = parse(realPageHtml(page), page.url);
  const declared = declaredLanguage(doc);
  languages.set(page.file, { declared, read: pageLanguageRaw(declared, readPageText(doc).text) });
  reads.set(page.file, extractPage(doc, page.url, { capturedAt: CAPTURED_AT }));
}
function captureOf(file: string) {
  const read = reads.get(file);
  if (!read?.ok) throw new Error(`${file} was read as a listing page`);
  return read.capture;
}
const scored = pages.flatMap((page: RealPage) => {
  const read = reads.get(page.file)!;
  return scoreCapture(page, read.ok ? read.capture : { saved: false });
});

test("the corpus holds at least 40 real pages, each with its source and licence", () => {
  expect(pages.length).toBeGreaterThanOrEqual(40);
  for (const page of pages) {
    expect(page.origin).toBe("real");
    expect(page.source.licence).toMatch(/^(Apache-2\.0|MIT|BSD-3-Clause)$/);
    expect(page.source.commit).toMatch(/^[0-9a-f]{40}$/);
  }
});

test.each(pages.map((page) => [page.file] as const))("%s gives a valid capture", (file) => {
  expect(captureSchema.safeParse(captureOf(file)).success).toBe(true);
});

test("95% or more of the due facts are correct", () => {
  const score = totalScore(scored);
  expect(score.correct / score.due).toBeGreaterThanOrEqual(0.95);
});

test("no wrong domain, no listing page saved as a vendor, no review by the directory itself", () => {
  const fatal = scored.filter(
    (result) => result.verdict === "wrong" && ["domain", "vendor", "firstReview"].includes(result.fact),
  );
  expect(fatal).toEqual([]);
});

// The failure classes of issue 17 where a real page shows them.
describe("failure classes on real pages", () => {
  test("class 1: a Trustpilot single-review page names the vendor by its link to /review/<domain>", () => {
    const gousto = captureOf("traf--uk.trustpilot.com.reviews.html.gz");
    expect(gousto.url).toBe("https://uk.trustpilot.com/reviews/581cf1892ae760087cadbf17");
    expect(gousto.vendor.domain).toBe("gousto.co.uk");
    expect(gousto.vendor.website).toBe("https://gousto.co.uk/");
    expect(gousto.vendor.name).toBe("gousto.co.uk");
    // The one review's stars are that review's: the page shows no TrustScore for the business.
    expect(gousto.vendor.ratings).toEqual([]);
    expect(gousto.reviews).toHaveLength(1);
    expect(gousto.reviews[0]).toMatchObject({
      source: "trustpilot",
      author: "Mrs H Pyke",
      title: "Gousto has changed my life....",
      rating: 5,
      scale: 5,
      date: "2016-11-04T20:37:27Z",
      url: "https://uk.trustpilot.com/reviews/581cf1892ae760087cadbf17",
    });
    expect(gousto.reviews[0]!.body).toMatch(/^I cannot thank Gousto enough\./);
  });

  test("class 5: a fax is not a phone, and a number keeps its extension, as shown and in E.164", () => {
    expect(captureOf("traf--markeich.de.impressum.html.gz").vendor.contacts.phones).toEqual([
      { shown: "05191 979238", e164: "+495191979238" },
    ]);
    expect(captureOf("traf--buero-hoppe.de.baumgutachten.html.gz").vendor.contacts.phones).toEqual([
      { shown: "0471 80 60 745", e164: "+494718060745" },
    ]);
    expect(captureOf("traf--viehbacher.com.steuerrecht.html.gz").vendor.contacts.phones).toEqual([
      { shown: "+49 (0) 99 73 84 59 – 0", e164: "+49997384590" },
      { shown: "+49 (0) 89 20 80 27 250", e164: "+4989208027250" },
    ]);
    const caktus = captureOf("traf--caktusgroup.com.django.html.gz").vendor.contacts;
    expect(caktus.phones).toEqual([{ shown: "919-951-0052", e164: "+19199510052" }]);
    // zooroyal.de's footer wraps its "0221/1773-1000" in a link that dials 0221177731000 (one 7 too
    // many) and in one that dials it right: the number as the page shows it is kept, and the clip says why.
    const zooroyal = captureOf("traf--zooroyal.de.trixie.html.gz");
    expect(zooroyal.vendor.contacts.phones).toEqual([{ shown: "0221/1773-1000", e164: "+4922117731000" }]);
    expect(zooroyal.warnings.join(" ")).toMatch(/instead of its phone link 0221177731000/);
    expect(caktus.address ?? "").not.toMatch(/^\d{4} F/);
  });

  test("class 7: the function only on clear evidence, in the page's language", () => {
    expect(captureOf("traf--viehbacher.com.steuerrecht.html.gz").vendor.function).toBe("accounting-payroll");
    expect(captureOf("traf--markeich.de.impressum.html.gz").vendor.function).toBe("marketing");
    expect(captureOf("traf--anwaltniemeyer.de.index.html.gz").vendor.function).toBe("legal");
    expect(captureOf("meta--segment.html.gz").vendor.function).toBeUndefined();
    expect(captureOf("traf--stackoverflow.com.rust.html.gz").vendor.function).toBeUndefined();
    // A podcast transcript talks about marketing; Indie Hackers sells no marketing.
    expect(captureOf("meta--indiehackers.html.gz").vendor.function).toBeUndefined();
  });

  test("class 9: the provider's own name, not a place or a page heading", () => {
    expect(captureOf("traf--markeich.de.impressum.html.gz").vendor.name).toBe("Werbeagentur MARKE ICH");
    expect(captureOf("meta--lean-data.html.gz").vendor.name).toBe("LeanData");
    expect(captureOf("traf--giromatch.com.kredit.html.gz").vendor.name).toBe("GIROMATCH");
    // Its logos' alt texts read "64 audiense" and "64Audiense" (a theme's folder name): 64 is no part of it.
    expect(captureOf("meta--audiense.html.gz").vendor.name).toBe("Audiense");
    // A shop's product page: the product ("Johnsons 4 Fleas ...") is not the vendor; empty beats wrong.
    expect(captureOf("extruct--monsterpetsupplies.html.gz").vendor.name ?? "").not.toMatch(/Johnsons/);
    expect(captureOf("traf--hundeverein-kreisunna.de.html.gz").vendor.name).toBe(
      "Hunde Verein Kreis Unna 1990 e. V.",
    );
  });

  test("class 10: numbers in prose are not prices", () => {
    expect(captureOf("traf--propellets.at.energie.html.gz").vendor.pricing.plans).toEqual([]);
    expect(captureOf("traf--financescout24.de.autokredit.html.gz").vendor.pricing.plans).toEqual([]);
    // A podcast transcript: "I guess I'm asking for $120,000 a year." is a story, not Indie Hackers' price.
    expect(captureOf("meta--indiehackers.html.gz").vendor.pricing.plans).toEqual([]);
  });

  test("a company profile on linkedin.com is not the company's website", () => {
    const audiense = captureOf("meta--linkedin-company.html.gz").vendor;
    expect(audiense.name).toBe("Audiense");
    expect(audiense.domain).toBeUndefined();
  });
});

describe("the page's language when its lang attribute is wrong (franc-min)", () => {
  const language = (page: RealPage) => languages.get(page.file)!;

  test("a German page that says lang=en-US is read as German", () => {
    const page = pages.find((each) => each.file === "traf--hr-innovation.org.enterprise.html.gz")!;
    expect(language(page)).toEqual({ declared: "en-US", read: "de" });
  });

  test("every other page's lang attribute stands, a short one franc-min misreads included", () => {
    const overridden = pages
      .filter((page) => page.file !== "traf--hr-innovation.org.enterprise.html.gz")
      .map((page) => ({ file: page.file, ...language(page) }))
      .filter((page) => page.declared && page.read !== page.declared);
    expect(overridden).toEqual([]);
    // 322 characters of English that franc-min alone calls Spanish: too little to overrule lang="en".
    expect(language(pages.find((each) => each.file === "meta--teslahunt.html.gz")!).read).toBe("en");
  });
});
