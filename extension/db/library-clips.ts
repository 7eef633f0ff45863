/**
 * One job: what clipping adds to the library (a page's vendor and reviews, a selection saved as a
 * review or a note) and reading it back (a vendor's reviews, its clip history). Merge rules live in
 * shared/library; each write here is one Dexie transaction.
 */
import { applyOwnerEdit } from "../../shared/library/apply-owner-edit";
import { mergeVendorClip } from "../../shared/library/merge-vendor-clip";
import { withNewReviews } from "../../shared/library/review-group";
import { vendorIdForDomain } from "../../shared/library/vendor-id-for-domain";
import { type Capture, captureSchema } from "../../shared/schema/capture";
import { httpUrlSchema } from "../../shared/schema/common";
import { describeIssues } from "../../shared/schema/issues";
import {
  type Review,
  type ReviewCandidate,
  reviewCandidateSchema,
  reviewId,
  reviewSchema,
} from "../../shared/schema/review";
import type { Vendor } from "../../shared/schema/vendor";
import type { LibraryStore } from "./library-store";
import type { ClipRecord } from "./vendorscout-db";

export class LibraryClips {
  constructor(private readonly store: LibraryStore) {}

  /** Merges one clip into the library: vendor, new reviews and the clip's history row, all or nothing. */
  async saveCapture(
    capture: Capture,
  ): Promise<{ vendor: Vendor; created: boolean; newReviews: number; changedFields: string[] }> {
    const parsed = captureSchema.safeParse(capture);
    if (!parsed.success) {
      throw new Error(
        `The clip could not be read (${describeIssues(parsed.error.issues).join("; ")}). Reload the page and clip it again.`,
      );
    }
    const clip = parsed.data;
    const domain = clip.vendor.domain;
    if (domain === undefined) {
      throw new Error(
        "This page does not say which website the vendor has, so VendorScout cannot tell which vendor it is. Clip the vendor's own website, or a directory page that links to it.",
      );
    }
    if (clip.vendor.name === undefined) {
      throw new Error(
        "This page does not show the vendor's name, so VendorScout did not save it. Select the vendor's name on the page and clip the selection, or clip the vendor's own website.",
      );
    }
    const { db } = this.store;
    return this.store.writing(() =>
      db.transaction("rw", db.vendors, db.reviewGroups, db.clips, async () => {
        const existing = await db.vendors.where("domain").equals(domain).first();
        const newVendorId = existing?.id ?? (await this.freeVendorId(vendorIdForDomain(domain)));
        const merged = mergeVendorClip(existing, clip, { now: this.store.now(), newVendorId });
        await db.vendors.put(merged.vendor);
        const fresh = await this.addReviews(merged.vendor.id, merged.reviews);
        await db.clips.add({
          vendorId: merged.vendor.id,
          url: clip.url,
          capturedAt: clip.capturedAt,
          capture: clip,
        } as ClipRecord);
        return {
          vendor: merged.vendor,
          created: existing === undefined,
          newReviews: fresh.length,
          changedFields: merged.changedFields,
        };
      }),
    );
  }

  /** Stores text the owner selected on a page as a review of the vendor (once, however often saved). */
  async saveSelectionAsReview(vendorId: string, review: ReviewCandidate): Promise<Review> {
    const candidate = reviewCandidateSchema.safeParse(review);
    if (!candidate.success) {
      throw new Error(
        `The selected review could not be saved (${describeIssues(candidate.error.issues).join("; ")}). Select the review text again and retry.`,
      );
    }
    const { db } = this.store;
    return this.store.writing(() =>
      db.transaction("rw", db.vendors, db.reviewGroups, async () => {
        await this.store.requireVendor(vendorId);
        const id = reviewId(vendorId, candidate.data);
        const existing = (await this.listReviews(vendorId)).find((stored) => stored.id === id);
        if (existing !== undefined) return existing;
        const checked = reviewSchema.safeParse({
          ...candidate.data,
          id,
          vendorId,
          capturedAt: this.store.now().toISOString(),
        });
        if (!checked.success) {
          throw new Error(
            `The selected review could not be saved (${describeIssues(checked.error.issues).join("; ")}). Check its rating and retry.`,
          );
        }
        await this.addReviews(vendorId, [checked.data]);
        return checked.data;
      }),
    );
  }

  /** Appends selected text to the vendor's notes with where and when it was found. */
  async saveSelectionAsNote(vendorId: string, text: string, url: string): Promise<Vendor> {
    const quote = text.trim();
    if (quote === "") throw new Error("The selection is empty. Select some text on the page and try again.");
    if (!httpUrlSchema.safeParse(url).success) {
      throw new Error(
        "Notes can only be clipped from web pages (http or https). Open the page in a tab and try again.",
      );
    }
    const { db } = this.store;
    return this.store.writing(() =>
      db.transaction("rw", db.vendors, async () => {
        const vendor = await this.store.requireVendor(vendorId);
        const now = this.store.now();
        const entry = `${quote}\n— ${url} (${now.toISOString().slice(0, 10)})`;
        const notes = vendor.notes.trim() === "" ? entry : `${vendor.notes}\n\n${entry}`;
        if (notes.length > 20_000) {
          throw new Error(
            "The vendor's notes would be longer than 20,000 characters. Shorten the notes or select less text, then try again.",
          );
        }
        const updated = applyOwnerEdit(vendor, { notes }, now);
        await db.vendors.put(updated);
        return updated;
      }),
    );
  }

  /** The vendor's reviews, sorted by id. */
  async listReviews(vendorId: string): Promise<Review[]> {
    return (await this.store.db.reviewGroups.get(vendorId))?.reviews ?? [];
  }

  /** How many reviews the library holds in all. */
  async countReviews(): Promise<number> {
    let count = 0;
    await this.store.db.reviewGroups.each((group) => {
      count += group.reviews.length;
    });
    return count;
  }

  /** Every clip of the vendor, oldest first, each with its URL, time and the raw capture. */
  async clipHistory(vendorId: string): Promise<ClipRecord[]> {
    const clips = await this.store.db.clips.where("vendorId").equals(vendorId).toArray();
    return clips.sort((a, b) => a.id - b.id);
  }

  /** Adds the reviews the vendor does not have yet (by id); returns those it added. */
  private async addReviews(vendorId: string, reviews: readonly Review[]): Promise<Review[]> {
    if (reviews.length === 0) return [];
    const added = withNewReviews(await this.listReviews(vendorId), reviews);
    if (added.fresh.length > 0) await this.store.db.reviewGroups.put({ vendorId, reviews: added.reviews });
    return added.fresh;
  }

  /** The domain's id, or a numbered variant when a record from an older version already uses it. */
  private async freeVendorId(base: string): Promise<string> {
    const { db } = this.store;
    if ((await db.vendors.get(base)) === undefined) return base;
    for (let n = 2; ; n++) {
      const id = `${base}:${n}`;
      if ((await db.vendors.get(id)) === undefined) return id;
    }
  }
}
