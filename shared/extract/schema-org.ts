/**
 * Picks the vendor among a page's schema.org items (never the directory hosting it) and reads its details,
 * aggregate rating, offers and reviews.
 */
import type { CaptureMethod } from "../schema";
import type { DirectoryInfo } from "./directory";
import type { AggregateRatingDraft, LayerResult, ReviewDraft, VendorDraft } from "./draft";
import { toIsoDate } from "./iso-date";
import { readOffersRaw } from "./offers";
import { parseNumber } from "./parse-number";
import { plainText } from "./plain-text";
import { registrableDomain } from "./registrable-domain";
import { countValueRaw } from "./review-count";
import { allThings, child, children, hasType, isThing, type Thing, text, texts, values } from "./thing";

const ORGANIZATION_TYPES = new Set([
  "Organization",
  "Corporation",
  "LocalBusiness",
  "ProfessionalService",
  "AccountingService",
  "FinancialService",
  "LegalService",
  "Attorney",
  "EmploymentAgency",
  "Restaurant",
  "Store",
  "HomeAndConstructionBusiness",
  "GeneralContractor",
  "Plumber",
  "Electrician",
  "RoofingContractor",
  "ITService",
  "Consultant",
  "NGO",
  "OnlineBusiness",
  "OnlineStore",
  "MarketingAgency",
  "AutomotiveBusiness",
  "HealthAndBeautyBusiness",
]);
const PRODUCT_TYPES = new Set([
  "Product",
  "SoftwareApplication",
  "WebApplication",
  "Service",
  "MobileApplication",
]);
const REVIEW_TYPES = new Set(["Review", "UserReview", "CriticReview", "EmployerReview"]);
const SOCIAL_DOMAINS = new Set([
  "facebook.com",
  "twitter.com",
  "x.com",
  "linkedin.com",
  "instagram.com",
  "youtube.com",
  "wikipedia.org",
  "wikidata.org",
  "github.com",
  "tiktok.com",
  "pinterest.com",
  "crunchbase.com",
  "glassdoor.com",
  "yelp.com",
  "trustpilot.com",
  "g2.com",
  "capterra.com",
  "clutch.co",
  "upwork.com",
  "google.com",
  "goo.gl",
  "apple.com",
]);

export interface SchemaContext {
  pageUrl: string;
  directory?: DirectoryInfo;
}

/** Picks the vendor among the page's items and reads it, its aggregate rating and its reviews. */
export function interpretThings(roots: Thing[], method: CaptureMethod, context: SchemaContext): LayerResult {
  const all = allThings(roots);
  const vendorThing = pickVendorThing(all, context);
  const result: LayerResult = { method, vendor: {}, reviews: [] };
  if (vendorThing) {
    result.vendor = readVendor(vendorThing, context);
    result.rating = readAggregateRating(child(vendorThing, "aggregateRating"));
  }
  result.reviews = all
    .filter((thing) => hasType(thing, REVIEW_TYPES))
    .filter((review) => {
      const reviewed = child(review, "itemReviewed");
      return !reviewed || !vendorThing || reviewed === vendorThing || !isDirectoryThing(reviewed, context);
    })
    .map((review) => readReview(review, context))
    .filter((review): review is ReviewDraft => review !== undefined);
  if (!vendorThing && roots.length > 0) {
    // Vendor sites often describe only their WebSite; its name is the vendor's.
    const site = all.find((thing) => thing.types.includes("WebSite") && !isDirectoryThing(thing, context));
    const name = text(site, "name");
    if (name && !context.directory) result.vendor.name = name;
  }
  return result;
}

export function isDirectoryThing(thing: Thing, context: SchemaContext): boolean {
  const directory = context.directory;
  if (!directory) return false;
  const name = text(thing, "name")?.toLowerCase();
  if (name && directory.names.includes(name)) return true;
  // The reviewed company's node may live at a directory URL (/review/brightbooks.com); only the
  // directory's home page names the directory itself.
  const url = text(thing, "url") ?? thing.id;
  if (url === undefined || registrableDomain(url) !== directory.domain) return false;
  try {
    const parsed = new URL(url);
    return parsed.pathname === "/" || parsed.pathname === "";
  } catch {
    return false;
  }
}

