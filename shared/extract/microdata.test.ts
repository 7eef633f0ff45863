import { describe, expect, test } from "vitest";
import { parse } from "../../tests/support/extract/pages";
import { itempropValueRaw, readMicrodata } from "./microdata";
import { child, text, texts } from "./thing";

describe("itempropValueRaw", () => {
  const base = "https://vendor.example.com/about/";
  test.each([
    ['<meta itemprop="x" content="4.5">', "4.5"],
    ['<a itemprop="x" href="/contact">Contact</a>', "https://vendor.example.com/contact"],
    ['<img itemprop="x" src=" logo.png ">', "https://vendor.example.com/about/logo.png"],
    ['<link itemprop="x" href="http://schema.org/InStock">', "http://schema.org/InStock"],
    ['<time itemprop="x" datetime="2025-03-01">1 March</time>', "2025-03-01"],
    ['<data itemprop="x" value="42">forty-two</data>', "42"],
    ['<span itemprop="x">Plain <b>text</b><script>ignored()</script></span>', "Plain text"],
    ['<div itemprop="x"><p>One</p><p>Two</p></div>', " One Two"],
    ['<a itemprop="x">no href</a>', ""],
  ])("%s", (markup, expected) => {
    const document = parse(`<body>${markup}</body>`);
    expect(itempropValueRaw(document.querySelector("[itemprop]")!, base)).toBe(expected);
  });
});

describe("readMicrodata", () => {
  test("top-level items with nested items and multi-name props", () => {
    const document = parse(`<body>
      <div itemscope itemtype="http://schema.org/Organization" itemid="urn:org:1">
        <span itemprop="name legalName">Northwind IT</span>
        <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
          <span itemprop="addressLocality">Manchester</span>
        </div>
        <div><div><span itemprop="telephone">0161 555 0123</span></div></div>
      </div>
      <div itemscope itemtype="http://schema.org/Person"><span itemprop="name">Ann</span></div>
    </body>`);
    const [organization, person] = readMicrodata(document, "https://northwind.example/");
    expect(organization!.types).toEqual(["Organization"]);
    expect(organization!.id).toBe("urn:org:1");
    expect(texts(organization, "name", "legalName")).toEqual(["Northwind IT"]);
    expect(text(organization, "legalName")).toBe("Northwind IT");
    expect(text(child(organization, "address"), "addressLocality")).toBe("Manchester");
    expect(text(organization, "telephone")).toBe("0161 555 0123");
    expect(text(person, "name")).toBe("Ann");
  });
});
