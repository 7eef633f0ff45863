import type {
  Capture,
  PricePlan,
  Provenance,
  ReviewCandidate,
  SourceRating,
  VendorCandidate,
} from "../schema";
import { runSiteAdapter } from "./adapters";
import { type DirectoryInfo, detectDirectoryRaw } from "./directory";
import type { LayerResult, ReviewDraft, VendorDraft } from "./draft";
import { readHeuristics } from "./heuristics";
import { locationFromAddressRaw } from "./heuristics/location";
import { readJsonLd } from "./json-ld";
import { readMicrodataScopes } from "./microdata";
import { openGraphLayer, readMetaTags } from "./open-graph";
import { readPageText } from "./page-text";
import { plainText } from "./plain-text";
import { quoteSelectorRaw } from "./quote-selector";
import { registrableDomain } from "./registrable-domain";
import { sanitizeCapture } from "./sanitize-capture";
import { interpretThings } from "./schema-org";
import { selectionToReview } from "./selection";
import { allThings, text } from "./thing";

export { detectDirectoryRaw } from "./directory";
export { registrableDomain } from "./registrable-domain";
export { selectionToReview } from "./selection";

export interface ExtractOptions {
  capturedAt: Date;
  /** What the owner selected before "Save selection as a review of…". */
  selectionText?: string;
}

const FALLBACK_URL = "http://localhost/";

/**
 * Reads one page into a Capture: the vendor it names (never the directory hosting it), its
 * aggregate rating, its reviews with quote selectors, and warnings for what could not be read.
 * Layers are tried in order and the first one that has a field wins it; provenance records which.
 * Never throws: anything unreadable is skipped and named in `warnings`.
 *
 * @example
 * extractCapture(document, "https://www.trustpilot.com/review/brightbooks.com", { capturedAt: new Date() })
 * //=> { pageKind: "directory", vendor: { name: "BrightBooks", domain: "brightbooks.com", ... }, reviews: [20 items], ... }
 */
export function extractCapture(
  root: Document | ParentNode,
  pageUrl: string,
  options: ExtractOptions,
): Capture {
  const capturedAt = isValidDate(options.capturedAt)
    ? options.capturedAt.toISOString()
    : new Date(0).toISOString();
  const warnings: string[] = [];
  let url = pageUrl;
  if (!/^https?:\/\/\S+$/i.test(pageUrl) || !URL.canParse(pageUrl)) {
    warnings.push(
      `The page address "${pageUrl.slice(0, 200)}" is not an http(s) URL; recorded as ${FALLBACK_URL}.`,
    );
    url = FALLBACK_URL;
  }
  try {
    return sanitizeCapture(extract(root, url, capturedAt, options.selectionText, warnings));
  } catch (error) {
    warnings.push(
      `The page could not be read (${error instanceof Error ? error.message : String(error)}).`.slice(0, 500),
    );
    return sanitizeCapture({
      url,
      capturedAt,
      pageKind: "vendor-site",
      vendor: emptyVendor(),
      reviews: [],
      warnings,
    });
  }
}

