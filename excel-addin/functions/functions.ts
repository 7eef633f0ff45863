/**
 * The VENDOR* custom functions. Each is a thin wrapper: read the arguments (./arguments.ts), call
 * shared/, and turn a `RangeError` into `#VALUE!` with its message (./excel-error.ts). No math here.
 *
 * functions.json is generated from these JSDoc comments by custom-functions-metadata at build time
 * (excel-addin/build/build.ts), so the comments are the metadata: `@customfunction NAME` sets the name
 * users type (the manifest's namespace is empty), the TypeScript parameter types set the dimensionality
 * (`unknown[][]` = a range, `unknown` = a single value; both are "any" so this code, not Excel, words the
 * error), and `?` marks an optional parameter. The parser reads only top-level function declarations in
 * this one file, so the wrappers stay here rather than one file each.
 * See https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json-autogeneration
 */
import { savings, totalCostOfOwnership } from "../../shared/cost/index";
import {
  ahpWeights,
  bayesianRating,
  normalizeRating,
  rankScores,
  topsis,
  weightedScore,
  weightSensitivity,
  workingHoursOverlap,
} from "../../shared/scoring/index";
import {
  isBlank,
  mapPresent,
  readBounds,
  readDirections,
  readMatrix,
  readNumber,
  readNumbers,
  readNumberVector,
  readOptionalBoolean,
  readOptionalNumber,
  readOptionalText,
  readPairs,
  readPassFails,
  readRatings,
  readRatingVector,
  readText,
  spill,
} from "./arguments";
import { asExcelError } from "./excel-error";

/** What VENDORSENSITIVITY shows for a criterion whose weight can move anywhere without changing the winner. */
export const NO_WEIGHT_CHANGES_WINNER = "none";

/**
 * A vendor's weighted score from 0 to 100: the weighted average of its ratings over the rating scale.
 * Empty rating cells are left out and the remaining weights rescaled.
 * @customfunction VENDORSCORE
 * @param ratings The vendor's ratings, one per criterion (a row or a column); leave a cell empty when unknown.
 * @param weights One weight per criterion, zero or more; only their proportions matter.
 * @param [scaleMax] The top of the rating scale (default 5).
 * @returns The score, 0 to 100.
 */
export function vendorScore(ratings: unknown[][], weights: unknown[][], scaleMax?: unknown): number {
  try {
    return weightedScore(
      readRatings(ratings, "the ratings"),
      readNumbers(weights, "the weights"),
      readOptionalNumber(scaleMax, "the rating scale maximum"),
    );
  } catch (error) {
    throw asExcelError(error);
  }
}

/**
 * Ranks of a list of scores as RANK.EQ gives them (ties share a rank), spilled the same way as the scores.
 * An empty score (no score yet, or "" from a formula) gets an empty rank and is left out of the ranking.
 * With pass/fail values from the must-have gates, every vendor that fails ranks after every one that passes.
 * @customfunction VENDORRANK
 * @param scores The scores to rank (a row or a column); empty cells are skipped.
 * @param [descending] TRUE (default) ranks the highest score 1; FALSE ranks the lowest 1, e.g. for costs.
 * @param [passes] TRUE or FALSE per score, in the same order: whether the vendor passes every must-have gate.
 * @returns One rank per score, or an empty value where the score is empty.
 */
export function vendorRank(
  scores: unknown[][],
  descending?: unknown,
  passes?: unknown[][],
): Array<Array<number | string>> {
  try {
    const { values, orientation } = readRatingVector(scores, "the scores");
    const highestFirst = readOptionalBoolean(descending, "The descending argument") ?? true;
    const passFails = readPassFails(passes, values, "the passes");
    const presentPasses = passFails?.filter((_, i) => values[i] !== null);
    return spill(
      mapPresent(values, (present) => rankScores(present, highestFirst, presentPasses)),
      orientation,
    );
  } catch (error) {
    throw asExcelError(error);
  }
}

/**
 * The hours a day the owner and a vendor are both at work, with daylight saving as it falls on the date.
 * @customfunction VENDOROVERLAP
 * @param ownerZone Your time zone, an IANA name such as "Europe/London".
 * @param vendorZone The vendor's time zone, such as "America/New_York".
 * @param [ownerHours] Your working hours, "HH:MM-HH:MM" (default "09:00-17:00"; "22:00-06:00" crosses midnight).
 * @param [vendorHours] The vendor's working hours (default "09:00-17:00").
 * @param [date] The day, as a date or "YYYY-MM-DD" text (default today, in your time zone).
 * @returns The shared hours, 0 or more.
 */
