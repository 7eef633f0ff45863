import { expect, test } from "vitest";
import { evaluationSchema } from "../schema/evaluation";
import { vendorSchema } from "../schema/vendor";
import { rankEvaluation } from "./rank-evaluation";

const AT = "2026-12-01T09:00:00.000Z";
const vendor = (id: string, name: string, criterionRatings: Record<string, number>) =>
  vendorSchema.parse({ id, name, criterionRatings, createdAt: AT, updatedAt: AT });
const evaluation = (vendorIds: string[]) =>
  evaluationSchema.parse({
    id: "eval-1",
    name: "Payroll",
    function: "accounting-payroll",
    criteria: [
      { id: "cost", name: "Cost", weight: 50 },
      { id: "expertise", name: "Expertise", weight: 30 },
      { id: "extras", name: "Extras", weight: 0 },
      { id: "security", name: "Security", weight: 20 },
    ],
    vendorIds,
    createdAt: AT,
    updatedAt: AT,
  });

test("scores, ranks, the weakest weighted criterion and the gaps, best first", () => {
  const vendors = [
    vendor("a.example", "Alpha", { cost: 3, expertise: 5, security: 4 }),
    vendor("b.example", "Bravo", { cost: 5, extras: 1 }),
    vendor("c.example", "Charlie", {}),
  ];
  const ranked = rankEvaluation(evaluation(["c.example", "a.example", "b.example"]), vendors);
  expect(ranked.map((row) => [row.name, row.rank])).toEqual([
    ["Bravo", 1],
    ["Alpha", 2],
    ["Charlie", null],
  ]);
  expect(ranked[0]?.score).toBe(100);
  expect(ranked[1]?.score).toBeCloseTo(((3 * 50 + 5 * 30 + 4 * 20) / 100 / 5) * 100, 12);
  // A weight-zero criterion is neither the weakest nor a gap.
  expect(ranked[0]?.weakest).toEqual({ criterionId: "cost", name: "Cost", rating: 5 });
  expect(ranked[0]?.gaps).toEqual(["Expertise", "Security"]);
  expect(ranked[1]?.weakest).toEqual({ criterionId: "cost", name: "Cost", rating: 3 });
  expect(ranked[1]?.gaps).toEqual([]);
  expect(ranked[2]?.score).toBeNull();
  expect(ranked[2]?.weakest).toBeUndefined();
  expect(ranked[2]?.gaps).toEqual(["Cost", "Expertise", "Security"]);
});

test("only the evaluation's vendors, each once; ids with no vendor are skipped", () => {
  const vendors = [vendor("a.example", "Alpha", { cost: 4 }), vendor("z.example", "Outside", { cost: 5 })];
  const ranked = rankEvaluation(evaluation(["a.example", "a.example", "gone.example"]), vendors);
  expect(ranked.map((row) => row.vendorId)).toEqual(["a.example"]);
});

test("ties share a rank, as RANK.EQ does, and are listed by name", () => {
  const vendors = [
    vendor("b.example", "Bravo", { cost: 4 }),
    vendor("a.example", "Alpha", { cost: 4 }),
    vendor("c.example", "Charlie", { cost: 2 }),
  ];
  const ranked = rankEvaluation(evaluation(["b.example", "a.example", "c.example"]), vendors);
  expect(ranked.map((row) => [row.name, row.rank])).toEqual([
    ["Alpha", 1],
    ["Bravo", 1],
    ["Charlie", 3],
  ]);
});

test("a vendor rated only on weight-zero criteria has no score, like the sheet's empty cell", () => {
  const ranked = rankEvaluation(evaluation(["b.example"]), [vendor("b.example", "Bravo", { extras: 5 })]);
  expect(ranked[0]).toMatchObject({ score: null, rank: null });
});