function extract(
  root: Document | ParentNode,
  pageUrl: string,
  capturedAt: string,
  selectionText: string | undefined,
  warnings: string[],
): Capture {
  const jsonLd = guard(() => readJsonLd(root), { things: [], warnings: [] }, "JSON-LD", warnings);
  warnings.push(...jsonLd.warnings);
  const page = guard(
    () => readPageText(root),
    { text: "", blocks: [], truncated: false, itemScopes: [], contactHrefs: [] },
    "page text",
    warnings,
  );
  if (page.truncated)
    warnings.push("The page is very large; only its first 2,000,000 characters of text were read.");
  const microdata = guard(() => readMicrodataScopes(page.itemScopes, pageUrl), [], "microdata", warnings);
  const meta = guard(() => readMetaTags(root), { tags: new Map<string, string>() }, "meta tags", warnings);

  const organizationNames = allThings([...jsonLd.things, ...microdata])
    .filter((thing) =>
      thing.types.some((type) => type === "Organization" || type === "WebSite" || type === "Corporation"),
    )
    .map((thing) => text(thing, "name"))
    .filter((name): name is string => Boolean(name));
  const directory = detectDirectoryRaw({
    pageUrl,
    siteName: meta.tags.get("og:site_name"),
    canonical: meta.canonical,
    organizationNames,
  });
  const context = { pageUrl, ...(directory ? { directory } : {}) };

  const linkHrefs = page.contactHrefs;

  const { og, plain } = openGraphLayer(meta, pageUrl);
  const layers: LayerResult[] = [
    guard(
      () => interpretThings(jsonLd.things, "json-ld", context),
      emptyLayer("json-ld"),
      "JSON-LD items",
      warnings,
    ),
    guard(
      () => interpretThings(microdata, "microdata", context),
      emptyLayer("microdata"),
      "microdata items",
      warnings,
    ),
    directory ? onlyLocation(og) : og,
    directory ? onlyLocation(plain) : plain,
  ];
  if (directory) {
    layers.push(
      guard(
        () => runSiteAdapter(directory, root, pageUrl),
        emptyLayer("adapter"),
        `${directory.source} page`,
        warnings,
      ),
    );
  }
  layers.push(
    guard(
      () => readHeuristics(page, linkHrefs, directory !== undefined),
      emptyLayer("heuristic"),
      "page text",
      warnings,
    ),
  );

  const vendor = mergeVendor(layers, pageUrl, capturedAt, directory, warnings);
  const ratingLayer = layers.find((layer) => layer.rating);
  if (ratingLayer?.rating) {
    const rating: SourceRating = {
      source: directory?.source ?? "website",
      value: ratingLayer.rating.value,
      scale: ratingLayer.rating.scale,
      url: pageUrl,
      capturedAt,
    };
    if (ratingLayer.rating.count !== undefined) rating.count = ratingLayer.rating.count;
    vendor.ratings = [rating];
    vendor.provenance.ratings = { url: pageUrl, capturedAt, method: ratingLayer.method };
  }

  const reviewLayer = layers.find((layer) => layer.reviews.length > 0);
  const reviews = finishReviews(reviewLayer?.reviews ?? [], page.text, pageUrl, warnings);
  const selection = selectionText ? plainText(selectionText) : "";
  if (selection) {
    const review = selectionToReview(
      selection,
      pageUrl,
      new Date(capturedAt),
      undefined,
      directory?.source ?? "website",
    );
    review.quote = quoteSelectorRaw(page.text, review.body).selector;
    reviews.push(review);
  }
  if (reviews.length > 500) {
    warnings.push(`Kept the first 500 of ${reviews.length} reviews.`);
    reviews.length = 500;
  }

  return {
    url: pageUrl,
    capturedAt,
    pageKind: directory ? "directory" : "vendor-site",
    vendor,
    reviews,
    warnings,
  };
}

function mergeVendor(
  layers: LayerResult[],
  pageUrl: string,
  capturedAt: string,
  directory: DirectoryInfo | undefined,
  warnings: string[],
): VendorCandidate {
  const vendor = emptyVendor();
  const mark = (field: string, layer: LayerResult) => {
    vendor.provenance[field] = { url: pageUrl, capturedAt, method: layer.method } satisfies Provenance;
  };
  const scalar = ["name", "description", "function", "timeZone", "logo"] as const;
  for (const layer of layers) {
    const draft: VendorDraft = layer.vendor;
    for (const field of scalar) {
      const value = draft[field];
      if (value !== undefined && vendor[field] === undefined) {
        if (field === "function") vendor.function = draft.function;
        else if (field === "description") vendor.description = plainText(value, 5000);
        else if (field === "name") vendor.name = plainText(value, 300);
        else if (field === "timeZone") vendor.timeZone = plainText(value, 64);
        else vendor.logo = value;
        mark(field, layer);
      }
    }
    if (draft.website && vendor.website === undefined) {
      if (directory && registrableDomain(draft.website) === directory.domain) {
        warnings.push(`Ignored ${draft.website} as the vendor's website: it is ${directory.source}'s own.`);
      } else {
        vendor.website = draft.website;
        mark("website", layer);
      }
    }
    if (draft.location && vendor.location === undefined) {
      vendor.location = cleanObject(draft.location, 80);
      mark("location", layer);
    }
    if (draft.languages?.length && vendor.languages.length === 0) {
      vendor.languages = unique(draft.languages.map((language) => plainText(language, 40))).slice(0, 30);
      mark("languages", layer);
    }
    if (draft.certifications?.length && vendor.certifications.length === 0) {
      vendor.certifications = draft.certifications.slice(0, 30);
      mark("certifications", layer);
    }
    if (draft.pricing?.plans?.length && vendor.pricing.plans.length === 0) {
      vendor.pricing.plans = draft.pricing.plans.slice(0, 50).map(cleanPlan);
      if (draft.pricing.currency) vendor.pricing.currency = draft.pricing.currency;
      if (draft.pricing.model && vendor.pricing.model === undefined)
        vendor.pricing.model = draft.pricing.model;
      mark("pricing", layer);
    } else if (
      draft.pricing?.model &&
      vendor.pricing.model === undefined &&
      vendor.pricing.plans.length === 0
    ) {
      vendor.pricing.model = draft.pricing.model;
      mark("pricing", layer);
    }
    const contacts = draft.contacts;
    if (contacts) {
      if (contacts.emails?.length && vendor.contacts.emails.length === 0) {
        vendor.contacts.emails = unique(contacts.emails).slice(0, 20);
        mark("contacts.emails", layer);
      }
      if (contacts.phones?.length && vendor.contacts.phones.length === 0) {
        vendor.contacts.phones = unique(contacts.phones.map((phone) => plainText(phone, 40))).slice(0, 20);
        mark("contacts.phones", layer);
      }
      if (contacts.address && vendor.contacts.address === undefined) {
        vendor.contacts.address = plainText(contacts.address, 400);
        mark("contacts.address", layer);
      }
      if (
        !vendor.provenance.contacts &&
        (contacts.emails?.length || contacts.phones?.length || contacts.address)
      ) {
        mark("contacts", layer);
      }
    }
  }
  if (!vendor.website && !directory) {
    // On its own site the page itself is the vendor's website.
    vendor.website = `${new URL(pageUrl).origin}/`;
    vendor.provenance.website = { url: pageUrl, capturedAt, method: "heuristic" };
  }
  if (vendor.website) {
    const domain = registrableDomain(vendor.website);
    if (domain) {
      vendor.domain = domain;
      vendor.provenance.domain = vendor.provenance.website!;
    }
  }
  if (!vendor.location && vendor.contacts.address) {
    const location = locationFromAddressRaw(vendor.contacts.address);
    if (Object.keys(location).length) {
      vendor.location = location;
      vendor.provenance.location = { url: pageUrl, capturedAt, method: "heuristic" };
    }
  }
  if (!vendor.name) warnings.push("No vendor name found on the page.");
  return vendor;
}

