import { describe, expect, test } from "vitest";
import { dependencyRisk, dependencyRiskText } from "./dependency-risk";

const it = {
  id: "e1",
  name: "IT 2027",
  function: "it-support",
  vendorIds: ["northwind.example", "b.example"],
};
const payroll = {
  id: "e2",
  name: "Payroll",
  function: "accounting-payroll",
  vendorIds: ["northwind.example"],
};
const helpdesk = { id: "e3", name: "Helpdesk", function: "it-support", vendorIds: ["b.example"] };

describe("dependencyRisk", () => {
  test("a vendor in two evaluations is relied on for both functions", () => {
    expect(dependencyRisk("northwind.example", [it, payroll, helpdesk])).toEqual([
      { evaluationId: "e1", evaluationName: "IT 2027", function: "it-support" },
      { evaluationId: "e2", evaluationName: "Payroll", function: "accounting-payroll" },
    ]);
    expect(dependencyRiskText(dependencyRisk("northwind.example", [it, payroll]))).toBe(
      "Selected in 2 evaluations for 2 functions: it-support (IT 2027); accounting-payroll (Payroll)",
    );
  });

  test("two evaluations of the same function count one function", () => {
    expect(dependencyRiskText(dependencyRisk("b.example", [it, payroll, helpdesk]))).toBe(
      "Selected in 2 evaluations for 1 function: it-support (IT 2027); it-support (Helpdesk)",
    );
  });

  test("one evaluation or none is no dependency risk", () => {
    expect(dependencyRisk("northwind.example", [it])).toEqual([]);
    expect(dependencyRisk("nobody.example", [it, payroll])).toEqual([]);
    expect(dependencyRiskText([])).toBe("");
  });
});
