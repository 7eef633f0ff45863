import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { VendorLibrary } from "../../../extension/db/library";
import { type SearchBucket, SearchIndexCache } from "../../../extension/db/search-index";
import { VendorScoutDb } from "../../../extension/db/vendorscout-db";
import { type Capture, captureSchema } from "../../../shared/schema/capture";
import { OUTSOURCED_FUNCTIONS, PIPELINE_STATUSES } from "../../../shared/schema/common";
import { type Review, reviewSchema } from "../../../shared/schema/review";
import { type Vendor, vendorSchema } from "../../../shared/schema/vendor";

export const FIXED_NOW = new Date("2026-03-01T12:00:00.000Z");

/** A library on its own in-memory IndexedDB, with a fixed clock so exports compare equal. */
export function makeLibrary(now: () => Date = () => FIXED_NOW): VendorLibrary {
  return new VendorLibrary(new VendorScoutDb({ indexedDB: new IDBFactory(), IDBKeyRange }), {
    now,
    appVersion: "0.1.0-test",
  });
}

export function makeCapture(overrides: {
  domain?: string;
  name?: string;
  url?: string;
  capturedAt?: string;
  vendor?: Record<string, unknown>;
  reviews?: unknown[];
}): Capture {
  const url = overrides.url ?? `https://${overrides.domain || "acme.com"}/`;
  const capturedAt = overrides.capturedAt ?? "2026-02-01T00:00:00.000Z";
  return captureSchema.parse({
    url,
    capturedAt,
    pageKind: "vendor-site",
    vendor: {
      ...(overrides.domain === "" ? {} : { domain: overrides.domain ?? "acme.com" }),
      ...(overrides.name === "" ? {} : { name: overrides.name ?? "Acme" }),
      ...overrides.vendor,
      provenance: { name: { url, capturedAt, method: "json-ld" } },
    },
    reviews: overrides.reviews ?? [],
    warnings: [],
  });
}

export function reviewCandidate(body: string, author = "Ann") {
  return {
    source: "g2",
    author,
    body,
    rating: 4,
    scale: 5,
    date: "2026-01-02",
    quote: { exact: body, prefix: "", suffix: "" },
  };
}

/** `count` varied, valid vendors with `reviewsPerVendor` reviews each, deterministic. */
export function generateLibrary(
  count: number,
  reviewsPerVendor: number,
): { vendors: Vendor[]; reviews: Review[] } {
  const vendors: Vendor[] = [];
  const reviews: Review[] = [];
  for (let i = 0; i < count; i++) {
    const domain = `vendor-${i.toString().padStart(5, "0")}.com`;
    const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    vendors.push(
      vendorSchema.parse({
        id: domain,
        domain,
        name: `Vendor ${(i * 7919) % count} ${i % 3 === 0 ? "Ltd" : "GmbH"}`,
        website: `https://${domain}/`,
        function: OUTSOURCED_FUNCTIONS[i % OUTSOURCED_FUNCTIONS.length],
        status: PIPELINE_STATUSES[i % PIPELINE_STATUSES.length],
        description: i % 2 === 0 ? `Provider number ${i}, "quoted", ümlaut` : undefined,
        tags: i % 5 === 0 ? ["uk", `t${i % 10}`] : [],
        notes: i % 4 === 0 ? `=HYPERLINK("x") note ${i}` : "",
        languages: ["English"],
        ratings: [{ source: "g2", value: (i % 50) / 10, scale: 5, count: i, capturedAt: at }],
        criterionRatings: i % 3 === 0 ? { cost: 1 + (i % 5) } : {},
        provenance: { name: { url: `https://${domain}/`, capturedAt: at, method: "json-ld" } },
        createdAt: at,
        updatedAt: at,
      }),
    );
    for (let r = 0; r < reviewsPerVendor; r++) {
      reviews.push(
        reviewSchema.parse({
          id: `r-${i}-${r}`,
          vendorId: domain,
          source: "trustpilot",
          author: `Author ${r}`,
          rating: 1 + ((i + r) % 5),
          scale: 5,
          body: `Review ${r} of vendor ${i}`,
          quote: { exact: `Review ${r} of vendor ${i}`, prefix: "", suffix: "" },
          capturedAt: at,
        }),
      );
    }
  }
  return { vendors, reviews };
}

/** Every bucket of the database's search index, as a library reads them. */
export function storedBuckets(db: VendorScoutDb): Promise<SearchBucket[]> {
  return new SearchIndexCache().buckets(db.searchIndex);
}
