import type { Page } from "playwright-core";

/**
 * The owner's side of pairing, as an owner does it: read the code the task pane shows, find the request
 * with that origin and code in the extension's side panel, and click Allow (or Deny, or Revoke).
 */
export async function taskPanePairingCode(taskPane: Page, timeout = 10_000): Promise<string> {
  const code = taskPane.getByTestId("pairing-message").getByTestId("pairing-code");
  await code.waitFor({ timeout });
  return (await code.textContent())?.trim() ?? "";
}

export async function answerPairing(
  panel: Page,
  origin: string,
  code: string,
  answer: "Allow" | "Deny",
  timeout = 10_000,
): Promise<void> {
  const request = panel
    .getByTestId("pairing-request")
    .filter({ has: panel.getByTestId("pairing-origin").getByText(origin, { exact: true }) })
    .filter({ has: panel.getByTestId("pairing-code").getByText(code, { exact: true }) });
  await request.waitFor({ timeout });
  await request.getByRole("button", { name: answer }).click();
  await request.waitFor({ state: "detached", timeout });
}

export async function revokePairing(panel: Page, origin: string, timeout = 10_000): Promise<void> {
  const decided = panel.getByTestId("pairing-decided");
  await decided.waitFor({ timeout });
  if (!(await decided.evaluate((details) => (details as HTMLDetailsElement).open))) {
    await decided.locator("summary").click();
  }
  const row = panel.getByTestId("pairing-decision").filter({ hasText: origin });
  await row.getByRole("button", { name: "Revoke" }).click();
  await row.waitFor({ state: "detached", timeout });
}