function pickVendorThing(all: Thing[], context: SchemaContext): Thing | undefined {
  const publishers = new Set<Thing>();
  const authors = new Set<Thing>();
  const reviewed = new Set<Thing>();
  for (const thing of all) {
    for (const p of children(thing, "publisher", "provider", "sourceOrganization")) {
      if (context.directory && !hasType(thing, PRODUCT_TYPES)) publishers.add(p);
    }
    for (const a of children(thing, "author", "creator", "customer", "seller")) authors.add(a);
    for (const r of children(thing, "itemReviewed")) reviewed.add(r);
  }
  let best: Thing | undefined;
  let bestScore = 0;
  for (const thing of all) {
    const isOrganization = hasType(thing, ORGANIZATION_TYPES);
    const isProduct = hasType(thing, PRODUCT_TYPES);
    if (!isOrganization && !isProduct) continue;
    if (isDirectoryThing(thing, context) || publishers.has(thing) || authors.has(thing)) continue;
    if (!text(thing, "name")) continue;
    let score = 1;
    if (child(thing, "aggregateRating")) score += 4;
    if (children(thing, "review", "reviews").length > 0 || reviewed.has(thing)) score += 2;
    if (isOrganization) score += 1;
    if (values(thing, "address", "telephone", "sameAs", "offeredBy", "offers").length > 0) score += 1;
    if (score > bestScore) {
      best = thing;
      bestScore = score;
    }
  }
  return best;
}

function readVendor(thing: Thing, context: SchemaContext): VendorDraft {
  const vendor: VendorDraft = {};
  const owner = hasType(thing, PRODUCT_TYPES)
    ? (child(thing, "offeredBy", "provider", "manufacturer", "brand") ?? undefined)
    : undefined;
  const ownerName = owner && !isDirectoryThing(owner, context) ? text(owner, "name") : undefined;
  // On a shop's own site a Product is what the shop sells, and its brand is the maker: neither names
  // the vendor, whose name then comes from the site itself (real page: a pet shop's product page).
  const sold = hasType(thing, PRODUCT_TYPES) && !context.directory;
  const name = sold ? undefined : (ownerName ?? text(thing, "name", "legalName"));
  if (name) vendor.name = name;
  const website = pickWebsite([...texts(owner, "url", "sameAs"), ...texts(thing, "url", "sameAs")], context);
  if (website) vendor.website = website;
  const description = text(thing, "description");
  if (description) vendor.description = description;
  // A product's image is a picture of the product; an organisation's image is usually its logo.
  const logoNames = hasType(thing, ORGANIZATION_TYPES) ? ["logo", "image"] : ["logo"];
  const logo = absoluteHttpUrl(
    text(child(thing, "logo"), "url", "contentUrl") ?? texts(thing, ...logoNames)[0],
    context.pageUrl,
  );
  if (logo) vendor.logo = logo;

  const phones = texts(thing, "telephone").map((phone) => plainText(phone.replace(/^tel:/i, ""), 40));
  const emails = texts(thing, "email").map((email) =>
    email
      .replace(/^mailto:/i, "")
      .trim()
      .toLowerCase(),
  );
  const addressThing = child(thing, "address", "location");
  const postal = addressThing?.types.includes("Place") ? child(addressThing, "address") : addressThing;
  const address = postal ? formatAddress(postal) : text(thing, "address");
  if (phones.length || emails.length || address) {
    vendor.contacts = {};
    if (phones.length) vendor.contacts.phones = phones;
    if (emails.length) vendor.contacts.emails = emails;
    if (address) vendor.contacts.address = address;
  }
  if (postal) {
    const location = {
      city: text(postal, "addressLocality"),
      region: text(postal, "addressRegion"),
      country: text(postal, "addressCountry"),
    };
    const defined = Object.fromEntries(Object.entries(location).filter(([, value]) => value));
    if (Object.keys(defined).length > 0) vendor.location = defined;
  }
  const languages = texts(thing, "knowsLanguage", "availableLanguage");
  if (languages.length) vendor.languages = languages;
  const { plans, ranges } = readOffersRaw(
    [...children(thing, "offers"), ...children(thing, "makesOffer")],
    text(thing, "name") ?? "Price",
  );
  if (ranges.length) vendor.priceRanges = ranges;
  if (plans.length) {
    vendor.pricing = { plans, currency: plans[0]!.currency };
    const periods = new Set(plans.map((plan) => plan.period));
    if (periods.has("hour")) vendor.pricing.model = "hourly";
    else if (plans.some((plan) => plan.perSeat)) vendor.pricing.model = "per-seat";
    else if (periods.has("month") || periods.has("year")) vendor.pricing.model = "monthly";
    else vendor.pricing.model = "fixed";
  }
  return vendor;
}

