/**
 * One job: the one-step undo of the latest pack import: what an import records so it can be undone
 * (from its plan), and the undo itself, refused when a record the import wrote has changed since.
 */
import type { PackImportPlan } from "../../shared/library/plan-pack-import";
import type { Evaluation } from "../../shared/schema/evaluation";
import type { Vendor } from "../../shared/schema/vendor";
import type { LibraryStore } from "./library-store";
import type { ReviewGroup } from "./vendorscout-db";

/**
 * What the latest import changed, kept (in `settings`, key IMPORT_UNDO_KEY) so the side panel can undo
 * it in one step: the records as they were before, the ids it added, and the `updatedAt` each record
 * got, so an undo can tell whether the owner or a clip changed a record since.
 */
export interface ImportUndo {
  at: string;
  summary: string;
  vendorsBefore: Vendor[];
  addedVendorIds: string[];
  vendorsWritten: Record<string, string>;
  groupsBefore: ReviewGroup[];
  addedGroupIds: string[];
  evaluationsBefore: Evaluation[];
  addedEvaluationIds: string[];
  evaluationsWritten: Record<string, string>;
}
export const IMPORT_UNDO_KEY = "undo:last-import";

/**
 * The undo record of applying `plan` at `now`.
 *
 * @example
 * importUndoOf(planAddingAcme, now)
 * //=> { at: now, summary: "1 new vendor, 0 updated, 0 new reviews", addedVendorIds: ["acme.com"], ... }
 */
export function importUndoOf(plan: PackImportPlan, now: Date): ImportUndo {
  const { add, update } = plan;
  const added = add.vendors.length;
  const written = [...add.vendors, ...update.vendors.map((vendor) => vendor.after)];
  const evaluations = [...add.evaluations, ...update.evaluations.map((evaluation) => evaluation.after)];
  return {
    at: now.toISOString(),
    summary: `${added} new vendor${added === 1 ? "" : "s"}, ${update.vendors.length} updated, ${plan.newReviews} new review${plan.newReviews === 1 ? "" : "s"}`,
    vendorsBefore: update.vendors.map((vendor) => vendor.before),
    addedVendorIds: add.vendors.map((vendor) => vendor.id),
    vendorsWritten: Object.fromEntries(written.map((vendor) => [vendor.id, vendor.updatedAt])),
    groupsBefore: update.reviewGroups.map((group) => group.before),
    addedGroupIds: add.reviewGroups.map((group) => group.vendorId),
    evaluationsBefore: update.evaluations.map((evaluation) => evaluation.before),
    addedEvaluationIds: add.evaluations.map((evaluation) => evaluation.id),
    evaluationsWritten: Object.fromEntries(
      evaluations.map((evaluation) => [evaluation.id, evaluation.updatedAt]),
    ),
  };
}

export class LibraryImportUndo {
  constructor(private readonly store: LibraryStore) {}

  /** The latest import that can still be undone, in words for the side panel; undefined when none. */
  async lastImport(): Promise<{ at: string; summary: string } | undefined> {
    const undo = readImportUndo((await this.store.db.settings.get(IMPORT_UNDO_KEY))?.value);
    return undo === undefined ? undefined : { at: undo.at, summary: undo.summary };
  }

  /**
   * Undoes the latest import in one transaction: the vendors, reviews and evaluations it added are
   * removed and those it changed go back to how they were. Refused, changing nothing, when a record the
   * import wrote has changed since (a clip or an edit): undoing would lose that change.
   */
  async undoLastImport(): Promise<{ ok: true; message: string } | { ok: false; error: string }> {
    const { db } = this.store;
    return this.store.writing(() =>
      db.transaction("rw", [db.vendors, db.reviewGroups, db.evaluations, db.clips, db.settings], async () => {
        const undo = readImportUndo((await db.settings.get(IMPORT_UNDO_KEY))?.value);
        if (undo === undefined) {
          return {
            ok: false as const,
            error: "There is no import to undo: it was undone already, or the library was cleared.",
          };
        }
        const vendorIds = Object.keys(undo.vendorsWritten);
        const current = await db.vendors.bulkGet(vendorIds);
        // Deleted since counts as changed: an undo would bring the vendor back.
        const changedSince = vendorIds.flatMap((id, index) => {
          const vendor = current[index];
          return vendor?.updatedAt === undo.vendorsWritten[id] ? [] : [vendor ?? { name: id }];
        });
        const evaluations = await db.evaluations.bulkGet(Object.keys(undo.evaluationsWritten));
        const evaluationsChanged = evaluations.filter(
          (evaluation) =>
            evaluation !== undefined && evaluation.updatedAt !== undo.evaluationsWritten[evaluation.id],
        );
        if (changedSince.length > 0 || evaluationsChanged.length > 0) {
          const names = [...changedSince.map((v) => v.name), ...evaluationsChanged.map((e) => e?.name)];
          return {
            ok: false as const,
            error: `The import cannot be undone: ${names.slice(0, 5).join(", ")}${names.length > 5 ? ` and ${names.length - 5} more` : ""} changed since it. Undoing would lose those changes; edit or delete those vendors by hand instead.`,
          };
        }
        await db.vendors.bulkDelete(undo.addedVendorIds);
        await db.clips.where("vendorId").anyOf(undo.addedVendorIds).delete();
        await db.vendors.bulkPut(undo.vendorsBefore);
        await db.reviewGroups.bulkDelete(undo.addedGroupIds);
        await db.reviewGroups.bulkPut(undo.groupsBefore);
        await db.evaluations.bulkDelete(undo.addedEvaluationIds);
        await db.evaluations.bulkPut(undo.evaluationsBefore);
        await db.settings.delete(IMPORT_UNDO_KEY);
        return {
          ok: true as const,
          message: `Undid the import of ${undo.at.slice(0, 16).replace("T", " ")} (${undo.summary}).`,
        };
      }),
    );
  }
}

/** The stored undo record, or undefined when there is none or it is not one this version wrote. */
function readImportUndo(value: unknown): ImportUndo | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const undo = value as Partial<ImportUndo>;
  const arrays = [undo.vendorsBefore, undo.addedVendorIds, undo.groupsBefore, undo.addedGroupIds];
  const more = [undo.evaluationsBefore, undo.addedEvaluationIds];
  if (![...arrays, ...more].every(Array.isArray)) return undefined;
  if (typeof undo.at !== "string" || typeof undo.summary !== "string") return undefined;
  if (typeof undo.vendorsWritten !== "object" || typeof undo.evaluationsWritten !== "object")
    return undefined;
  return undo as ImportUndo;
}
