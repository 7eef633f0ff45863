/** Reads a page's meta and link tags, and the OpenGraph and plain meta extraction layers built on them. */
import type { LayerResult } from "./draft";
import { elementsByTag } from "./json-ld";
import { parseNumber } from "./parse-number";
import { plainText } from "./plain-text";
import { absoluteHttpUrl } from "./schema-org";

/** The page's meta tags by lower-case name/property (first wins), its canonical link and title. */
export interface MetaTags {
  tags: Map<string, string>;
  canonical?: string;
  title?: string;
}

/** Reads meta and link tags with one query. */
export function readMetaTags(root: Document | ParentNode): MetaTags {
  const tags = new Map<string, string>();
  let canonical: string | undefined;
  let title: string | undefined;
  const elements = [
    ...elementsByTag(root, "title"),
    ...elementsByTag(root, "meta"),
    ...elementsByTag(root, "link"),
  ];
  for (const element of elements) {
    const tag = element.tagName.toUpperCase();
    if (tag === "TITLE") {
      title ??= plainText(element.textContent ?? "", 300) || undefined;
    } else if (tag === "LINK") {
      if (
        element.hasAttribute("href") &&
        (element.getAttribute("rel") ?? "").toLowerCase().split(/\s+/).includes("canonical")
      ) {
        canonical ??= element.getAttribute("href") ?? undefined;
      }
    } else {
      const key = (element.getAttribute("property") ?? element.getAttribute("name") ?? "")
        .trim()
        .toLowerCase();
      // A meta tag is a line of text; a megabyte in one is an attack on the parser's time, not data.
      const content = (element.getAttribute("content") ?? "").slice(0, 2000);
      if (key && content.trim() && !tags.has(key)) tags.set(key, content);
    }
  }
  return { tags, ...(canonical ? { canonical } : {}), ...(title ? { title } : {}) };
}

const TITLE_SEPARATOR = /\s+[|\-–—·:]\s+/;

/**
 * The OpenGraph layer: og:site_name (or the brand part of the title), og:url, description,
 * og:logo, product price; plus the plain meta layer (description, geo tags) reported as "meta".
 */
export function openGraphLayer(meta: MetaTags, pageUrl: string): { og: LayerResult; plain: LayerResult } {
  const get = (key: string) => {
    const value = meta.tags.get(key);
    return value ? plainText(value) || undefined : undefined;
  };
  const og: LayerResult = { method: "opengraph", vendor: {}, reviews: [] };
  const plain: LayerResult = { method: "meta", vendor: {}, reviews: [] };

  const siteName = get("og:site_name") ?? get("application-name");
  if (siteName) og.vendor.name = plainText(siteName, 300);
  const ogUrl = absoluteHttpUrl(meta.tags.get("og:url"), pageUrl);
  if (ogUrl) og.vendor.website = `${new URL(ogUrl).origin}/`;
  const description = get("og:description");
  if (description) og.vendor.description = description;
  const logo = absoluteHttpUrl(meta.tags.get("og:logo"), pageUrl);
  if (logo) og.vendor.logo = logo;
  const amount = parseNumber(meta.tags.get("product:price:amount") ?? meta.tags.get("og:price:amount"));
  const currency = (meta.tags.get("product:price:currency") ?? meta.tags.get("og:price:currency"))
    ?.trim()
    .toUpperCase();
  if (amount !== undefined && currency && /^[A-Z]{3}$/.test(currency)) {
    const name = plainText(get("og:title") ?? meta.title ?? "Price", 120);
    og.vendor.pricing = {
      model: "fixed",
      currency,
      plans: [{ name, price: amount, currency, period: "one-time" }],
    };
  }

  const plainDescription = get("description");
  if (plainDescription) plain.vendor.description = plainDescription;
  const canonical = absoluteHttpUrl(meta.canonical, pageUrl);
  if (canonical) plain.vendor.website = `${new URL(canonical).origin}/`;
  const title = meta.title ?? get("og:title");
  if (title) {
    const brand = brandFromTitleRaw(title);
    if (brand) plain.vendor.name = brand;
  }
  const city = get("geo.placename");
  const region = get("geo.region");
  if (city || region) {
    const [country, subdivision] = (region ?? "").split("-");
    plain.vendor.location = {
      ...(city ? { city } : {}),
      ...(subdivision ? { region: subdivision } : {}),
      ...(country ? { country } : {}),
    };
  }
  return { og, plain };
}

/**
 * The brand in a page title: the last segment after " | " or " - " when there is one.
 *
 * @example
 * brandFromTitleRaw("Pricing | BrightBooks") //=> "BrightBooks"
 * brandFromTitleRaw("Welcome") //=> undefined
 */
export function brandFromTitleRaw(title: string): string | undefined {
  const parts = title
    .split(TITLE_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2) return undefined;
  const last = parts[parts.length - 1]!;
  return last.length <= 60 ? last : undefined;
}
