// @vitest-environment jsdom
import { act } from "react";
import { expect, test } from "vitest";
import { heldArticleClip, newVendorClipped } from "../../tests/support/capture/clips";
import { getButton } from "../../tests/support/react/controls";
import { render } from "../../tests/support/react/render";
import type { ClipOutcome } from "../capture/clip-tab";
import type { PendingClip } from "../capture/pending-clip";
import { type PendingClipPorts, PendingClipQuestion } from "./pending-clip-question";

// The page's title carries markup: the question must show it as text.
const pending: PendingClip = heldArticleClip({ pageTitle: "<b>Council</b> raises business rates" });

function ports(answer: (id: string, save: boolean) => Promise<ClipOutcome>, waiting?: PendingClip) {
  let push: (value: PendingClip | undefined) => void = () => undefined;
  const answers: Array<[string, boolean]> = [];
  const value: PendingClipPorts = {
    current: async () => waiting,
    subscribe: (callback) => {
      push = callback;
      return () => undefined;
    },
    answer: (id, save) => {
      answers.push([id, save]);
      return answer(id, save);
    },
  };
  return { ports: value, answers, push: (next: PendingClip | undefined) => push(next) };
}

const saved: ClipOutcome = newVendorClipped("riverside-gazette.example", "Riverside Gazette");

test("no question, nothing shown", async () => {
  const { container } = await render(<PendingClipQuestion ports={ports(async () => saved).ports} />);
  expect(container.textContent).toBe("");
});

test("a question held while the panel opened is asked, the page's title shown as text", async () => {
  const fake = ports(async () => saved, pending);
  const { container } = await render(<PendingClipQuestion ports={fake.ports} />);
  const question = container.querySelector("[data-testid=pending-clip]");
  expect(question?.textContent).toContain("This doesn't look like a provider's page. Save anyway?");
  expect(question?.textContent).toContain("“<b>Council</b> raises business rates”");
  expect(question?.querySelector("b")).toBeNull();
  await act(async () => getButton(container, "Save anyway").click());
  expect(fake.answers).toEqual([["7-1", true]]);
  expect(container.querySelector("[data-testid=pending-clip]")).toBeNull();
  expect(container.querySelector("[data-testid=pending-clip-result]")?.textContent).toBe(
    "Saved to your library: Riverside Gazette",
  );
});

test("a question arriving after the panel opened is asked; Don't save tells the worker and saves nothing", async () => {
  const fake = ports(async () => ({ ok: false, message: "Nothing was saved." }));
  const { container } = await render(<PendingClipQuestion ports={fake.ports} />);
  expect(container.querySelector("[data-testid=pending-clip]")).toBeNull();
  await act(async () => fake.push(pending));
  await act(async () => getButton(container, "Don't save").click());
  expect(fake.answers).toEqual([["7-1", false]]);
  expect(container.querySelector("[data-testid=pending-clip-result]")?.textContent).toBe(
    "Nothing was saved.",
  );
});

test("a question answered elsewhere (another window) goes away", async () => {
  const fake = ports(async () => saved, pending);
  const { container } = await render(<PendingClipQuestion ports={fake.ports} />);
  expect(container.querySelector("[data-testid=pending-clip]")).not.toBeNull();
  await act(async () => fake.push(undefined));
  expect(container.textContent).toBe("");
});
