import * as fc from "fast-check";

/**
 * Generators of hostile vendor pages: the markup a stranger can put on a page the owner clips.
 * Each part of a page is generated as text, so broken markup stays broken until the HTML parser
 * (jsdom's) reads it, as it would be in the browser.
 */

/** Script-injection payloads from XSS cheat sheets, in the forms a page can hide them. */
export const MARKUP_PAYLOADS = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  '"><svg onload=alert(1)>',
  "'><svg/onload=alert(1)>",
  "<iframe src=javascript:alert(1)></iframe>",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "&#60;img src=x onerror=alert(1)&#62;",
  "&#x3C;svg onload=alert(1)&#x3E;",
  "&amp;lt;b&amp;gt;bold&amp;lt;/b&amp;gt;",
  "<!--<img src=x onerror=alert(1)>-->",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "java\tscript:alert(1)",
  "&#106;avascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  '<a href="javascript:alert(1)">click</a>',
  "<svg><script>alert(1)</script></svg>",
  "<math><mi xlink:href=javascript:alert(1)>x</mi></math>",
  "</script><script>alert(1)</script>",
  "</title><img src=x onerror=alert(1)>",
  "<style>*{background:url(javascript:alert(1))}</style>",
  "<object data=javascript:alert(1)>",
  "<body onload=alert(1)>",
  "<<script>script>alert(1)<</script>/script>",
  "<scr<script>ipt>alert(1)</scr</script>ipt>",
  "=cmd|' /C calc'!A0",
  "__proto__",
  "constructor",
  "prototype",
  "\u0000",
  "\uFFFF",
  "\uD800",
  "\u202Egnp.exe",
  "Acme Payroll Ltd",
] as const;

/** Keys that pollute prototypes when a reader copies objects naively. */
export const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype"] as const;

// Units are balanced markup at most: an unclosed tag repeated 100,000 times is 100,000 levels of
// nesting, which jsdom's parser cannot build (see `nested`).
const hugeText = fc
  .tuple(
    fc.constantFrom("A", "<i>x</i>", "&lt;b&gt;", " ", "é", "😀"),
    fc.integer({ min: 1_000, max: 120_000 }),
  )
  .map(([unit, count]) => unit.repeat(Math.ceil(count / unit.length)));

/** Text a page can carry: payloads, random text, code units (huge text is a page part of its own, `hugePart`). */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...MARKUP_PAYLOADS), weight: 6 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 3 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 20 }), weight: 1 },
  {
    arbitrary: fc
      .tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...MARKUP_PAYLOADS), fc.string({ maxLength: 10 }))
      .map(([a, payload, b]) => a + payload + b),
    weight: 3,
  },
);

