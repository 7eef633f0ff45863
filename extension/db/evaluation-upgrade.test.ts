import { describe, expect, test } from "vitest";
import { migrateStoredEvaluation } from "../../shared/library/migrate-stored-evaluation";
import { evaluationSchema } from "../../shared/schema/evaluation";
import { VENDOR_PACK_FORMAT } from "../../shared/schema/vendor-pack";
import { makeEvaluation, makeVendor } from "../../tests/support/bridge/records";
import { makeLibrary } from "../../tests/support/library/make-library";

/** An evaluation as version 1 wrote it: one in-house figure, none of version 2's fields. */
function versionOneEvaluation(vendorIds: string[]): Record<string, unknown> {
  const {
    inHouse: _i,
    teamSize: _t,
    ownerHourlyValue: _o,
    discountRatePct: _d,
    fxRates: _f,
    ...rest
  } = makeEvaluation(vendorIds);
  const { vendorCosts: _v, gates: _g, ownerHours: _h, ...v1 } = rest;
  return { ...v1, inHouseMonthlyCost: 4200 };
}

const currentInHouse = {
  salaries: 4200,
  benefitsPct: 0,
  toolsAndSoftware: 0,
  spaceAndEquipment: 0,
  recruitingAndTurnover: 0,
};

describe("a version-1 evaluation (issue 21)", () => {
  test.each([1, 2])("imported in a version-%i pack is stored in the current shape", async (version) => {
    const library = makeLibrary();
    const text = JSON.stringify({
      format: VENDOR_PACK_FORMAT,
      version,
      exportedAt: "2026-11-01T09:00:00.000Z",
      appVersion: "0.0.9",
      evaluations: [versionOneEvaluation(["vendor-1"])],
      vendors: [makeVendor(1)],
      reviews: [],
    });
    expect(await library.previewImport(text)).toMatchObject({ ok: true, evaluations: 1 });
    expect(await library.commitImport(text)).toMatchObject({ ok: true, evaluations: 1 });
    const stored = await library.getEvaluation("eval-1");
    expect(stored).toEqual(evaluationSchema.parse(stored));
    expect(stored).not.toHaveProperty("inHouseMonthlyCost");
    expect(stored).toMatchObject({
      inHouse: currentInHouse,
      teamSize: 1,
      gates: [],
      vendorIds: ["vendor-1"],
    });
  });

  test("migrateStoredEvaluation fills version 2's fields and moves the in-house figure", () => {
    expect(migrateStoredEvaluation(versionOneEvaluation([]))).toEqual(
      evaluationSchema.parse({
        ...versionOneEvaluation([]),
        inHouseMonthlyCost: undefined,
        inHouse: currentInHouse,
      }),
    );
  });

  test.each([
    ["an evaluation without criteria", { ...versionOneEvaluation([]), criteria: [] }],
    ["a list", []],
    ["text", "eval-1"],
  ])(
    "migrateStoredEvaluation gives nothing for %s, so the upgrade keeps the record as it was",
    (_label, record) => {
      expect(migrateStoredEvaluation(record)).toBeUndefined();
    },
  );
});
