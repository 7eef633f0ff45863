import { describe, expect, test } from "vitest";
import { parse } from "../../tests/support/extract/pages";
import { jsonLdToThings, parseJsonLdRaw, readJsonLd } from "./json-ld";
import { allThings, text } from "./thing";

describe("parseJsonLdRaw", () => {
  test.each([
    ['{"a": 1}', { a: 1 }, false],
    ['{"a": "x", // note\n}', { a: "x" }, true],
    ['{"a": /* block */ "x"}', { a: "x" }, true],
    ['{"url": "https://x.org//path"}', { url: "https://x.org//path" }, false],
    ['{"a": ["x", "y",],}', { a: ["x", "y"] }, true],
    ['{"data": "line 1\n line\t2\u0001"}', { data: "line 1\n line\t2\u0001" }, true],
    ['{"q": "say \\"hi\\" // not a comment",}', { q: 'say "hi" // not a comment' }, true],
    ['<!-- {"a": 1} -->', { a: 1 }, false],
  ])("%j", (source, value, repaired) => {
    expect(parseJsonLdRaw(source)).toEqual({ value, repaired });
  });

  test.each([["{oops"], [""], ["   "], ['{"a": 1 /* never closed']])("gives up on %j", (source) => {
    expect(parseJsonLdRaw(source)).toBeUndefined();
  });
});

describe("jsonLdToThings", () => {
  test("flattens @graph, arrays and nesting, and resolves @id references", () => {
    const things = jsonLdToThings([
      {
        "@context": "https://schema.org",
        "@graph": [
          { "@type": "Organization", "@id": "#org", name: "Acme" },
          { "@type": "WebPage", publisher: { "@id": "#org" }, about: { "@id": "#missing" } },
        ],
      },
      [
        {
          "@type": ["LocalBusiness", "schema:AccountingService"],
          name: { "@value": "Books" },
          rating: 4.5,
          open: true,
        },
      ],
    ]);
    expect(things.map((thing) => thing.types)).toEqual([
      ["Organization"],
      ["WebPage"],
      ["LocalBusiness", "AccountingService"],
    ]);
    const page = things[1]!;
    expect(text(page, "publisher")).toBe("Acme");
    expect(page.props.about).toEqual(["#missing"]);
    expect(things[2]!.props).toEqual({ name: ["Books"], rating: ["4.5"], open: ["true"] });
    expect(allThings(things)).toHaveLength(3);
  });
});

describe("readJsonLd", () => {
  test("reads every script, repairs what it can and names what it skipped", () => {
    const document = parse(`<html><head>
      <script type="application/ld+json">{"@type": "Organization", "name": "One"}</script>
      <script type="application/ld+json">{"@type": "Organization", "name": "Two", // trailing
      }</script>
      <script type="application/ld+json">{ this is not json</script>
      <script type="application/ld+json">   </script>
      <script type="text/javascript">var x = {"@type": "Organization"};</script>
    </head></html>`);
    const result = readJsonLd(document);
    expect(result.things.map((thing) => text(thing, "name"))).toEqual(["One", "Two"]);
    expect(result.warnings).toEqual([
      "Repaired JSON-LD block 2 (comments, trailing commas or raw control characters).",
      "Skipped JSON-LD block 3: not valid JSON even after repair.",
    ]);
  });

  test("works on a fragment (no getElementsByTagName)", () => {
    const document = parse("<div></div>");
    const fragment = document
      .createRange()
      .createContextualFragment(
        '<script type="application/ld+json">{"@type":"Organization","name":"Frag"}</script>',
      );
    expect(text(readJsonLd(fragment).things[0], "name")).toBe("Frag");
  });
});
