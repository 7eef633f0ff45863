/**
 * The hook that reads an evaluation's vendors through the library and ranks them with shared/scoring, as the
 * workbook ranks them, for the side panel to show live.
 */
import { useEffect, useMemo, useState } from "react";
import type { Evaluation } from "../../shared/schema/evaluation";
import type { Vendor } from "../../shared/schema/vendor";
import { evaluationOutcomes } from "../../shared/scorecard/evaluation-outcomes";
import { type RankedVendor, rankEvaluation } from "../../shared/scoring/rank-evaluation";
import { useLatestRead } from "./latest-read";
import type { LibraryPort } from "./library-port";

/**
 * The evaluation's live ranking: its vendors read through the library (the evaluation holds only
 * ids), ranked by shared/scoring as the workbook ranks them. `fresh` is a vendor the caller has newer
 * than the library read (the open vendor page, just rated). Undefined until read; a failed read
 * leaves it undefined and says why in `error`.
 */
export function useEvaluationRanking(
  library: LibraryPort,
  evaluation: Evaluation,
  version: number,
  fresh?: Vendor,
): { ranking: RankedVendor[] | undefined; error: string | undefined } {
  const [members, setMembers] = useState<Vendor[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const latest = useLatestRead();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the re-read trigger after a change.
  useEffect(() => {
    setError(undefined);
    // An empty evaluation still goes through `latest`, so a read for its last vendor cannot land after.
    latest(
      async () =>
        evaluation.vendorIds.length === 0
          ? []
          : (await library.searchVendors({ evaluationId: evaluation.id }, 0, evaluation.vendorIds.length))
              .vendors,
      setMembers,
    ).catch((cause: unknown) =>
      setError(
        `The ranking could not be read (${cause instanceof Error ? cause.message : String(cause)}). Close and reopen the side panel.`,
      ),
    );
  }, [library, evaluation, version, latest]);
  const ranking = useMemo(() => {
    if (!members) return undefined;
    const vendors = fresh ? members.map((member) => (member.id === fresh.id ? fresh : member)) : members;
    // The same gate outcomes the Scorecard computes, so a vendor failing a must-have ranks last here too.
    const today = new Date().toISOString().slice(0, 10);
    const { outcomes } = evaluationOutcomes(evaluation, vendors, [], today);
    return rankEvaluation(evaluation, vendors, new Map(outcomes.map((o) => [o.vendorId, o.passes])));
  }, [members, fresh, evaluation]);
  return { ranking, error };
}

/** "86.3" from 86.25: one decimal, as the Scorecard sheet's Score column shows it (format 0.0). */
export function scoreText(score: number): string {
  return score.toFixed(1);
}