/** HTML character references, valid and not, run together. */
export const entitySoup: fc.Arbitrary<string> = fc
  .array(
    fc.constantFrom(
      "&lt;",
      "&gt;",
      "&amp;",
      "&quot;",
      "&#60;",
      "&#x3c;",
      "&#X3C;",
      "&#0;",
      "&#x110000;",
      "&#xD800;",
      "&#99999999999;",
      "&lt;script&gt;",
      "&amp;lt;",
      "&#106;avascript:",
      "&NotAnEntity;",
      "&",
      "&#",
      "&#x;",
      "&nbsp",
      "script",
      "img src=x",
      " ",
      "onerror=alert(1)",
      ">",
      "<",
      "/",
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

/** Numbers as pages write them in ratings and prices, valid JSON or not. */
export const HOSTILE_NUMBER_LITERALS = [
  "4.5",
  "5",
  "0",
  "-3",
  "-0",
  "1e400",
  "-1e400",
  "1e-400",
  "NaN",
  "Infinity",
  "-Infinity",
  "0x10",
  "007",
  "12345678901234567890123",
  '"4,5"',
  '"4.5 / 5"',
  '"NaN"',
  '"1e400"',
  '"-1"',
  '"∞"',
  '"five"',
  '""',
  '"1,234.5"',
  '"1.234,5"',
  "null",
  "true",
  "[]",
  "{}",
  '["4","5"]',
] as const;

export const HOSTILE_DATES = [
  "2025-03-14",
  "2025-02-30",
  "2025-13-01",
  "0000-00-00",
  "9999-12-31T99:99:99Z",
  "2025-03-14T10:22:00+25:00",
  "yesterday",
  "2 days ago",
  "",
  "March 32, 2025",
  "1e12",
  "<time>2025</time>",
  "2025-03-14T10:22:00.000Z<script>",
] as const;

export const HOSTILE_URLS = [
  "javascript:alert(1)",
  "JAVASCRIPT:alert(1)",
  " javascript:alert(1)",
  "java\nscript:alert(1)",
  "&#106;avascript:alert(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "vbscript:msgbox(1)",
  "file:///etc/passwd",
  "chrome://settings",
  "//evil.example/x",
  "/relative/path",
  "http://",
  "https://exa mple.com",
  "http://[::1",
  "mailto:evil@example.com",
  "ftp://evil.example/",
  "https://evil.example/<script>alert(1)</script>",
  'https://evil.example/"><svg onload=alert(1)>',
  "https://xn--80ak6aa92e.com/",
  "https://evil.example:99999/",
  `https://evil.example/${"a".repeat(3000)}`,
  "https://legit-vendor.example/",
  "http://vendor.example/about",
] as const;

const SCHEMA_TYPES = [
  "Organization",
  "LocalBusiness",
  "ProfessionalService",
  "AccountingService",
  "Corporation",
  "Product",
  "SoftwareApplication",
  "Service",
  "Review",
  "AggregateRating",
  "Rating",
  "Person",
  "PostalAddress",
  "Offer",
  "WebSite",
  "WebPage",
  "BreadcrumbList",
  "__proto__",
  "constructor",
] as const;

const PROPERTIES = [
  "name",
  "legalName",
  "alternateName",
  "url",
  "sameAs",
  "logo",
  "image",
  "description",
  "telephone",
  "email",
  "address",
  "areaServed",
  "knowsLanguage",
  "aggregateRating",
  "review",
  "reviews",
  "author",
  "datePublished",
  "reviewBody",
  "headline",
  "reviewRating",
  "ratingValue",
  "bestRating",
  "worstRating",
  "reviewCount",
  "ratingCount",
  "offers",
  "price",
  "priceCurrency",
  "itemReviewed",
  "offeredBy",
  "provider",
  "addressCountry",
  "addressLocality",
  "streetAddress",
  "hasCredential",
  "@id",
  ...PROTOTYPE_KEYS,
] as const;

/** A JSON value kept as text pieces, so numbers such as 1e400 or NaN reach the page literally. */
export type JsonText =
  | { kind: "literal"; text: string }
  | { kind: "string"; value: string }
  | { kind: "array"; items: JsonText[] }
  | { kind: "object"; entries: Array<[string, JsonText]> };

export function jsonText(value: JsonText): string {
  switch (value.kind) {
    case "literal":
      return value.text;
    case "string":
      return JSON.stringify(value.value);
    case "array":
      return `[${value.items.map(jsonText).join(",")}]`;
    case "object":
      return `{${value.entries.map(([key, item]) => `${JSON.stringify(key)}:${jsonText(item)}`).join(",")}}`;
  }
}

const jsonString = (arbitrary: fc.Arbitrary<string>): fc.Arbitrary<JsonText> =>
  arbitrary.map((value) => ({ kind: "string", value }));

const jsonLeaf: fc.Arbitrary<JsonText> = fc.oneof(
  { arbitrary: jsonString(hostileText), weight: 4 },
  { arbitrary: jsonString(fc.constantFrom(...HOSTILE_URLS)), weight: 2 },
  { arbitrary: jsonString(fc.constantFrom(...HOSTILE_DATES)), weight: 1 },
  { arbitrary: jsonString(entitySoup), weight: 1 },
  {
    arbitrary: fc
      .constantFrom(...HOSTILE_NUMBER_LITERALS)
      .map((text): JsonText => ({ kind: "literal", text })),
    weight: 2,
  },
);

/** A schema.org-looking JSON-LD tree with hostile values and prototype keys at every level. */
const jsonLdArbitraries = fc.letrec<{ node: JsonText; value: JsonText }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { arbitrary: jsonLeaf, weight: 5 },
    { arbitrary: tie("node"), weight: 2 },
    {
      arbitrary: fc
        .array(tie("value"), { maxLength: 4 })
        .map((items): JsonText => ({ kind: "array", items })),
      weight: 1,
    },
  ),
  node: fc
    .tuple(
      fc.oneof(
        fc.constantFrom(...SCHEMA_TYPES).map((type): JsonText => ({ kind: "string", value: type })),
        fc.array(fc.constantFrom(...SCHEMA_TYPES), { minLength: 1, maxLength: 3 }).map(
          (types): JsonText => ({
            kind: "array",
            items: types.map((value) => ({ kind: "string", value })),
          }),
        ),
        jsonLeaf,
      ),
      fc.array(fc.tuple(fc.constantFrom(...PROPERTIES), tie("value")), { maxLength: 8 }),
      fc.subarray([...PROTOTYPE_KEYS]),
      tie("value"),
    )
    .map(
      ([type, props, protoKeys, protoValue]): JsonText => ({
        kind: "object",
        entries: [
          ["@context", { kind: "string", value: "https://schema.org" }],
          ["@type", type],
          ...props,
          ...protoKeys.map((key): [string, JsonText] => [
            key,
            {
              kind: "object",
              entries: [
                ["polluted", { kind: "literal", text: "true" }],
                ["x", protoValue],
              ],
            },
          ]),
        ],
      }),
    ),
}));
export const jsonLdTree: fc.Arbitrary<JsonText> = jsonLdArbitraries.node;

