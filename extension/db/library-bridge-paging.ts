/**
 * One job: the Excel bridge's read-only keyset paging through the library: vendors by id, and their
 * reviews by vendor id then review id, each page with the cursor of the next.
 */
import type { Review } from "../../shared/schema/review";
import type { Vendor } from "../../shared/schema/vendor";
import { checkWindow, isPresent, type LibraryStore } from "./library-store";

/** Review groups read per request while filling one page of the bridge's reviews. */
const REVIEW_GROUPS_PER_READ = 100;

export class LibraryBridgePaging {
  constructor(private readonly store: LibraryStore) {}

  /** Read-only keyset paging for the Excel bridge: vendors by id after `cursor`. */
  async pageVendors(
    evaluationId: string | null,
    cursor: string | null,
    pageSize: number,
  ): Promise<{ vendors: Vendor[]; nextCursor: string | null }> {
    checkWindow(0, pageSize);
    const { db } = this.store;
    return db.transaction("r", db.vendors, db.evaluations, async () => {
      let vendors: Vendor[];
      if (evaluationId !== null) {
        const evaluation = await this.store.requireEvaluation(evaluationId);
        const ids = [...new Set(evaluation.vendorIds)].sort().filter((id) => cursor === null || id > cursor);
        // An id whose vendor is gone is skipped, and the page still fills from the ids after it: a short
        // page would end the pull early (issue 19, finding 7).
        vendors = [];
        for (let start = 0; start < ids.length && vendors.length <= pageSize; start += pageSize + 1) {
          const found = (await db.vendors.bulkGet(ids.slice(start, start + pageSize + 1))).filter(isPresent);
          vendors.push(...found.slice(0, pageSize + 1 - vendors.length));
        }
      } else {
        const range = cursor === null ? db.vendors.orderBy(":id") : db.vendors.where(":id").above(cursor);
        vendors = await range.limit(pageSize + 1).toArray();
      }
      return pageOf(vendors, pageSize);
    });
  }

  /**
   * Read-only keyset paging for the Excel bridge: the vendors' reviews, ordered by vendor id and then
   * review id. The cursor is "<vendor id>/<review id>" of the page's last review (ids never hold "/").
   */
  async pageReviews(
    vendorIds: string[],
    cursor: string | null,
    pageSize: number,
  ): Promise<{ reviews: Review[]; nextCursor: string | null }> {
    checkWindow(0, pageSize);
    const after = cursor === null ? null : readReviewCursor(cursor);
    const ids = [...new Set(vendorIds)].sort().filter((id) => after === null || id >= after.vendorId);
    if (ids.length === 0) return { reviews: [], nextCursor: null };
    const { db } = this.store;
    return db.transaction("r", db.reviewGroups, async () => {
      const reviews: Review[] = [];
      for (let start = 0; start < ids.length && reviews.length <= pageSize; start += REVIEW_GROUPS_PER_READ) {
        const groups = await db.reviewGroups.bulkGet(ids.slice(start, start + REVIEW_GROUPS_PER_READ));
        for (const group of groups) {
          if (group === undefined) continue;
          for (const review of group.reviews) {
            if (after !== null && group.vendorId === after.vendorId && review.id <= after.reviewId) continue;
            reviews.push(review);
          }
        }
      }
      const page = reviews.slice(0, pageSize);
      const last = page[page.length - 1];
      return {
        reviews: page,
        nextCursor: reviews.length > pageSize && last !== undefined ? `${last.vendorId}/${last.id}` : null,
      };
    });
  }
}

/** The position a bridge cursor names, or a sentence saying the cursor is not one the library gave. */
function readReviewCursor(cursor: string): { vendorId: string; reviewId: string } {
  const slash = cursor.indexOf("/");
  if (slash <= 0 || slash === cursor.length - 1) {
    throw new Error(
      `The reviews cursor "${cursor.slice(0, 80)}" is not one the library gave out. Start the pull again from the first page.`,
    );
  }
  return { vendorId: cursor.slice(0, slash), reviewId: cursor.slice(slash + 1) };
}

function pageOf<T extends { id: string }>(
  records: T[],
  pageSize: number,
): { vendors: T[]; nextCursor: string | null } {
  const page = records.slice(0, pageSize);
  const last = page[page.length - 1];
  return { vendors: page, nextCursor: records.length > pageSize && last !== undefined ? last.id : null };
}