export function vendorOverlap(
  ownerZone: unknown,
  vendorZone: unknown,
  ownerHours?: unknown,
  vendorHours?: unknown,
  date?: unknown,
): number {
  try {
    const owner = readText(ownerZone, "your time zone");
    return workingHoursOverlap({
      ownerZone: owner,
      vendorZone: readText(vendorZone, "the vendor's time zone"),
      ownerHours: readOptionalText(ownerHours, "your working hours"),
      vendorHours: readOptionalText(vendorHours, "the vendor's working hours"),
      date: readOverlapDate(date, owner),
    });
  } catch (error) {
    throw asExcelError(error);
  }
}

/**
 * The day to compare on: a "YYYY-MM-DD" text, an Excel date serial (days since 1899-12-30), or
 * today in the owner's zone. The clock is read here, at the platform edge, not in shared/.
 */
function readOverlapDate(date: unknown, ownerZone: string): string {
  const scalar = Array.isArray(date) && date.flat().length === 1 ? date.flat()[0] : date;
  if (typeof scalar === "number" && Number.isFinite(scalar)) {
    return new Date(Date.UTC(1899, 11, 30) + Math.floor(scalar) * 86_400_000).toISOString().slice(0, 10);
  }
  const text = readOptionalText(scalar, "the date");
  if (text !== undefined) return text;
  try {
    // en-CA writes dates as YYYY-MM-DD.
    return new Intl.DateTimeFormat("en-CA", { timeZone: ownerZone }).format(new Date());
  } catch {
    return new Date().toISOString().slice(0, 10); // the zone is refused with its message just after
  }
}

/**
 * Total cost of ownership of an outsourcing contract over its term.
 * @customfunction VENDORTCO
 * @param monthlyFee The vendor's monthly fee.
 * @param months The length of the term in months.
 * @param [setupFee] One-off setup or onboarding fee (default 0).
 * @param [transitionCost] One-off cost of moving the work over: knowledge transfer, parallel running (default 0).
 * @param [overheadPct] Your own time managing the vendor, as a percentage of the fee (default 0).
 * @param [annualIncreasePct] Yearly price increase in percent (default 0).
 * @param [discountRatePct] Yearly discount rate in percent for a present value (default 0: no discounting).
 * @returns The total cost over the term.
 */
export function vendorTco(
  monthlyFee: unknown,
  months: unknown,
  setupFee?: unknown,
  transitionCost?: unknown,
  overheadPct?: unknown,
  annualIncreasePct?: unknown,
  discountRatePct?: unknown,
): number {
  try {
    return totalCostOfOwnership({
      monthlyFee: readNumber(monthlyFee, "the monthly fee"),
      months: readNumber(months, "the number of months"),
      setupFee: readOptionalNumber(setupFee, "the setup fee"),
      transitionCost: readOptionalNumber(transitionCost, "the transition cost"),
      overheadPct: readOptionalNumber(overheadPct, "the overhead percentage"),
      annualIncreasePct: readOptionalNumber(annualIncreasePct, "the annual increase percentage"),
      discountRatePct: readOptionalNumber(discountRatePct, "the discount rate percentage"),
    });
  } catch (error) {
    throw asExcelError(error);
  }
}

/**
 * The saving of outsourcing against doing the work in-house, as a fraction of the in-house cost.
 * @customfunction VENDORSAVINGS
 * @param vendorCost What the vendor costs over the term (e.g. from VENDORTCO).
 * @param inHouseCost What doing it in-house costs over the same term.
 * @returns The saving as a fraction; negative when the vendor costs more.
 */
export function vendorSavings(vendorCost: unknown, inHouseCost: unknown): number {
  try {
    return savings(readNumber(vendorCost, "the vendor cost"), readNumber(inHouseCost, "the in-house cost"));
  } catch (error) {
    throw asExcelError(error);
  }
}

/**
 * One reputation rating from the star ratings of several review sites, pulled towards a prior so a
 * vendor with few reviews does not outrank one with many. Pairs with both cells empty are left out.
 * @customfunction VENDORREPUTATION
 * @param ratings The average rating on each review site (a row or a column).
 * @param counts The number of reviews behind each rating, in the same order.
 * @param [scaleMax] The top of the rating scale (default 5).
 * @param [priorMean] Where a vendor with few reviews is pulled to (default 70 % of the scale: 3.5 of 5).
 * @param [priorWeight] How many reviews the prior counts as (default 10).
 * @returns The rating on the same scale.
 */