/** A JSON-LD script body: a tree (maybe in @graph), then perhaps broken on purpose. */
const jsonLdBody: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(jsonLdTree, { minLength: 1, maxLength: 3 }),
    fc.boolean(),
    fc.constantFrom("none", "truncate", "comment", "trailing-comma", "garbage", "html-comment", "control"),
    fc.nat(),
  )
  .map(([trees, graph, damage, at]) => {
    const text = graph
      ? jsonText({
          kind: "object",
          entries: [
            ["@context", { kind: "string", value: "https://schema.org" }],
            ["@graph", { kind: "array", items: trees }],
          ],
        })
      : trees.length === 1
        ? jsonText(trees[0]!)
        : jsonText({ kind: "array", items: trees });
    const cut = text.length === 0 ? 0 : at % text.length;
    switch (damage) {
      case "truncate":
        return text.slice(0, cut);
      case "comment":
        return `// vendor data\n${text.slice(0, cut)}/* x */${text.slice(cut)}`;
      case "trailing-comma":
        return text.replace(/}$/, ",}");
      case "garbage":
        return `${text.slice(0, cut)}\u0000{]"${text.slice(cut)}`;
      case "html-comment":
        return `<!--${text}-->`;
      case "control":
        return text.replace(/"name":"/, '"name":"\u0001\u0007\n');
      default:
        return text;
    }
  });

/** Escapes text for a double-quoted attribute (so the attribute holds exactly `value`). */
export function attribute(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll('"', "&quot;");
}

