// @vitest-environment jsdom
import { act } from "react";
import { expect, test } from "vitest";
import { getButton, getInputByLabel } from "../../../tests/support/react/controls";
import { render, type } from "../../../tests/support/react/render";
import { scorecardFixture } from "../../../tests/support/scorecard/scorecard-fixture";
import { CostSettings, type CostSettingsPatch } from "./cost-settings";

test("the owner sets currency, team size, term, zone and rates for the sheets built next", async () => {
  const applied: CostSettingsPatch[] = [];
  const { container } = await render(
    <CostSettings
      evaluation={scorecardFixture().evaluation}
      currency="USD"
      today="2026-12-06"
      onApply={(patch) => applied.push(patch)}
    />,
  );
  const input = (label: string) => getInputByLabel(container, label);
  const apply = () => getButton(container, "Use these cost settings");
  await type(input("Team size (seats)"), "none");
  await act(async () => apply().click());
  expect(container.querySelector('[role="alert"]')?.textContent).toMatch(/whole number of seats/);
  expect(applied).toEqual([]);
  await type(input("Reporting currency"), "GBP");
  await type(input("Team size (seats)"), "6");
  await type(input("Term (months)"), "24");
  await type(input("Your time zone"), "America/New_York");
  await type(input("Exchange rates to the reporting currency"), "USD 0.79");
  await act(async () => apply().click());
  expect(applied).toEqual([
    {
      reportingCurrency: "GBP",
      teamSize: 6,
      termMonths: 24,
      ownerZone: "America/New_York",
      fxRates: [{ currency: "USD", rate: 0.79, asOf: "2026-12-06" }],
    },
  ]);
});
