// Reads one page into a Capture: runs the layers, merges them, and settles who the vendor is.
import { type Capture, emptyVendorCandidate, type SourceRating } from "../schema";
import { runSiteAdapter } from "./adapters";
import { detectDirectoryRaw } from "./directory";
import { reviewsByReviewersRaw, summarySectionText } from "./directory-summaries";
import { settleDirectoryWebsite } from "./directory-website";
import type { LayerResult } from "./draft";
import { finishReviews } from "./finish-reviews";
import { readHeuristics } from "./heuristics";
import { pageCountryRaw } from "./heuristics/page-country";
import { readJsonLd } from "./json-ld";
import { listingCountRaw } from "./listing-page";
import { mergeVendor, onlyLocation } from "./merge-vendor";
import { readMicrodataScopes } from "./microdata";
import { openGraphLayer, readMetaTags } from "./open-graph";
import { type PageClaimTrust, pageClaimTrustRaw, savedCopyWarningRaw, settleOwnSite } from "./page-identity";
import { declaredLanguage, pageLanguageRaw } from "./page-language";
import { readPageText } from "./page-text";
import { plainText } from "./plain-text";
import { quoteSelectorRaw } from "./quote-selector";
import { registrableDomain } from "./registrable-domain";
import { sanitizeCapture } from "./sanitize-capture";
import { interpretThings } from "./schema-org";
import { selectionToReview } from "./selection";
import { copyrightLineRaw, logoAltTexts, sameName, siteBrandRaw } from "./site-brand";
import { allThings, text } from "./thing";

export { detectDirectoryRaw } from "./directory";
export { registrableDomain } from "./registrable-domain";
export { selectionToReview } from "./selection";

export interface ExtractOptions {
  capturedAt: Date;
  /** What the owner selected before "Save selection as a review of…". */
  selectionText?: string;
  /**
   * Let a page served from localhost or an IP address name its own vendor (canonical link, JSON-LD url,
   * og:site_name), as saved copies served there in tests and development builds need. Off by default
   * and in production builds: there such a page is its own host and names no vendor (pageClaimTrustRaw).
   */
  trustDeclaredIdentityWithoutDomain?: boolean;
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
  // Decided on the address the browser gave, before a file: or unreadable one falls back to FALLBACK_URL.
  const trust = pageClaimTrustRaw(pageUrl, options.trustDeclaredIdentityWithoutDomain === true);
  let url = pageUrl;
  if (!/^https?:\/\/\S+$/i.test(pageUrl) || !URL.canParse(pageUrl)) {
    warnings.push(
      `The page address "${pageUrl.slice(0, 200)}" is not an http(s) URL; recorded as ${FALLBACK_URL}.`,
    );
    url = FALLBACK_URL;
  }
  try {
    return sanitizeCapture(extract(root, url, capturedAt, options.selectionText, trust, warnings));
  } catch (error) {
    warnings.push(
      `The page could not be read (${error instanceof Error ? error.message : String(error)}).`.slice(0, 500),
    );
    return sanitizeCapture({
      url,
      capturedAt,
      pageKind: "vendor-site",
      vendor: emptyVendorCandidate(),
      reviews: [],
      warnings,
    });
  }
}

export type PageRead = { ok: true; capture: Capture } | { ok: false; listed: number; message: string };

/**
 * What a clip of the page yields: its capture, or, for a category, search or listing page that names
 * many providers, a sentence and nothing to save (issue 17, class 4). A selection the owner made is
 * always read: it names one review, whatever the page around it.
 *
 * @example
 * extractPage(capterraCategory, "https://www.capterra.com/accounting-software/", { capturedAt })
 * //=> { ok: false, listed: 25, message: "This page lists 25 providers: open one provider's page to clip it." }
 */
export function extractPage(root: Document | ParentNode, pageUrl: string, options: ExtractOptions): PageRead {
  if (!options.selectionText) {
    let listed: number | undefined;
    try {
      listed = listingCountRaw(root, readJsonLd(root).things);
    } catch {
      listed = undefined;
    }
    if (listed !== undefined) {
      return {
        ok: false,
        listed,
        message: `This page lists ${listed} providers: open one provider's page to clip it.`,
      };
    }
  }
  return { ok: true, capture: extractCapture(root, pageUrl, options) };
}

