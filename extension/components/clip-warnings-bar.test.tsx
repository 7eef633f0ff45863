// @vitest-environment jsdom
import { act } from "react";
import { expect, test } from "vitest";
import { render } from "../../tests/support/react/render";
import type { ClipWarnings } from "../services/clip-warnings";
import { ClipWarningsBar, type ClipWarningsPorts } from "./clip-warnings-bar";

function ports(initial?: ClipWarnings): ClipWarningsPorts & { push(value: ClipWarnings): void } {
  let listener: ((value: ClipWarnings) => void) | undefined;
  return {
    current: async () => initial,
    subscribe: (callback) => {
      listener = callback;
      return () => {
        listener = undefined;
      };
    },
    push: (value) => listener?.(value),
  };
}

const unsure: ClipWarnings = {
  vendorId: "v1",
  vendorName: "Harbor Payroll",
  warnings: [
    "trustpilot does not give Harbor Payroll's own website here; clip the vendor's own site too so the two merge.",
  ],
  at: "2026-01-01T00:00:00.000Z",
};

test("shows the last clip's warnings, as text, and can be dismissed", async () => {
  const fake = ports(unsure);
  const { container } = await render(<ClipWarningsBar ports={fake} />);
  expect(container.textContent).toContain("Check Harbor Payroll: the clip was unsure of some details");
  expect(container.textContent).toContain(unsure.warnings[0]);
  const dismiss = [...container.querySelectorAll("button")].find(
    (button) => button.textContent === "Dismiss",
  );
  await act(async () => dismiss?.click());
  expect(container.textContent).toBe("");
  // Page text stays text: a name holding markup is shown as its characters, never parsed.
  await act(async () => fake.push({ ...unsure, vendorName: "<b>x</b>", at: "2026-01-02T00:00:00.000Z" }));
  expect(container.textContent).toContain("Check <b>x</b>");
  expect(container.querySelector("b")).toBeNull();
});

test("a clip with no warnings shows nothing", async () => {
  const { container } = await render(<ClipWarningsBar ports={ports({ ...unsure, warnings: [] })} />);
  expect(container.textContent).toBe("");
});
