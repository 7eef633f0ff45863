import { describe, expect, test } from "vitest";
import { CAPTURED_AT, ownPage, parse } from "../../tests/support/extract/pages";
import { type Capture, captureSchema } from "../schema";
import { extractCapture, selectionToReview } from "./index";
import { readPageText } from "./page-text";
import { sanitizeCapture } from "./sanitize-capture";

const at = { capturedAt: CAPTURED_AT };

describe("extractCapture never throws", () => {
  test.each([
    ["an empty document", ""],
    ["a fragment of broken markup", "<div><p>unclosed <b>tags <table><tr><td>cell</div></span>"],
    [
      "JSON-LD of the wrong shapes",
      '<script type="application/ld+json">[1, "two", null, {"@graph": 5}, {"@type": 7}]</script>',
    ],
    ["a deep nest", `${"<div>".repeat(3000)}deep${"</div>".repeat(3000)}`],
  ])("on %s", (_label, html) => {
    const result = extractCapture(parse(html), "https://odd.example.com/", at);
    expect(captureSchema.safeParse(result).success).toBe(true);
    expect(result.vendor.domain).toBe("example.com");
  });

  test("a root whose queries throw costs only the layers that used them", () => {
    const document = parse("<p>Call +44 20 7946 0958</p>");
    const hostile = new Proxy(document, {
      get(target, key) {
        if (key === "getElementsByTagName" || key === "querySelectorAll") {
          return () => {
            throw new Error("boom");
          };
        }
        const value = Reflect.get(target, key, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const result = extractCapture(hostile, "https://hostile.example.org/", at);
    expect(result.warnings).toEqual(
      expect.arrayContaining(["Skipped the JSON-LD: boom", "Skipped the meta tags: boom"]),
    );
    expect(result.vendor.contacts.phones).toEqual([{ shown: "+44 20 7946 0958", e164: "+442079460958" }]);
  });

  test("a root that is not a node at all gives an empty capture and a warning", () => {
    const result = extractCapture(null as unknown as Document, "https://x.example.org/", at);
    expect(result.reviews).toEqual([]);
    expect(result.warnings.length).toBeGreaterThan(0);
  });

  test("a non-http page address is recorded as http://localhost/ with a warning", () => {
    const result = extractCapture(parse("<title>x</title>"), "file:///tmp/page.html", at);
    expect(result.url).toBe("http://localhost/");
    expect(result.warnings[0]).toMatch(/not an http\(s\) URL/);
    expect(result.vendor.domain).toBeUndefined();
  });

  test("an invalid capture date falls back to the epoch rather than throwing", () => {
    const result = extractCapture(parse(""), "https://x.example.org/", { capturedAt: new Date("nope") });
    expect(result.capturedAt).toBe("1970-01-01T00:00:00.000Z");
  });

  test("values the schema rejects are dropped with a warning", () => {
    const html = `<script type="application/ld+json">{"@type":"Organization","name":"Bad Mail Ltd",
      "email":"not-an-email@", "url":"javascript:alert(1)", "logo":"data:image/png;base64,xx",
      "aggregateRating":{"ratingValue":"9","bestRating":"5"},
      "review":[{"@type":"Review","reviewBody":"ok","reviewRating":{"ratingValue":"7"}}]}</script>`;
    const result = extractCapture(parse(html), "https://badmail.example.com/", at);
    expect(result.vendor.name).toBe("Bad Mail Ltd");
    expect(result.vendor.website).toBe("https://badmail.example.com/");
    expect(result.vendor.logo).toBeUndefined();
    expect(result.vendor.contacts.emails).toEqual([]);
    expect(result.reviews[0]!.rating).toBeUndefined();
    expect(result.warnings.join(" ")).toMatch(/Dropped vendor\.contacts\.emails\.0/);
    expect(result.warnings.join(" ")).toMatch(/above its scale/);
  });

  test("a huge page stays bounded and says what was not read", () => {
    const paragraph = `<p>${"Bookkeeping for small firms with payroll included. ".repeat(40)}</p>`;
    const html = `<body>${paragraph.repeat(1100)}<p>hidden@bottom.example.org</p></body>`;
    const result = extractCapture(parse(html), "https://huge.example.org/", at);
    expect(result.warnings).toContain(
      "The page is very large; only its first 2,000,000 characters of text were read.",
    );
    expect(result.vendor.contacts.emails).toEqual([]);
    expect(result.vendor.function).toBe("accounting-payroll");
  });
});

describe("selection layer", () => {
  test("the owner's selection becomes a review with a quote selector", () => {
    const url = "http://localhost:4173/provider-brightbooks.html";
    const document = parse(ownPage("provider-brightbooks.html"), url);
    const result = extractCapture(document, url, {
      capturedAt: CAPTURED_AT,
      selectionText: "  We sign a GDPR data processing agreement (DPA)\n with every client ",
    });
    const review = result.reviews.at(-1)!;
    expect(review).toMatchObject({
      source: "website",
      body: "We sign a GDPR data processing agreement (DPA) with every client",
      scale: 5,
      url,
    });
    expect(review.quote.prefix).toBe("BrightBooks is SOC 2 Type II audited every year. ".slice(-32));
    expect(review.quote.suffix.startsWith(" who has staff")).toBe(true);
  });

  test.each([
    ["https://www.yelp.com/biz/harbor", "yelp", "https://www.yelp.com/biz/harbor"],
    ["https://vendor.example.com/", "website", "https://vendor.example.com/"],
    ["about:blank", "website", undefined],
  ])("selectionToReview on %s", (pageUrl, source, url) => {
    const review = selectionToReview("Fast, <b>friendly</b> payroll team", pageUrl, CAPTURED_AT);
    expect(review).toEqual({
      source,
      body: "Fast, friendly payroll team",
      scale: 5,
      quote: { exact: "Fast, friendly payroll team", prefix: "", suffix: "" },
      ...(url ? { url } : {}),
    });
  });

  test("selectionToReview with the page finds the context", () => {
    const document = parse("<p>Before the quote. Fast, friendly payroll team. After it.</p>");
    const review = selectionToReview(
      "Fast, friendly payroll team.",
      "https://v.example.com/",
      CAPTURED_AT,
      document,
    );
    expect(review.quote).toEqual({
      exact: "Fast, friendly payroll team.",
      prefix: "Before the quote. ",
      suffix: " After it.",
    });
  });
});

describe("readPageText", () => {
  test("skips scripts, styles and hidden elements; keeps blocks apart; tracks headings", () => {
    const document = parse(`<head><title>T</title></head><body>
      <h2>Plans</h2><div class="plan"><div class="plan-title">Starter</div><p>$9/month</p></div>
      <p hidden>hidden</p><p style="display: none">gone</p><script>var x = 1</script><style>p{}</style>
      <p>one</p><p>two<br>three</p><span aria-hidden="true">4.7</span>
      <a href="mailto:a@b.example.com">mail</a><a href="tel:+441610000000">call</a><a href="/x">x</a>
      <div itemscope itemtype="https://schema.org/Thing"></div></body>`);
    const page = readPageText(document);
    expect(page.text).toBe("Plans Starter $9/month one two three 4.7 mailcallx");
    expect(page.blocks.find((block) => block.text === "$9/month")?.heading).toBe("Starter");
    expect(page.contactHrefs).toEqual(["mailto:a@b.example.com", "tel:+441610000000"]);
    expect(page.itemScopes).toHaveLength(1);
    expect(page.truncated).toBe(false);
  });

  test("caps very long text runs", () => {
    const document = parse(`<body>${"word ".repeat(5000)}</body>`);
    const page = readPageText(document, 1000);
    expect(page.truncated).toBe(true);
    expect(page.text.length).toBeLessThanOrEqual(1000);
  });
});

describe("sanitizeCapture", () => {
  const base: Capture = {
    url: "https://x.example.com/",
    capturedAt: CAPTURED_AT.toISOString(),
    pageKind: "vendor-site",
    vendor: {
      languages: [],
      contacts: { emails: [], phones: [] },
      pricing: { plans: [] },
      certifications: [],
      ratings: [],
      provenance: {},
    },
    reviews: [],
    warnings: [],
  };

  test("drops a review missing its required body", () => {
    const broken = {
      ...base,
      reviews: [{ source: "g2", scale: 5, quote: { exact: "", prefix: "", suffix: "" } }],
    } as unknown as Capture;
    const result = sanitizeCapture(broken);
    expect(result.reviews).toEqual([]);
    expect(result.warnings).toEqual(["Dropped reviews.0.body: it did not pass the capture checks."]);
  });

  test("keeps only the page when the top level itself is wrong", () => {
    const broken = { ...base, pageKind: "nonsense", warnings: ["earlier"] } as unknown as Capture;
    const result = sanitizeCapture(broken);
    expect(result.pageKind).toBe("vendor-site");
    expect(captureSchema.safeParse(result).success).toBe(true);
    expect(result.warnings.at(-1)).toBe(
      "The page's data could not be checked, so only the page address was kept.",
    );
  });
});
