import { describe, expect, test } from "vitest";
import { criteriaTemplate } from "../../../shared/schema/criteria-templates";
import { criterionSchema } from "../../../shared/schema/evaluation";
import { addCriterion, MAX_CRITERIA, removeCriterion } from "./criteria-edits";

describe("addCriterion", () => {
  test.each([
    ["Data residency (EU)", "data-residency-eu"],
    ["  Réactivité  ", "reactivite"],
    ["!!!", "criterion"],
    ["Cost", "cost-2"], // "cost" is taken by the template
  ])("%j gets id %j and a valid shape", (name, id) => {
    const next = addCriterion(criteriaTemplate("hr"), name);
    const added = next?.at(-1);
    expect(added?.id).toBe(id);
    expect(added?.weight).toBe(0);
    expect(criterionSchema.safeParse(added).success).toBe(true);
  });

  test("ids stay unique when the same name is added twice", () => {
    const once = addCriterion([], "Fit") ?? [];
    expect(addCriterion(once, "Fit")?.map((c) => c.id)).toEqual(["fit", "fit-2"]);
  });

  test("refuses a blank name and a 41st criterion", () => {
    expect(addCriterion([], "   ")).toBeNull();
    let many = criteriaTemplate("hr");
    while (many.length < MAX_CRITERIA) many = addCriterion(many, `Extra ${many.length}`) ?? many;
    expect(addCriterion(many, "One more")).toBeNull();
  });
});

describe("removeCriterion", () => {
  test("removes by index and keeps the last one", () => {
    const template = criteriaTemplate("hr");
    expect(removeCriterion(template, 0).map((c) => c.id)).toEqual(template.slice(1).map((c) => c.id));
    const one = template.slice(0, 1);
    expect(removeCriterion(one, 0)).toEqual(one);
  });
});