/** Escapes text for an element body. */
export function escapeText(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** Page text, sometimes escaped (it shows literally) and sometimes raw (the parser reads it as markup). */
const bodyText = fc
  .tuple(hostileText, fc.boolean())
  .map(([text, escaped]) => (escaped ? escapeText(text) : text));

const attributeText = fc.oneof(
  hostileText.map(attribute),
  fc.constantFrom(...HOSTILE_URLS).map(attribute),
  fc.constantFrom(...HOSTILE_NUMBER_LITERALS).map(attribute),
  fc.constantFrom(...HOSTILE_DATES).map(attribute),
  entitySoup,
);

const schemaUrl = fc
  .tuple(
    fc.constantFrom("http://schema.org/", "https://schema.org/", "schema:", ""),
    fc.constantFrom(...SCHEMA_TYPES),
  )
  .map(([prefix, type]) => prefix + type);

/** Microdata with hostile values, itemref cycles and nested scopes. */
const microdataArbitraries = fc.letrec<{ item: string; prop: string }>((tie) => ({
  item: fc
    .tuple(
      schemaUrl,
      fc.option(fc.constantFrom("md-a", "md-b", "md-c", "md-a md-b", "md-c md-a", "md-missing"), {
        nil: undefined,
      }),
      fc.option(fc.constantFrom("md-a", "md-b", "md-c"), { nil: undefined }),
      fc.array(tie("prop"), { maxLength: 6 }),
    )
    .map(([type, itemref, id, props]) => {
      const ref = itemref ? ` itemref="${itemref}"` : "";
      const idAttribute = id ? ` id="${id}"` : "";
      return `<div itemscope itemtype="${attribute(type)}"${ref}${idAttribute}>${props.join("")}</div>`;
    }),
  prop: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc
      .tuple(fc.constantFrom(...PROPERTIES), attributeText)
      .map(([name, value]) => `<meta itemprop="${attribute(name)}" content="${value}">`),
    fc
      .tuple(fc.constantFrom(...PROPERTIES), bodyText)
      .map(([name, text]) => `<span itemprop="${attribute(name)}">${text}</span>`),
    fc
      .tuple(fc.constantFrom("url", "sameAs", "logo", "image"), fc.constantFrom(...HOSTILE_URLS))
      .map(
        ([name, url]) =>
          `<a itemprop="${name}" href="${attribute(url)}">site</a><img itemprop="${name}" src="${attribute(url)}">`,
      ),
    fc
      .tuple(fc.constantFrom(...HOSTILE_DATES))
      .map(
        ([date]) => `<time itemprop="datePublished" datetime="${attribute(date)}">${escapeText(date)}</time>`,
      ),
    fc
      .tuple(fc.constantFrom(...PROPERTIES), tie("item"))
      .map(([name, item]) => item.replace("<div itemscope", `<div itemprop="${attribute(name)}" itemscope`)),
  ),
}));
const microdata: fc.Arbitrary<string> = microdataArbitraries.item;

/** Meta and link tags, title, and the head-only hostile forms. */
const metaTag: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        "og:title",
        "og:site_name",
        "og:description",
        "og:url",
        "og:image",
        "og:logo",
        "description",
        "application-name",
        "twitter:title",
        "twitter:image",
        "product:price:amount",
        "product:price:currency",
        "geo.placename",
        "geo.region",
        "author",
      ),
      fc.constantFrom("property", "name"),
      attributeText,
    )
    .map(([key, keyAttribute, value]) => `<meta ${keyAttribute}="${key}" content="${value}">`),
  fc.constantFrom(...HOSTILE_URLS).map((url) => `<link rel="canonical" href="${attribute(url)}">`),
  fc.constantFrom(...HOSTILE_URLS).map((url) => `<meta property="og:url" content="${attribute(url)}">`),
  fc
    .constantFrom(...HOSTILE_URLS)
    .map((url) => `<meta http-equiv="refresh" content="0;url=${attribute(url)}">`),
  fc.constantFrom(...HOSTILE_URLS).map((url) => `<base href="${attribute(url)}">`),
  bodyText.map((text) => `<title>${text}</title>`),
);

/** Content the visitor never sees or that holds raw markup as text. */
const hiddenContent: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(
      "script",
      "style",
      "noscript",
      "template",
      "textarea",
      "xmp",
      "iframe",
      "svg",
      "math",
      "title",
      "object",
      "select",
      "option",
    ),
    hostileText,
  )
  .map(([tag, text]) =>
    tag === "iframe"
      ? `<iframe srcdoc="${attribute(text)}" src="javascript:alert(1)">${text}</iframe>`
      : tag === "svg"
        ? `<svg onload="alert(1)"><title>${text}</title><script>${text}</script><a href="javascript:alert(1)"><text>${text}</text></a></svg>`
        : `<${tag}>${text}</${tag}>`,
  );

