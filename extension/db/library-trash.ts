/**
 * One job: taking records out of the library and putting a deleted vendor back: deleting a vendor
 * with everything that hangs on it, the side panel's undo of that delete, and clearing the library.
 */
import type { Vendor } from "../../shared/schema/vendor";
import { IMPORT_UNDO_KEY } from "./library-import-undo";
import type { LibraryStore } from "./library-store";
import type { ClipRecord, ReviewGroup } from "./vendorscout-db";

/** A deleted vendor with everything the delete took, for the side panel's undo bar. */
export interface DeletedVendor {
  vendor: Vendor;
  reviewGroup: ReviewGroup | undefined;
  clips: ClipRecord[];
  evaluationIds: string[];
}

export class LibraryTrash {
  constructor(private readonly store: LibraryStore) {}

  /**
   * Deletes a vendor with its reviews and clip history and takes it out of every evaluation; returns
   * what it took, which `restoreDeletedVendor` puts back (the side panel's undo bar). Undefined when
   * there was no such vendor.
   */
  deleteVendor(id: string): Promise<DeletedVendor | undefined> {
    const { db } = this.store;
    return this.store.writing(() =>
      db.transaction("rw", [db.vendors, db.reviewGroups, db.clips, db.evaluations], async () => {
        const vendor = await db.vendors.get(id);
        if (vendor === undefined) return undefined;
        const reviewGroup = await db.reviewGroups.get(id);
        const clips = await db.clips.where("vendorId").equals(id).toArray();
        const evaluationIds: string[] = [];
        await db.reviewGroups.delete(id);
        await db.clips.where("vendorId").equals(id).delete();
        const now = this.store.now().toISOString();
        await db.evaluations
          .filter((evaluation) => evaluation.vendorIds.includes(id))
          .modify((evaluation) => {
            evaluationIds.push(evaluation.id);
            evaluation.vendorIds = evaluation.vendorIds.filter((vendorId) => vendorId !== id);
            evaluation.updatedAt = now;
          });
        await db.vendors.delete(id);
        return { vendor, reviewGroup, clips, evaluationIds };
      }),
    );
  }

  /**
   * Puts back what `deleteVendor` took: the vendor, its reviews and clips, and its place in the
   * evaluations that still exist. Refused when a vendor with its id or domain has been added since.
   */
  restoreDeletedVendor(deleted: DeletedVendor): Promise<void> {
    const { db } = this.store;
    return this.store.writing(() =>
      db.transaction("rw", [db.vendors, db.reviewGroups, db.clips, db.evaluations], async () => {
        const { vendor } = deleted;
        const taken =
          (await db.vendors.get(vendor.id)) ??
          (vendor.domain === undefined
            ? undefined
            : await db.vendors.where("domain").equals(vendor.domain).first());
        if (taken !== undefined) {
          throw new Error(
            `${vendor.name} cannot be put back: "${taken.name}" has its place in the library now. Clip the vendor again instead.`,
          );
        }
        await db.vendors.add(vendor);
        if (deleted.reviewGroup !== undefined) await db.reviewGroups.put(deleted.reviewGroup);
        if (deleted.clips.length > 0) await db.clips.bulkPut(deleted.clips);
        const now = this.store.now().toISOString();
        await db.evaluations
          .where("id")
          .anyOf(deleted.evaluationIds)
          .modify((evaluation) => {
            if (evaluation.vendorIds.includes(vendor.id)) return;
            evaluation.vendorIds = [...evaluation.vendorIds, vendor.id];
            evaluation.updatedAt = now;
          });
      }),
    );
  }

  /** Removes every vendor, review, evaluation and clip, and the import undo (other settings stay). */
  clearLibrary(): Promise<void> {
    const { db } = this.store;
    return this.store.writing(() =>
      db.transaction("rw", [db.vendors, db.reviewGroups, db.evaluations, db.clips, db.settings], async () => {
        await Promise.all([
          db.vendors.clear(),
          db.reviewGroups.clear(),
          db.evaluations.clear(),
          db.clips.clear(),
          db.settings.delete(IMPORT_UNDO_KEY),
        ]);
      }),
    );
  }
}