function finishReviews(
  drafts: ReviewDraft[],
  pageText: string,
  pageUrl: string,
  warnings: string[],
): ReviewCandidate[] {
  let cursor = 0;
  let skipped = 0;
  const reviews: ReviewCandidate[] = [];
  for (const draft of drafts) {
    const body = plainText(draft.body, 20_000);
    // Directories wrap titles in quotes ("“Great service”"); the quotes are not the title.
    const title = draft.title
      ? plainText(draft.title, 500)
          .replace(/^["“”'‘]+|["“”'’]+$/g, "")
          .trim() || undefined
      : undefined;
    if (!body && !title) {
      skipped++;
      continue;
    }
    const { selector, end } = quoteSelectorRaw(pageText, body || title || "", cursor);
    cursor = end;
    const review: ReviewCandidate = {
      ...draft,
      body,
      scale: draft.scale ?? 5,
      quote: selector,
      url: draft.url ?? pageUrl,
    };
    if (title) review.title = title;
    else delete review.title;
    if (review.author !== undefined) {
      const author = plainText(review.author, 200);
      if (author) review.author = author;
      else delete review.author;
    }
    if (review.rating !== undefined && review.rating > review.scale) {
      warnings.push(`Dropped a rating of ${review.rating} above its scale of ${review.scale}.`);
      delete review.rating;
    }
    reviews.push(review);
  }
  if (skipped) warnings.push(`Skipped ${skipped} review(s) with no text.`);
  return reviews;
}

function onlyLocation(layer: LayerResult): LayerResult {
  return {
    method: layer.method,
    vendor: layer.vendor.location ? { location: layer.vendor.location } : {},
    reviews: [],
  };
}

function cleanPlan(plan: PricePlan): PricePlan {
  return { ...plan, name: plainText(plan.name, 120) || "Price" };
}

function cleanObject<T extends Record<string, string | undefined>>(value: T, max: number): T {
  const out: Record<string, string> = {};
  for (const [key, raw] of Object.entries(value)) {
    const clean = plainText(raw, max);
    if (clean) out[key] = clean;
  }
  return out as T;
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}

function emptyVendor(): VendorCandidate {
  return {
    languages: [],
    contacts: { emails: [], phones: [] },
    pricing: { plans: [] },
    certifications: [],
    ratings: [],
    provenance: {},
  };
}

function emptyLayer(method: LayerResult["method"]): LayerResult {
  return { method, vendor: {}, reviews: [] };
}

/** Runs one layer; a failure there costs only that layer, named in the warnings. */
function guard<T>(read: () => T, fallback: T, what: string, warnings: string[]): T {
  try {
    return read();
  } catch (error) {
    warnings.push(
      `Skipped the ${what}: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500),
    );
    return fallback;
  }
}

function isValidDate(value: Date): boolean {
  return value instanceof Date && !Number.isNaN(value.getTime());
}