/** The first URL that is the vendor's own site: not a social profile, not the directory. */
export function pickWebsite(candidates: string[], context: SchemaContext): string | undefined {
  for (const candidate of candidates) {
    const url = absoluteHttpUrl(candidate, context.pageUrl);
    if (!url) continue;
    const domain = registrableDomain(url);
    if (context.directory) {
      if (!domain || domain === context.directory.domain) continue;
      const pageDomain = registrableDomain(context.pageUrl);
      if (domain === pageDomain && context.directory.domain !== pageDomain) continue;
    }
    if (domain && SOCIAL_DOMAINS.has(domain)) continue;
    return url;
  }
  return undefined;
}

export function absoluteHttpUrl(raw: string | undefined, base: string): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function formatAddress(postal: Thing): string | undefined {
  const street = text(postal, "streetAddress");
  const locality = text(postal, "addressLocality");
  const regionPostal = [text(postal, "addressRegion"), text(postal, "postalCode")].filter(Boolean).join(" ");
  const country = text(postal, "addressCountry");
  const parts = [street, locality, regionPostal, country].filter((part): part is string => Boolean(part));
  return parts.length ? parts.join(", ") : text(postal, "name");
}

export function readAggregateRating(rating: Thing | undefined): AggregateRatingDraft | undefined {
  if (!rating) return undefined;
  const value = parseNumber(text(rating, "ratingValue"));
  if (value === undefined) return undefined;
  const scale = parseNumber(text(rating, "bestRating")) ?? 5;
  const count = countValueRaw(text(rating, "reviewCount", "ratingCount"));
  return { value, scale, ...(count !== undefined ? { count } : {}) };
}

function readReview(review: Thing, context: SchemaContext): ReviewDraft | undefined {
  let body = text(review, "reviewBody", "description", "text") ?? "";
  if (!body) {
    const pros = texts(review, "positiveNotes").join("; ");
    const cons = texts(review, "negativeNotes").join("; ");
    body = [pros && `Pros: ${pros}`, cons && `Cons: ${cons}`].filter(Boolean).join(" ");
  }
  const title = text(review, "headline", "name");
  if (!body && !title) return undefined;
  const rating = child(review, "reviewRating");
  const draft: ReviewDraft = { source: context.directory?.source ?? "website", body };
  const author = text(review, "author", "creator");
  if (author) draft.author = plainText(author, 200);
  const value = parseNumber(text(rating, "ratingValue"));
  if (value !== undefined) {
    draft.rating = value;
    draft.scale = parseNumber(text(rating, "bestRating")) ?? 5;
  }
  if (title && title !== body) draft.title = plainText(title, 500);
  const date = toIsoDate(text(review, "datePublished", "dateCreated"));
  if (date) draft.date = date;
  const url = absoluteHttpUrl(
    text(review, "url") ??
      (review.id && !review.id.includes("#") && !review.id.startsWith("_:") ? review.id : undefined),
    context.pageUrl,
  );
  if (url) draft.url = url;
  return draft;
}

export { isThing };
