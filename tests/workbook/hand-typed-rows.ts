/**
 * What the hand-added-rows tests (in HyperFormula and in LibreOffice) type under the Scorecard and
 * Criteria tables, the evaluation they type it into, and what shared/ says the sheets must then show.
 */
import type { Vendor } from "../../shared/schema/vendor";
import { vendorSchema } from "../../shared/schema/vendor";
import { scorecardFixture } from "../support/scorecard/scorecard-fixture";
import { type Expected, expectedFigures } from "./scorecard-expectations";

/**
 * The scorecard fixture without its must-have gates: a vendor typed by hand has no gate facts on the
 * other sheets, so it would fail every gate and rank after the passing vendors. These tests are about
 * references that grow with the tables; gates and their ranks are checked in scorecard-hyperformula/-libreoffice.
 */
export function ungatedFixture(): ReturnType<typeof scorecardFixture> {
  const gated = scorecardFixture();
  return { ...gated, evaluation: { ...gated.evaluation, gates: [] } };
}

/** The vendor row typed under the Scorecard table: it outscores every vendor of the fixture. */
export const HAND_VENDOR = {
  id: "hand.example",
  name: "Hand Added Ltd",
  ratings: { cost: 5, expertise: 5, reliability: 4 },
} as const;

/** The criterion row typed under the Criteria table: its weight must count in every percentage. */
export const EXTRA_CRITERION = { id: "extra", name: "Extra criterion", weight: 100 } as const;

/** The scores and ranks shared/ computes once HAND_VENDOR stands beside the fixture's vendors. */
export function expectedWithHandVendor(fixture: ReturnType<typeof ungatedFixture>): Expected {
  const hand: Vendor = vendorSchema.parse({
    ...fixture.vendors[0],
    id: HAND_VENDOR.id,
    name: HAND_VENDOR.name,
    website: `https://${HAND_VENDOR.id}/`,
    criterionRatings: HAND_VENDOR.ratings,
  });
  return expectedFigures(
    fixture.evaluation,
    [...fixture.vendors, hand],
    fixture.evaluation.updatedAt.slice(0, 10),
  );
}
