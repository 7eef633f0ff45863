import { XMLParser } from "fast-xml-parser";
import { describe, expect, test } from "vitest";
import { renderManifest } from "./manifest";
import { productionManifest, withoutNamespace } from "./production-manifest";

const ORIGIN = "https://addin.example.com";

describe("productionManifest", () => {
  const xml = productionManifest(ORIGIN, "0.1.0");

  test("has no Namespace element and no resource left for it", () => {
    expect(xml).not.toMatch(/<Namespace\b/);
    expect(xml).not.toContain("Functions.Namespace");
    // The template has none either (issue 18: the production manifest leaves the element out).
    expect(renderManifest(ORIGIN, "0.1.0")).not.toMatch(/<Namespace\b/);
  });

  test("every URL is on the release origin, over https", () => {
    const urls = xml.replace(/<!--[\s\S]*?-->/g, "").match(/https?:\/\/[^"<\s]+/g) ?? [];
    const own = urls.filter(
      (url) => !url.startsWith("http://schemas.") && !url.startsWith("http://www.w3.org"),
    );
    expect(own.length).toBeGreaterThan(5);
    for (const url of own) expect(url.startsWith(`${ORIGIN}/`) || url === ORIGIN).toBe(true);
    expect(xml).not.toContain("localhost");
  });

  test("is still well-formed XML with the custom functions' script and metadata", () => {
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as Record<string, unknown>;
    expect(parsed).toHaveProperty("OfficeApp");
    expect(xml).toContain(`${ORIGIN}/functions.js`);
    expect(xml).toContain(`${ORIGIN}/functions.json`);
  });

  test.each([
    ["https://localhost:3000", /is this computer/],
    ["http://addin.example.com", /not https/],
  ])("refuses %j", (origin, message) => {
    expect(() => productionManifest(origin, "0.1.0")).toThrow(message);
  });
});

describe("withoutNamespace", () => {
  test("keeps a string resource another element still uses", () => {
    const xml = [
      "<a>",
      '  <Namespace resid="Shared"/>',
      '  <Title resid="Shared"/>',
      '  <bt:String id="Shared" DefaultValue="x"/>',
      "</a>",
    ].join("\n");
    expect(withoutNamespace(xml)).toBe(
      ["<a>", '  <Title resid="Shared"/>', '  <bt:String id="Shared" DefaultValue="x"/>', "</a>"].join("\n"),
    );
  });
});
