/**
 * Does this page look like a provider's page (a firm offering a service, or its page on a review
 * directory) before anything is saved? The popup asks "Save anyway?" when it does not: a news article
 * whose canonical link points at its own domain was saved as a vendor (issue 23, item 1). Pure: the
 * page is passed in, and the decision is made from what the page says, never guessed from the address
 * alone.
 */
import { detectDirectoryRaw } from "./directory";

export interface ProviderSignals {
  looksLikeProvider: boolean;
  /** What was found, in words, for a test or a tooltip: "prices", "contact links", "a news article"... */
  found: string[];
}

const BUSINESS_TYPES =
  /^(Organization|Corporation|LocalBusiness|ProfessionalService|AccountingService|FinancialService|LegalService|EmploymentAgency|Service|Product|SoftwareApplication|WebApplication|Offer|AggregateOffer|AggregateRating)$/;
const ARTICLE_TYPES =
  /^(Article|NewsArticle|BlogPosting|Report|ScholarlyArticle|LiveBlogPosting|OpinionNewsArticle)$/;
/** Listing and search pages describe many things, none of them the provider. */
const LISTING_TYPES = /^(ItemList|SearchResultsPage|CollectionPage)$/;

const PRICE =
  /(?:[$€£¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:USD|EUR|GBP|CHF|AUD|CAD)\b)(?:\s?(?:\/|per|a)\s?(?:month|mo|year|yr|hour|hr|user|seat))?/i;
const PRICE_PERIOD =
  /(?:\/|per|a)\s?(?:month|mo|year|yr|hour|hr|user|seat)\b|pricing|plans?\b|free trial|get a quote|request a quote/i;
const SERVICE_WORDS =
  /\b(our services|services|what we do|book a (?:call|demo|consultation)|get in touch|contact us|request a (?:quote|demo|proposal)|free consultation|get started|clients|case studies)\b/i;
const ARTICLE_WORDS =
  /\b(published|updated|by [A-Z][a-z]+ [A-Z][a-z]+|min read|share this article|subscribe to our newsletter|related articles)\b/;

/**
 * @param root the page's document (or a parsed copy of its markup)
 * @param pageUrl where the page was loaded from
 *
 * Provider when the page is on a review directory, or its structured data describes a business,
 * service or product (and not only an article), or it shows at least two of: prices, contact links
 * (mailto:/tel:), service wording. Not a provider when its structured data or og:type says article or
 * listing and nothing above says business, or when it shows fewer than two of those signs.
 *
 * @example
 * providerSignals(brightBooksHomePage, "https://brightbooks.example/").looksLikeProvider //=> true
 * providerSignals(newsArticle, "https://riverside-gazette.example/2026/rates").looksLikeProvider //=> false
 * providerSignals(blankPage, "https://example.com/").looksLikeProvider //=> false
 */
export function providerSignals(root: ParentNode, pageUrl: string): ProviderSignals {
  const found: string[] = [];
  const siteName = root.querySelector('meta[property="og:site_name"]')?.getAttribute("content") ?? undefined;
  const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined;
  if (detectDirectoryRaw({ pageUrl, siteName, canonical })) {
    return { looksLikeProvider: true, found: ["a review directory's page"] };
  }

  const types = structuredTypes(root);
  const ogType = root.querySelector('meta[property="og:type"]')?.getAttribute("content")?.toLowerCase();
  const business = types.some((type) => BUSINESS_TYPES.test(type)) || ogType === "business.business";
  const article = types.some((type) => ARTICLE_TYPES.test(type)) || ogType === "article";
  const listing = types.some((type) => LISTING_TYPES.test(type));
  if (business) found.push("a business in the page's data");
  if (article) found.push("an article");
  if (listing) found.push("a listing of many items");

  const text = (root.querySelector("body")?.textContent ?? root.textContent ?? "").replace(/\s+/g, " ");
  const prices = PRICE.test(text) && PRICE_PERIOD.test(text);
  const contacts = root.querySelector('a[href^="mailto:"], a[href^="tel:"]') !== null;
  const services = SERVICE_WORDS.test(text);
  if (prices) found.push("prices");
  if (contacts) found.push("contact links");
  if (services) found.push("service wording");
  const signs = [prices, contacts, services].filter(Boolean).length;

  if (business && !(article && !prices && !contacts)) return { looksLikeProvider: true, found };
  if ((article || listing) && signs < 3) return { looksLikeProvider: false, found };
  // A news page without article markup still reads like one: a byline, "min read".
  if (ARTICLE_WORDS.test(text) && signs < 2)
    return { looksLikeProvider: false, found: [...found, "article wording"] };
  return { looksLikeProvider: signs >= 2, found };
}

/** The schema.org @type values of the page's JSON-LD (with @graph) and microdata. */
function structuredTypes(root: ParentNode): string[] {
  const types: string[] = [];
  const collect = (node: unknown, depth: number) => {
    if (depth > 6 || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const item of node) collect(item, depth + 1);
      return;
    }
    const record = node as Record<string, unknown>;
    const type = record["@type"];
    for (const value of Array.isArray(type) ? type : [type]) {
      if (typeof value === "string") types.push(value.replace(/^https?:\/\/schema\.org\//, ""));
    }
    if (record["@graph"]) collect(record["@graph"], depth + 1);
  };
  for (const script of root.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ""), 0);
    } catch {
      // Broken JSON-LD says nothing either way.
    }
  }
  for (const item of root.querySelectorAll("[itemtype]")) {
    const itemType = item.getAttribute("itemtype") ?? "";
    for (const value of itemType.split(/\s+/)) {
      if (value) types.push(value.replace(/^https?:\/\/schema\.org\//, ""));
    }
  }
  return types;
}
