/**
 * One job: the owner's edits: a vendor's fields and ratings, and the evaluations (criteria, weights,
 * which vendors compete). What the owner changes is never overwritten by later clips or imports.
 */
import { applyOwnerEdit, type VendorOwnerPatch } from "../../shared/library/apply-owner-edit";
import { withOwnValue } from "../../shared/library/own-value";
import { byNameThenId } from "../../shared/library/record-order";
import { sameValue } from "../../shared/library/same-value";
import { type Evaluation, type EvaluationInput, evaluationSchema } from "../../shared/schema/evaluation";
import { describeIssues } from "../../shared/schema/issues";
import type { Vendor } from "../../shared/schema/vendor";
import type { LibraryStore } from "./library-store";

/** An evaluation as the UI edits it: the library sets the dates (a full `EvaluationInput` fits too). */
export type EvaluationDraft = Omit<EvaluationInput, "createdAt" | "updatedAt"> &
  Partial<Pick<EvaluationInput, "createdAt" | "updatedAt">>;

export class LibraryEdits {
  constructor(private readonly store: LibraryStore) {}

  /** The owner's edit: captured fields the owner changes are never overwritten by later clips or imports. */
  updateVendor(id: string, patch: VendorOwnerPatch): Promise<Vendor> {
    const { db } = this.store;
    return this.store.writing(() =>
      db.transaction("rw", db.vendors, async () => {
        const vendor = await this.store.requireVendor(id);
        const updated = applyOwnerEdit(vendor, patch, this.store.now());
        if (updated !== vendor) await db.vendors.put(updated);
        return updated;
      }),
    );
  }

  /** Sets (1-5) or clears (null) the owner's rating of a vendor on one criterion. */
  rateVendor(id: string, criterionId: string, rating: number | null): Promise<Vendor> {
    if (rating !== null && !(Number.isFinite(rating) && rating >= 1 && rating <= 5)) {
      return Promise.reject(
        new Error(`A rating must be between 1 and 5 (got ${rating}). Pick 1 to 5 stars.`),
      );
    }
    const { db } = this.store;
    return this.store.writing(() =>
      db.transaction("rw", db.vendors, async () => {
        const vendor = await this.store.requireVendor(id);
        const criterionRatings = withOwnValue(vendor.criterionRatings, criterionId, rating ?? undefined);
        const updated = applyOwnerEdit(vendor, { criterionRatings }, this.store.now());
        if (updated !== vendor) await db.vendors.put(updated);
        return updated;
      }),
    );
  }

  async listEvaluations(): Promise<Evaluation[]> {
    const evaluations = await this.store.db.evaluations.toArray();
    return evaluations.sort(byNameThenId);
  }

  getEvaluation(id: string): Promise<Evaluation | undefined> {
    return this.store.db.evaluations.get(id);
  }

  /** Creates or replaces an evaluation; vendor ids not in the library are dropped, duplicates once. */
  saveEvaluation(input: EvaluationDraft): Promise<Evaluation> {
    const now = this.store.now().toISOString();
    const parsed = evaluationSchema.safeParse({
      ...input,
      createdAt: input.createdAt ?? now,
      updatedAt: now,
    });
    if (!parsed.success) {
      return Promise.reject(
        new Error(
          `The evaluation could not be saved: ${describeIssues(parsed.error.issues).join("; ")}. Correct it and save again.`,
        ),
      );
    }
    const { db } = this.store;
    return this.store.writing(() =>
      db.transaction("rw", db.vendors, db.evaluations, async () => {
        const existing = await db.evaluations.get(parsed.data.id);
        const vendorIds = await this.store.existingVendorIds(parsed.data.vendorIds);
        const evaluation: Evaluation = {
          ...parsed.data,
          vendorIds,
          createdAt: existing?.createdAt ?? parsed.data.createdAt,
        };
        await db.evaluations.put(evaluation);
        return evaluation;
      }),
    );
  }

  deleteEvaluation(id: string): Promise<void> {
    return this.store.writing(() => this.store.db.evaluations.delete(id));
  }

  addToEvaluation(evaluationId: string, vendorIds: string[]): Promise<Evaluation> {
    return this.changeEvaluationVendors(evaluationId, async (current) => [
      ...current,
      ...(await this.store.existingVendorIds(vendorIds)),
    ]);
  }

  removeFromEvaluation(evaluationId: string, vendorIds: string[]): Promise<Evaluation> {
    const removed = new Set(vendorIds);
    return this.changeEvaluationVendors(evaluationId, async (current) =>
      current.filter((id) => !removed.has(id)),
    );
  }

  private async changeEvaluationVendors(
    evaluationId: string,
    change: (current: string[]) => Promise<string[]>,
  ): Promise<Evaluation> {
    const { db } = this.store;
    return this.store.writing(() =>
      db.transaction("rw", db.vendors, db.evaluations, async () => {
        const evaluation = await this.store.requireEvaluation(evaluationId);
        const vendorIds = [...new Set(await change(evaluation.vendorIds))];
        if (vendorIds.length > 10_000) {
          throw new Error("An evaluation can compare at most 10,000 vendors. Remove some vendors first.");
        }
        if (sameValue(vendorIds, evaluation.vendorIds)) return evaluation;
        const updated = { ...evaluation, vendorIds, updatedAt: this.store.now().toISOString() };
        await db.evaluations.put(updated);
        return updated;
      }),
    );
  }
}
