import { expect, test } from "vitest";
import { OFFSCREEN_TARGET } from "../capture/extract-messages";
import { listenForExtractRequests, offscreenExtractor } from "./offscreen-extractor";

const request = {
  type: "extract" as const,
  target: OFFSCREEN_TARGET,
  html: "<html></html>",
  url: "https://a.example/",
  capturedAt: "2026-11-22T08:00:00.000Z",
} as const;

/**
 * Chrome's offscreen and runtime APIs as the extractor uses them: a document that exists once created,
 * every created document's parameters in `created`, and an answer of "stub" from it. `createMs` is how
 * long a creation takes; `lookMs(n)` how long the n-th getContexts takes to answer, with what was so
 * when it was asked, as Chrome answers.
 */
function fakeChrome(options: { createMs?: number; lookMs?: (look: number) => number } = {}) {
  let exists = false;
  let looks = 0;
  const created: unknown[] = [];
  const apis = {
    offscreen: {
      createDocument: async (parameters: unknown) => {
        created.push(parameters);
        if (options.createMs !== undefined) await new Promise((done) => setTimeout(done, options.createMs));
        exists = true;
      },
    },
    runtime: {
      getContexts: async () => {
        const answer = exists ? [{} as chrome.runtime.ExtensionContext] : [];
        looks += 1;
        const wait = options.lookMs?.(looks);
        if (wait !== undefined) await new Promise((done) => setTimeout(done, wait));
        return answer;
      },
      sendMessage: async () => ({ ok: false, message: "stub" }),
    },
  } as unknown as Parameters<typeof offscreenExtractor>[0];
  return { apis, created };
}

test("creates the offscreen document once, even for clips that start together", async () => {
  const { apis, created } = fakeChrome({ createMs: 5 });
  const { extract } = offscreenExtractor(apis);
  const answers = await Promise.all([extract(request), extract(request)]);
  expect(created).toEqual([expect.objectContaining({ url: "tabs/offscreen.html", reasons: ["DOM_PARSER"] })]);
  expect(answers).toEqual([
    { ok: false, message: "stub" },
    { ok: false, message: "stub" },
  ]);
});

test("a clip that looks while a preparation is creating the document waits for it, and creates none", async () => {
  // The clip's look is asked before the document exists and answers after it was made.
  const { apis, created } = fakeChrome({ createMs: 5, lookMs: (look) => (look === 1 ? 0 : 20) });
  const offscreen = offscreenExtractor(apis);
  const preparing = offscreen.prepare();
  const clipped = offscreen.extract(request);
  await Promise.all([preparing, clipped]);
  expect(created).toHaveLength(1);
  expect(await offscreen.extract(request)).toEqual({ ok: false, message: "stub" });
  expect(created).toHaveLength(1);
});

test("preparing creates the document ahead of a clip, which then creates none", async () => {
  const { apis, created } = fakeChrome();
  const offscreen = offscreenExtractor(apis);
  await offscreen.prepare();
  expect(created).toHaveLength(1);
  await offscreen.prepare();
  expect(await offscreen.extract(request)).toEqual({ ok: false, message: "stub" });
  expect(created).toHaveLength(1);
});

test("a malformed answer becomes a sentence, not bad data", async () => {
  const { extract } = offscreenExtractor({
    offscreen: { createDocument: async () => undefined },
    runtime: {
      getContexts: async () => [{}],
      sendMessage: async () => ({ ok: true, capture: { nope: 1 } }),
    } as unknown as Pick<typeof chrome.runtime, "getContexts" | "sendMessage">,
  });
  expect(await extract(request)).toEqual({ ok: false, message: expect.stringMatching(/Reload the page/) });
});

test("the offscreen listener answers its own target only", () => {
  type Listener = (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => boolean;
  let listener: Listener | undefined;
  listenForExtractRequests(
    { addListener: (l: Listener) => (listener = l) } as unknown as Pick<
      typeof chrome.runtime.onMessage,
      "addListener"
    >,
    () => ({ ok: false, message: "handled" }),
  );
  const answers: unknown[] = [];
  listener?.({ type: "clip-tab", tabId: 1 }, {}, (r) => answers.push(r));
  listener?.(null, {}, (r) => answers.push(r));
  listener?.(request, {}, (r) => answers.push(r));
  expect(answers).toEqual([{ ok: false, message: "handled" }]);
});
