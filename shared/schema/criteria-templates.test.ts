import { describe, expect, test } from "vitest";
import { OUTSOURCED_FUNCTIONS } from "./common";
import { BASE_CRITERIA, criteriaTemplate } from "./criteria-templates";
import { criterionSchema } from "./evaluation";

describe("criteriaTemplate", () => {
  test.each(OUTSOURCED_FUNCTIONS.map((fn) => [fn]))(
    "%s: every base criterion, valid, weights summing to 100",
    (fn) => {
      const criteria = criteriaTemplate(fn);
      expect(criteria.map((criterion) => criterion.id)).toEqual(
        BASE_CRITERIA.map((criterion) => criterion.id),
      );
      for (const criterion of criteria) expect(criterionSchema.parse(criterion)).toEqual(criterion);
      expect(criteria.reduce((sum, criterion) => sum + criterion.weight, 0)).toBe(100);
    },
  );

  test("templates differ by function: security weighs more for IT support than for marketing", () => {
    const weightOf = (fn: "it-support" | "marketing", id: string) =>
      criteriaTemplate(fn).find((criterion) => criterion.id === id)?.weight ?? 0;
    expect(weightOf("it-support", "security")).toBeGreaterThan(weightOf("marketing", "security"));
    expect(weightOf("marketing", "expertise")).toBeGreaterThan(weightOf("it-support", "expertise"));
  });

  test("returns fresh objects the caller may edit", () => {
    const first = criteriaTemplate("hr");
    first[0]!.weight = 99;
    expect(criteriaTemplate("hr")[0]!.weight).not.toBe(99);
  });
});
