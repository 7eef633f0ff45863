/**
 * Pages an evaluation's vendors and then their reviews over the bridge, keeping each record once, and stops
 * with a sentence when the extension refuses, answers badly or loops.
 */
import type { Review } from "../schema/review";
import type { Vendor } from "../schema/vendor";
import {
  BridgeError,
  type BridgeRequest,
  type BridgeSuccess,
  type BridgeTransport,
  callBridge,
  MAX_REVIEW_PAGE_SIZE,
  MAX_REVIEW_VENDOR_IDS,
  MAX_VENDOR_PAGE_SIZE,
} from "./protocol";

export interface PullProgress {
  phase: "vendors" | "reviews" | "done";
  vendors: number;
  reviews: number;
  /** Requests answered so far. */
  pages: number;
}

export interface PullOptions {
  vendorPageSize?: number;
  reviewPageSize?: number;
  onProgress?: (progress: PullProgress) => void;
  /** Stops paging before the next request; the pull rejects with a BridgeError. */
  signal?: AbortSignal;
  /** A library bigger than this many pages is refused rather than paged forever. */
  maxPages?: number;
}

export interface PulledVendors {
  vendors: Vendor[];
  reviews: Review[];
  pages: number;
}

/**
 * Pages through an evaluation's vendors (or the whole library when `evaluationId` is null), then
 * through their reviews, over a bridge transport. Vendors and reviews seen twice (a library edited
 * while paging) are kept once, the later copy winning.
 *
 * Throws a `BridgeError` with a sentence for the owner when the extension refuses, answers badly,
 * repeats a cursor (it would loop forever) or exceeds `maxPages`.
 *
 * @example
 * await pullEvaluation(transport, "eval-1", { onProgress: console.log })
 * //=> { vendors: [...], reviews: [...], pages: 3 }
 */
export async function pullEvaluation(
  transport: BridgeTransport,
  evaluationId: string | null,
  options: PullOptions = {},
): Promise<PulledVendors> {
  const vendorPageSize = clampPageSize(options.vendorPageSize, MAX_VENDOR_PAGE_SIZE);
  const reviewPageSize = clampPageSize(options.reviewPageSize, MAX_REVIEW_PAGE_SIZE);
  const maxPages = options.maxPages ?? 10_000;
  const vendors = new Map<string, Vendor>();
  const reviews = new Map<string, Review>();
  let pages = 0;

  const report = (phase: PullProgress["phase"]) =>
    options.onProgress?.({ phase, vendors: vendors.size, reviews: reviews.size, pages });
  const beforeRequest = () => {
    if (options.signal?.aborted) throw new BridgeError("The pull was cancelled; nothing was written.");
    if (pages >= maxPages) {
      throw new BridgeError(
        `The library needs more than ${maxPages} pages to send; pick one evaluation instead of the whole library.`,
      );
    }
  };

  /**
   * Pages through one kind of record: every request is checked first (cancelled, too many pages),
   * counted once answered, its records kept, and the progress reported.
   */
  const pageThrough = <T extends "pageVendors" | "pageReviews">(
    phase: "vendors" | "reviews",
    request: (cursor: string | null) => Extract<BridgeRequest, { type: T }>,
    keep: (page: BridgeSuccess<T>) => void,
  ) =>
    followCursors(async (cursor) => {
      beforeRequest();
      const page: BridgeSuccess<T> = await callBridge(transport, request(cursor));
      pages++;
      keep(page);
      report(phase);
      return page.nextCursor;
    });

  report("vendors");
  await pageThrough(
    "vendors",
    (cursor) => ({ type: "pageVendors", evaluationId, cursor, pageSize: vendorPageSize }),
    (page) => {
      for (const vendor of page.vendors) vendors.set(vendor.id, vendor);
    },
  );

  const vendorIds = [...vendors.keys()];
  report("reviews");
  for (let start = 0; start < vendorIds.length; start += MAX_REVIEW_VENDOR_IDS) {
    const chunk = vendorIds.slice(start, start + MAX_REVIEW_VENDOR_IDS);
    await pageThrough(
      "reviews",
      (cursor) => ({ type: "pageReviews", vendorIds: chunk, cursor, pageSize: reviewPageSize }),
      (page) => {
        for (const review of page.reviews) reviews.set(review.id, review);
      },
    );
  }

  report("done");
  return { vendors: [...vendors.values()], reviews: [...reviews.values()], pages };
}

async function followCursors(fetchPage: (cursor: string | null) => Promise<string | null>): Promise<void> {
  const seen = new Set<string>();
  let cursor: string | null = null;
  do {
    cursor = await fetchPage(cursor);
    if (cursor !== null) {
      if (seen.has(cursor)) {
        throw new BridgeError(
          "The VendorScout extension sent the same page twice. Reload the extension, then pull again.",
        );
      }
      seen.add(cursor);
    }
  } while (cursor !== null);
}

function clampPageSize(requested: number | undefined, max: number): number {
  if (requested === undefined || !Number.isFinite(requested)) return max;
  return Math.min(max, Math.max(1, Math.floor(requested)));
}
