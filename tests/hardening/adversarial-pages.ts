/**
 * Pages built to make the extractor slow (issue 19, finding 2): long runs of digits and currency
 * signs, deeply nested elements, giant attributes, and a page that claims to be clutch.co with a
 * huge `[data-title]` span. Each builder takes the page's size in characters, so a benchmark can
 * time size n against 2n and see whether the work grows faster than the page.
 */
export interface AdversarialPage {
  name: string;
  /** The address the page is clipped from. */
  url: string;
  build(size: number): string;
}

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.floor(size / unit.length)));
}

export const ADVERSARIAL_PAGES: readonly AdversarialPage[] = [
  {
    name: "digit runs",
    url: "https://evil.example/digits",
    build: (size) => `<html><body><p>${repeatTo("123 ", size)}</p></body></html>`,
  },
  {
    name: "currency runs",
    url: "https://evil.example/currency",
    build: (size) => `<html><body><p>${repeatTo("$1,000,000.00 € 1.000 ", size)}</p></body></html>`,
  },
  {
    name: "digits without spaces",
    url: "https://evil.example/long-number",
    build: (size) => `<html><body><p>${repeatTo("9", size)} €</p></body></html>`,
  },
  {
    name: "address-like words",
    url: "https://evil.example/address",
    build: (size) => `<html><body><p>1 ${repeatTo("Aaaaaaaa ", size)}</p></body></html>`,
  },
  {
    name: "email-like runs",
    url: "https://evil.example/email",
    build: (size) => `<html><body><p>${repeatTo("a.a@a.a", size)}</p></body></html>`,
  },
  {
    name: "phone-like runs",
    url: "https://evil.example/phone",
    build: (size) => `<html><body><p>Tel: ${repeatTo("+1 2 ", size)}</p></body></html>`,
  },
  {
    name: "deep nesting",
    url: "https://evil.example/deep",
    // 500 levels: Chromium's parser caps nesting at 512, so no clipped page is deeper. The bulk of
    // the page sits beside the nesting, because jsdom (the test parser) slows down with text deep inside it.
    build: (size) => {
      const depth = 500;
      const nested = `${"<div><span>word ".repeat(depth)}$5/month${"</span></div>".repeat(depth)}`;
      return `<html><body>${nested}<p>${repeatTo("word ", size - nested.length)}</p></body></html>`;
    },
  },
  {
    name: "giant attribute",
    url: "https://evil.example/attribute",
    build: (size) =>
      `<html><head><meta property="og:site_name" content="${repeatTo("Clutch ", size / 2)}"></head><body><a href="mailto:${repeatTo("a", size / 2)}@x.com" title="x">mail</a></body></html>`,
  },
  {
    name: "directory claim with a huge title span",
    url: "https://evil.example/page",
    build: (size) =>
      `<html><head><link rel="canonical" href="https://clutch.co/profile/brightbooks"><meta property="og:site_name" content="Clutch"></head><body><h1>BrightBooks</h1><span data-title="Hourly Rate">${repeatTo("123 ", size)}</span></body></html>`,
  },
  {
    name: "JSON-LD with a huge price list",
    url: "https://evil.example/json-ld",
    build: (size) => {
      const offer = '{"@type":"Offer","price":"123","priceCurrency":"USD","name":"x"},';
      return `<html><head><script type="application/ld+json">{"@type":"Product","name":"P","offers":[${repeatTo(offer, size).slice(0, -1)}]}</script></head><body></body></html>`;
    },
  },
];
