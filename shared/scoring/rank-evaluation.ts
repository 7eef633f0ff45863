/**
 * The evaluation's live ranking as the side panel shows it: each vendor's weighted score and rank,
 * its weakest rated criterion and the criteria not rated yet. The score and rank are the workbook's
 * (`weightedScore` is what VENDORSCORE and the advisor-safe SUMPRODUCT compute, `rankScores` is
 * RANK.EQ), so the panel and the Scorecard sheet never disagree about who is winning.
 */
import { rankScores } from "./rank-scores";
import { weightedScore } from "./weighted-score";

/** What ranking needs of an evaluation; an Evaluation record is one. Structural, so shared/scoring imports nothing. */
export interface RankableEvaluation {
  criteria: ReadonlyArray<{ id: string; name: string; weight: number }>;
  vendorIds: readonly string[];
}

/** What ranking needs of a vendor; a Vendor record is one. */
export interface RankableVendor {
  id: string;
  name: string;
  criterionRatings: Readonly<Record<string, number>>;
}

export interface RankedVendor {
  vendorId: string;
  name: string;
  /** 0-100, or null when the vendor has no rating on a criterion that carries weight. */
  score: number | null;
  /** 1 is best; ties share a rank; null when there is no score. */
  rank: number | null;
  /** The lowest-rated criterion with weight (the first such, in criterion order), if any is rated. */
  weakest?: { criterionId: string; name: string; rating: number };
  /** Names of the criteria with weight that the vendor has no rating for yet. */
  gaps: string[];
}

/**
 * Ranks the evaluation's vendors: scored vendors by rank (then name), unscored ones after them by
 * name. Only vendors the evaluation names are ranked, each once; ids without a vendor are skipped, as
 * the scorecard skips them. A vendor whose only ratings are on weight-zero criteria has no score, as
 * the sheet's IFERROR leaves its Score cell empty.
 *
 * @param passes - each vendor's must-have gate outcome (shared/scorecard/evaluation-outcomes) when the
 *   evaluation has gates: a failing vendor ranks after every passing one, as the Scorecard ranks it
 *
 * @example
 * rankEvaluation(evaluation, [brightBooks, northwind])
 * //=> [{ vendorId: "brightbooks.example", score: 86.2, rank: 1, ... }, { ..., rank: 2 }]
 */
export function rankEvaluation(
  evaluation: RankableEvaluation,
  vendors: readonly RankableVendor[],
  passes?: ReadonlyMap<string, boolean>,
): RankedVendor[] {
  const byId = new Map(vendors.map((vendor) => [vendor.id, vendor]));
  const members: RankableVendor[] = [];
  const seen = new Set<string>();
  for (const id of evaluation.vendorIds) {
    const vendor = byId.get(id);
    if (vendor && !seen.has(id)) {
      members.push(vendor);
      seen.add(id);
    }
  }
  const weights = evaluation.criteria.map((criterion) => criterion.weight);
  const rows = members.map((vendor): RankedVendor => {
    const ratings = evaluation.criteria.map(
      (criterion) =>
        (Object.hasOwn(vendor.criterionRatings, criterion.id)
          ? vendor.criterionRatings[criterion.id]
          : undefined) ?? null,
    );
    let score: number | null = null;
    try {
      score = weightedScore(ratings, weights);
    } catch {
      // No rating that carries weight: the sheet shows an empty Score cell, and so does the panel.
      score = null;
    }
    let weakest: RankedVendor["weakest"];
    const gaps: string[] = [];
    evaluation.criteria.forEach((criterion, index) => {
      if (criterion.weight <= 0) return;
      const rating = ratings[index];
      if (rating == null) {
        gaps.push(criterion.name);
        return;
      }
      if (!weakest || rating < weakest.rating) {
        weakest = { criterionId: criterion.id, name: criterion.name, rating };
      }
    });
    return {
      vendorId: vendor.id,
      name: vendor.name,
      score,
      rank: null,
      ...(weakest ? { weakest } : {}),
      gaps,
    };
  });
  const scored = rows.filter((row) => row.score !== null);
  // With the must-have gates' outcomes, a vendor that fails one ranks after every vendor that passes,
  // as the Scorecard's VENDORRANK(scores, TRUE, passes) does; a vendor without an outcome fails.
  const ranks = rankScores(
    scored.map((row) => row.score as number),
    true,
    passes ? scored.map((row) => passes.get(row.vendorId) ?? false) : undefined,
  );
  scored.forEach((row, index) => {
    row.rank = ranks[index] ?? null;
  });
  return rows.sort(
    (a, b) =>
      (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
      a.name.localeCompare(b.name),
  );
}