/** Blocks a provider page is made of: headings, contact lines, price cards, review cards. */
const visibleBlock: fc.Arbitrary<string> = fc.oneof(
  bodyText.map((text) => `<h1>${text}</h1>`),
  bodyText.map((text) => `<p>${text}</p>`),
  fc.tuple(bodyText, attributeText).map(([text, href]) => `<a href="${href}">${text}</a>`),
  fc
    .tuple(hostileText, fc.constantFrom(...HOSTILE_NUMBER_LITERALS))
    .map(
      ([name, price]) =>
        `<div class="pricing-card"><div class="plan-name">${escapeText(name)}</div><p>$${escapeText(price)} per month</p></div>`,
    ),
  fc
    .tuple(bodyText, bodyText)
    .map(([email, phone]) => `<footer>Contact: ${email} Tel: ${phone} ISO 27001 SOC 2</footer>`),
  fc
    .tuple(hostileText, fc.constantFrom(...HOSTILE_NUMBER_LITERALS), fc.constantFrom(...HOSTILE_DATES))
    .map(
      ([text, rating, date]) =>
        `<article data-testid="review"><div data-testid="Overall Rating-rating">${escapeText(rating)}</div><span data-testid="Ease of Use-rating">${escapeText(rating)}</span><time datetime="${attribute(date)}"></time><p>${text}</p></article>`,
    ),
  entitySoup.map((soup) => `<div>${soup}</div>`),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 50 }),
);

/**
 * Nesting, up to 60 levels, sometimes left unclosed (a few levels only: open tags
 * add up across parts, and jsdom's parser is quadratic in depth and recurses; deeper trees are
 * built directly in the deep-tree test).
 */
const nested = (inner: fc.Arbitrary<string>) =>
  fc
    .tuple(
      fc.constantFrom("div", "span", "section", "b", "table", "ul", "p", "a", "font", "svg", "form"),
      fc.integer({ min: 1, max: 60 }),
      inner,
      fc.integer({ min: 0, max: 20 }),
    )
    .map(
      ([tag, depth, content, unclosed]) =>
        `<${tag}>`.repeat(depth) + content + `</${tag}>`.repeat(Math.max(0, depth - unclosed)),
    );

const validNumber = fc.constantFrom(
  "4.5",
  "5",
  "0",
  "-3",
  "1e400",
  "-1e400",
  "1e-400",
  "10",
  '"4,5"',
  '"NaN"',
  '"1e400"',
  '"-1"',
);

/** Well-formed JSON-LD for a vendor with a rating and reviews, its values hostile: so pages reach the review and rating paths. */
export const vendorJsonLd: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom("LocalBusiness", "Organization", "ProfessionalService", "SoftwareApplication", "Product"),
    hostileText,
    fc.constantFrom(...HOSTILE_URLS),
    validNumber,
    validNumber,
    fc.array(
      fc.tuple(
        hostileText,
        hostileText,
        fc.constantFrom(...HOSTILE_DATES),
        validNumber,
        validNumber,
        hostileText,
      ),
      { maxLength: 5 },
    ),
    fc.subarray([...PROTOTYPE_KEYS]),
  )
  .map(([type, name, url, ratingValue, bestRating, reviews, protoKeys]) => {
    const proto = protoKeys.map(
      (key) => `${JSON.stringify(key)}:{"polluted":true,"name":"<script>alert(1)</script>"}`,
    );
    const reviewText = reviews.map(
      ([author, body, date, value, best, headline]) =>
        `{"@type":"Review","author":{"@type":"Person","name":${JSON.stringify(author)}${proto.map((p) => `,${p}`).join("")}},"reviewBody":${JSON.stringify(body)},"headline":${JSON.stringify(headline)},"datePublished":${JSON.stringify(date)},"reviewRating":{"@type":"Rating","ratingValue":${value},"bestRating":${best}}}`,
    );
    return `<script type="application/ld+json">{"@context":"https://schema.org","@type":${JSON.stringify(type)},"name":${JSON.stringify(name)},"url":${JSON.stringify(url)},"sameAs":[${JSON.stringify(url)}],"logo":${JSON.stringify(url)},"aggregateRating":{"@type":"AggregateRating","ratingValue":${ratingValue},"bestRating":${bestRating},"reviewCount":${ratingValue}},"review":[${reviewText.join(",")}]${proto.map((p) => `,${p}`).join("")}}</script>`;
  });