function extract(
  root: Document | ParentNode,
  pageUrl: string,
  capturedAt: string,
  selectionText: string | undefined,
  trust: PageClaimTrust,
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
  // A page is the directory only when its address says so: a page at evil.example that claims to be
  // clutch.co (canonical link, og:site_name) is not (issue 19, finding 3). Only a saved copy (file:, or
  // localhost when the extractor is told to trust it) goes by what it says about itself.
  const claimed = trust !== "address";
  const directory = detectDirectoryRaw({
    pageUrl,
    ...(claimed
      ? { siteName: meta.tags.get("og:site_name"), canonical: meta.canonical, organizationNames }
      : {}),
  });
  const identityUrl =
    claimed && meta.canonical && /^https?:\/\//i.test(meta.canonical) && URL.canParse(meta.canonical)
      ? meta.canonical
      : pageUrl;
  const lang = pageLanguageRaw(declaredLanguage(root), page.text);
  const logoAlts = guard(() => logoAltTexts(root), [], "logo", warnings);
  const headings = guard(
    () =>
      Array.from(root.querySelectorAll("h1"))
        .slice(0, 2)
        .map((heading) => plainText(heading.textContent ?? "", 200)),
    [],
    "headings",
    warnings,
  );
  // A directory's title is its own boilerplate ("Read Customer Service Reviews of ..."), which names
  // no function of the vendor's; there only the text about the vendor counts.
  const identity = directory
    ? ""
    : [meta.title, meta.tags.get("og:site_name"), ...headings, ...logoAlts]
        .filter(Boolean)
        .join(" | ")
        .slice(0, 2000);
  const pageCountry = pageCountryRaw(identityUrl, lang);
  const signals = { identity, ...(pageCountry ? { country: pageCountry } : {}) };
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
      () => readHeuristics(page, linkHrefs, directory !== undefined, signals),
      emptyLayer("heuristic"),
      "page text",
      warnings,
    ),
  );

  for (const layer of layers) warnings.push(...(layer.warnings ?? []));
  // National numbers are read into E.164 for the country the page's own international numbers name,
  // when its domain does not name one: a language tag is a theme's default as often as not.
  const written = layers.find((layer) => layer.writtenPhoneCountry)?.writtenPhoneCountry;
  const phoneCountry = pageCountryRaw(identityUrl, lang, written);
  const vendor = mergeVendor(
    layers,
    {
      url: pageUrl,
      capturedAt,
      ...(directory ? { directory } : {}),
      ...(phoneCountry ? { phoneCountry } : {}),
    },
    warnings,
  );
  if (directory) {
    settleDirectoryWebsite(vendor, identityUrl, directory, warnings);
  } else {
    settleOwnSite(vendor, pageUrl, trust, warnings);
    const brand = siteBrandRaw({
      domain: registrableDomain(identityUrl),
      ...(meta.title ? { title: meta.title } : {}),
      ...(meta.tags.get("og:site_name") ? { siteName: meta.tags.get("og:site_name")! } : {}),
      logoAlts,
      ...(copyrightLineRaw(page.text) ? { copyright: copyrightLineRaw(page.text)! } : {}),
      organizationNames,
    });
    if (brand && (!vendor.name || (brand.matchesDomain && !sameName(vendor.name, brand.name, identityUrl)))) {
      vendor.name = plainText(brand.name, 300);
      vendor.provenance.name = { url: pageUrl, capturedAt, method: "heuristic" };
    }
  }
  if (vendor.website) {
    const domain = registrableDomain(vendor.website);
    if (domain) {
      vendor.domain = domain;
      vendor.provenance.domain = vendor.provenance.website!;
    } else delete vendor.domain;
  }
  if (trust === "saved-file" && vendor.website) warnings.push(savedCopyWarningRaw(vendor.website));
  if (!vendor.name) warnings.push("No vendor name found on the page.");
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
  const byReviewers = reviewsByReviewersRaw(reviewLayer?.reviews ?? [], {
    ...(directory ? { directoryNames: directory.names } : {}),
    ...(ratingLayer?.rating ? { overall: ratingLayer.rating.value } : {}),
    summaryText: directory ? guard(() => summarySectionText(root), "", "review highlights", warnings) : "",
    pageText: page.text,
  });
  if (byReviewers.summaries > 0 && directory) {
    warnings.push(
      `Left out ${byReviewers.summaries} summary text(s) that ${directory.source} wrote itself: they are not reviews.`,
    );
  }
  const reviews = finishReviews(byReviewers.reviews, page.text, pageUrl, warnings);
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
