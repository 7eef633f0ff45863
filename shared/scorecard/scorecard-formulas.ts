/**
 * Formula templates (see `resolveFormula`) for the computed columns, in both modes. Each pair
 * reads the same cells, so the live and the advisor-safe workbook show the same numbers; the native
 * forms restate shared/scoring and shared/cost in functions every spreadsheet has.
 */
import type { FormulaPair } from "./scorecard-plan";

/** This row's cell in column `column` of the formula's own table, as a template (see resolveFormula). */
export function thisRow(column: string): string {
  return `{c|${column}}{r}`;
}

/**
 * Weighted score 0-100 of the ratings in columns `from`..`to` of this row against a weights row.
 * Native: an empty rating drops out and the remaining weights rescale, exactly as `weightedScore`.
 * A vendor with no rating at all gets an empty score (both modes) rather than an error, so ranking
 * the others still works.
 *
 * @example
 * scoreFormula("rating-cost", "rating-exit", "{rowrange|W|weight-cost|weight-exit|weights}").native
 * //=> '=IFERROR(SUMPRODUCT(--({c|rating-cost}{r}:{c|rating-exit}{r}<>""),…)/…/5*100,"")'
 */
export function scoreFormula(from: string, to: string, weights: string, scaleMax = 5): FormulaPair {
  const ratings = `${thisRow(from)}:${thisRow(to)}`;
  const present = `--(${ratings}<>"")`;
  return {
    live: `=IFERROR(VENDORSCORE(${ratings},${weights}),"")`,
    native: `=IFERROR(SUMPRODUCT(${present},${ratings},${weights})/SUMPRODUCT(${present},${weights})/${scaleMax}*100,"")`,
  };
}

/**
 * Rank of this row's score among a column of scores, highest first, ties sharing a rank (RANK.EQ).
 * Native: a SUMPRODUCT count of higher scores, because RANK.EQ is missing from HyperFormula and
 * COUNTIF(">"&x) turns x into 15-digit text, which can rank a score below itself. Empty scores are
 * skipped in both modes.
 * Live: one VENDORRANK over the whole column spills one rank per row into `ranks` (a cell outside
 * the table: a spill is not allowed inside one, see `rankSpillFormula`), and each row reads its own
 * by position. So a recalculation sends the n scores to the add-in once, not once per row (n² values:
 * 25 million at 5,000 vendors). By position, not by key, so it stays right after the owner sorts or
 * filters the table: the spill follows the Score column's current order.
 */
export function rankFormula(column: string, scores: string, ranks: string, gates?: GateColumns): FormulaPair {
  const own = thisRow(column);
  const live = `=IF(ISNUMBER(${own}),INDEX(${ranks},ROW(${own})-ROW(\${c|${column}}\${first})+1),"")`;
  if (!gates) {
    return { live, native: `=IF(ISNUMBER(${own}),SUMPRODUCT(ISNUMBER(${scores})*(${scores}>${own}))+1,"")` };
  }
  // With gates (see rankScores): count the better scores on the same side of the line, and a failing
  // vendor also counts every scored vendor that passes.
  const passes = gates.passes;
  const ownPass = thisRow(gates.column);
  return {
    live,
    native: `=IF(ISNUMBER(${own}),SUMPRODUCT(ISNUMBER(${scores})*(${passes}=${ownPass})*(${scores}>${own}))+IF(${ownPass},0,SUMPRODUCT(ISNUMBER(${scores})*${passes}))+1,"")`,
  };
}

/** The pass/fail column the ranks respect: its id in this table and its whole-column range. */
export interface GateColumns {
  column: string;
  passes: string;
}

/**
 * The one live formula that ranks a whole column of scores, spilling a rank per row. VENDORRANK
 * refuses empty cells, so an unscored vendor enters as -1: below every real score (0-100), it changes
 * no one's rank, and the row's own formula leaves its rank empty.
 */
export function rankSpillFormula(scores: string, passes?: string): string {
  if (!passes) return `=VENDORRANK(IF(ISNUMBER(${scores}),${scores},-1))`;
  // The unscored enter as failing, so they rank after everyone and push no one down.
  return `=VENDORRANK(IF(ISNUMBER(${scores}),${scores},-1),TRUE,IF(ISNUMBER(${scores}),${passes},FALSE))`;
}

/** Cell references (or "0") for the terms of `totalCostOfOwnership`. */
export interface TcoRefs {
  monthlyFee: string;
  months: string;
  setupFee: string;
  transitionCost: string;
  overheadPct: string;
  annualIncreasePct: string;
  discountRatePct: string;
}

/**
 * Total cost of ownership; empty when the monthly fee is.
 *
 * Native: the closed form of `totalCostOfOwnership`'s monthly sum. With q = (1+d)^(-1/12) the
 * monthly discount factor and g = (1+i)/(1+d) the yearly growth net of discount, month m of year y
 * costs fee*(1+o)*g^y*q^k (k = 1..12), so a full year sums to g^y*S12 with S12 = q(1-q^12)/(1-q),
 * the Y = INT(months/12) full years to S12*(1-g^Y)/(1-g), and the R = MOD(months,12) left-over
 * months to g^Y*q(1-q^R)/(1-q). The IFs take the limits at d = 0 (q = 1) and i = d (g = 1).
 */
export function tcoFormula(refs: TcoRefs): FormulaPair {
  const f = refs.monthlyFee;
  const { live, native } = tcoExpression(refs);
  return { live: `=IF(${f}="","",${live})`, native: `=IF(${f}="","",${native})` };
}

/** The TCO of `tcoFormula` as an expression to build on (no "=", no test for an empty fee). */
export function tcoExpression(refs: TcoRefs): FormulaPair {
  const { monthlyFee: f, months: m, setupFee: s, transitionCost: t } = refs;
  const { overheadPct: o, annualIncreasePct: i, discountRatePct: d } = refs;
  const q = `(1+${d}/100)^(-1/12)`;
  const g = `((1+${i}/100)/(1+${d}/100))`;
  const years = `INT(${m}/12)`;
  const rest = `MOD(${m},12)`;
  const fullYear = `IF(${d}=0,12,${q}*(1-(1+${d}/100)^(-1))/(1-${q}))`;
  const yearsSum = `IF(${i}=${d},${years},(1-${g}^${years})/(1-${g}))`;
  const restSum = `IF(${d}=0,${rest},${q}*(1-(1+${d}/100)^(-${rest}/12))/(1-${q}))`;
  return {
    live: `VENDORTCO(${f},${m},${s},${t},${o},${i},${d})`,
    native: `(${s}+${t}+${f}*(1+${o}/100)*(${yearsSum}*${fullYear}+${g}^${years}*${restSum}))`,
  };
}

/** Saving as a fraction of the in-house cost; empty when there is nothing to compare. */
export function savingsFormula(vendorCost: string, inHouseCost: string): FormulaPair {
  // ISNUMBER first: engines differ on ""-1 (Excel: #VALUE!, HyperFormula: -1), so an empty TCO
  // must not reach the arithmetic.
  return {
    live: `=IF(ISNUMBER(${vendorCost}),IFERROR(VENDORSAVINGS(${vendorCost},${inHouseCost}),""),"")`,
    native: `=IF(ISNUMBER(${vendorCost}),IFERROR((${inHouseCost}-${vendorCost})/${inHouseCost},""),"")`,
  };
}

/** The same formula in both modes, for arithmetic every engine has. */
export function sameInBothModes(formula: string): FormulaPair {
  return { live: formula, native: formula };
}