/** Huge attributes, text nodes and JSON-LD strings (up to 120,000 characters). */
const hugePart: fc.Arbitrary<string> = fc
  .tuple(hugeText, fc.constantFrom("meta", "attribute", "text", "json-ld"))
  .map(([text, where]) => {
    switch (where) {
      case "meta":
        return `<meta property="og:description" content="${attribute(text)}">`;
      case "attribute":
        return `<div title="${attribute(text)}" data-x="${attribute(text)}" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="${attribute(text)}"></div>`;
      case "text":
        return `<h1>${text}</h1><p>${text}</p>`;
      default:
        return `<script type="application/ld+json">{"@type":"Organization","name":${JSON.stringify(text)},"description":${JSON.stringify(text)}}</script>`;
    }
  });

const bodyPart: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: hugePart, weight: 1 },
  { arbitrary: vendorJsonLd, weight: 3 },
  { arbitrary: jsonLdBody.map((body) => `<script type="application/ld+json">${body}</script>`), weight: 4 },
  { arbitrary: microdata, weight: 3 },
  { arbitrary: hiddenContent, weight: 2 },
  { arbitrary: visibleBlock, weight: 4 },
  { arbitrary: metaTag, weight: 1 },
  { arbitrary: nested(fc.oneof(visibleBlock, microdata)), weight: 1 },
);

export interface HostilePage {
  url: string;
  html: string;
}

/** Where a clip can happen: vendor sites and the review directories with their adapters. */
export const pageUrl: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "https://legit-vendor.example/",
    "https://www.brightbooks.co.uk/pricing",
    "https://www.trustpilot.com/review/evil.example",
    "https://www.g2.com/products/evil-payroll/reviews",
    "https://www.capterra.com/p/123/EvilPayroll/reviews/",
    "https://clutch.co/profile/evil-agency",
    "https://www.yelp.com/biz/evil-it-support",
    "https://www.upwork.com/agencies/evil/",
    "http://localhost:8080/",
    "https://evil.example/%3Cscript%3Ealert(1)%3C/script%3E?q=%22%3E%3Csvg%20onload=alert(1)%3E#javascript:alert(1)",
  ),
  fc
    .webUrl({ validSchemes: ["http", "https"], withQueryParameters: true, withFragments: true })
    .map((url) => new URL(url).href),
);

/** One whole hostile page: a head of meta tags, a body of parts. */
export const hostilePage: fc.Arbitrary<HostilePage> = fc
  .tuple(
    pageUrl,
    fc.array(metaTag, { maxLength: 6 }),
    fc.array(bodyPart, { minLength: 1, maxLength: 10 }),
    fc.constantFrom(
      "<!doctype html>",
      "",
      "<?xml version='1.0'?>",
      "<!DOCTYPE html PUBLIC '-//W3C//DTD HTML 4.01//EN'>",
    ),
  )
  .map(([url, head, body, doctype]) => ({
    url,
    html: `${doctype}<html><head><meta charset="utf-8">${head.join("")}</head><body>${body.join("")}</body></html>`,
  }));

/** The tags a deep tree is built from (not parsed: jsdom's parser is quadratic in nesting depth). */
export const DEEP_TAGS = ["div", "span", "section", "article", "li", "b", "td", "font", "a"] as const;