export function vendorReputation(
  ratings: unknown[][],
  counts: unknown[][],
  scaleMax?: unknown,
  priorMean?: unknown,
  priorWeight?: unknown,
): number {
  try {
    const [sourceRatings, sourceCounts] = readPairs(ratings, counts, "the ratings", "the review counts");
    return bayesianRating(
      sourceRatings,
      sourceCounts,
      readOptionalNumber(scaleMax, "the rating scale maximum"),
      readOptionalNumber(priorMean, "the prior mean"),
      readOptionalNumber(priorWeight, "the prior weight"),
    );
  } catch (error) {
    throw asExcelError(error);
  }
}

/**
 * A 1-5 rating from a raw figure such as a price or a response time, placed between the lowest and
 * highest figure of the vendors compared. An empty value gives an empty result, so VENDORSCORE treats
 * that rating as missing.
 * @customfunction VENDORNORMALIZE
 * @param value The vendor's figure.
 * @param range The figures of all vendors compared (a row or a column; empty cells are skipped).
 * @param [lowerIsBetter] TRUE when a smaller figure is better, e.g. price (default FALSE).
 * @returns A rating from 1 to 5, or an empty value when the figure is empty.
 */
export function vendorNormalize(
  value: unknown,
  range: unknown[][],
  lowerIsBetter?: unknown,
): number | string {
  try {
    const { min, max } = readBounds(range, "the range");
    const lower = readOptionalBoolean(lowerIsBetter, "The lowerIsBetter argument");
    if (isBlank(value)) return "";
    return normalizeRating(readNumber(value, "the value"), min, max, lower);
  } catch (error) {
    throw asExcelError(error);
  }
}

/**
 * Each vendor's closeness to the ideal vendor (TOPSIS), from 0 to 1, spilled as a column.
 * @customfunction VENDORTOPSIS
 * @param matrix One row per vendor, one column per criterion.
 * @param weights One weight per criterion, zero or more.
 * @param [directions] Per criterion: "benefit", 1 or TRUE when more is better; "cost", -1 or FALSE when less is better (default: all benefit).
 * @returns One closeness per vendor, 1 for the ideal.
 */
export function vendorTopsis(
  matrix: unknown[][],
  weights: unknown[][],
  directions?: unknown[][],
): number[][] {
  try {
    const values = readMatrix(matrix, "the matrix");
    const criterionWeights = readNumbers(weights, "the weights");
    const benefit = isBlank(directions)
      ? criterionWeights.map(() => true)
      : readDirections(directions, "the directions");
    return spill(topsis(values, criterionWeights, benefit), "column");
  } catch (error) {
    throw asExcelError(error);
  }
}

/**
 * Criterion weights from a pairwise comparison matrix (AHP). Spills a column of n + 1 cells: the n
 * weights in the matrix's row order (summing to 1), then the consistency ratio (0.1 or less is usually
 * accepted).
 * @customfunction VENDORAHP
 * @param pairwise A square matrix: row i, column j says how many times more important criterion i is than j (1-9); column i, row j must be its reciprocal.
 * @returns n weights followed by the consistency ratio, as one column.
 */
export function vendorAhp(pairwise: unknown[][]): number[][] {
  try {
    const { weights, consistencyRatio } = ahpWeights(readMatrix(pairwise, "the pairwise matrix"));
    return spill([...weights, consistencyRatio], "column");
  } catch (error) {
    throw asExcelError(error);
  }
}

/**
 * Per criterion, the smallest change to its weight (with the other weights kept in proportion) that
 * changes which vendor scores best, spilled the same way as the weights. A criterion whose weight can
 * move anywhere without changing the winner shows "none".
 * @customfunction VENDORSENSITIVITY
 * @param matrix One row per vendor, one column per criterion: the ratings.
 * @param weights One weight per criterion (a row or a column).
 * @returns Per criterion the smallest weight change that changes the winner, or "none".
 */
export function vendorSensitivity(matrix: unknown[][], weights: unknown[][]): Array<Array<number | string>> {
  try {
    const { values, orientation } = readNumberVector(weights, "the weights");
    const changes = weightSensitivity(readMatrix(matrix, "the matrix"), values);
    return spill(
      changes.map((change) => (Number.isFinite(change) ? change : NO_WEIGHT_CHANGES_WINNER)),
      orientation,
    );
  } catch (error) {
    throw asExcelError(error);
  }
}
