// @vitest-environment jsdom
import { act } from "react";
import { expect, test } from "vitest";
import type { Evaluation } from "../../shared/schema/evaluation";
import { getButton, getInputByLabel } from "../../tests/support/react/controls";
import { render, type } from "../../tests/support/react/render";
import { scorecardFixture } from "../../tests/support/scorecard/scorecard-fixture";
import { EvaluationCosts } from "./evaluation-costs";
import type { PanelPorts } from "./library-port";

function ports(saved: Evaluation[]) {
  const fixture = scorecardFixture();
  return {
    fixture,
    ports: {
      now: () => new Date("2026-11-01T10:00:00.000Z"),
      library: {
        searchVendors: async () => ({ total: fixture.vendors.length, vendors: fixture.vendors }),
        saveEvaluation: async (evaluation: Evaluation) => void saved.push(evaluation),
      },
    } as unknown as PanelPorts,
  };
}

test("lists each vendor's monthly cost and pass/fail with the gates it fails, as the Scorecard does", async () => {
  const { fixture, ports: p } = ports([]);
  const other = { ...fixture.evaluation, id: "e-it", name: "IT 2027", function: "it-support" as const };
  const { container } = await render(
    <EvaluationCosts
      ports={p}
      evaluation={fixture.evaluation}
      evaluations={[fixture.evaluation, other]}
      onChanged={() => undefined}
      onMessage={() => undefined}
    />,
  );
  await act(async () => undefined);
  const rows = [...container.querySelectorAll('[data-testid="vendor-outcome"]')].map((r) => r.textContent);
  expect(rows[0]).toContain("300.00 USD a month");
  expect(rows[0]).toContain("Passes the gates");
  expect(rows[1]).toContain("1350.00 USD a month");
  expect(rows[1]).toContain("Fails: Reliability and SLAs rated at least 2; Monthly cost at most 1000 USD");
  expect(rows[3]).toContain("needs a rate for GBP");
  expect(rows[0]).toContain("Dependency risk: Selected in 2 evaluations for 2 functions");
});

test("saves the reporting currency, team size, term, zone and rates the owner types", async () => {
  const saved: Evaluation[] = [];
  const { fixture, ports: p } = ports(saved);
  const messages: string[] = [];
  const { container } = await render(
    <EvaluationCosts
      ports={p}
      evaluation={fixture.evaluation}
      evaluations={[fixture.evaluation]}
      onChanged={() => undefined}
      onMessage={(m) => messages.push(m.text)}
    />,
  );
  const input = (label: string) => getInputByLabel(container, label);
  await type(input("Reporting currency"), "gbp");
  await type(input("Team size (seats)"), "6");
  await type(input("Exchange rates to the reporting currency"), "USD 0.79, EUR 0.85");
  await act(async () => getButton(container, "Save cost settings").click());
  expect(messages.at(-1)).toMatch(/in GBP/);
  expect(saved[0]).toMatchObject({
    reportingCurrency: "GBP",
    teamSize: 6,
    termMonths: 30,
    ownerZone: "Europe/London",
    fxRates: [
      { currency: "USD", rate: 0.79, asOf: "2026-11-01" },
      { currency: "EUR", rate: 0.85, asOf: "2026-11-01" },
    ],
  });
});
