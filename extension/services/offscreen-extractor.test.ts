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

test("creates the offscreen document once, even for clips that start together", async () => {
  let exists = false;
  const created: unknown[] = [];
  const { extract } = offscreenExtractor({
    offscreen: {
      createDocument: async (parameters) => {
        created.push(parameters);
        await new Promise((done) => setTimeout(done, 5));
        exists = true;
      },
    },
    runtime: {
      getContexts: async () => (exists ? [{} as chrome.runtime.ExtensionContext] : []),
      sendMessage: async () => ({ ok: false, message: "stub" }),
    } as unknown as Pick<typeof chrome.runtime, "getContexts" | "sendMessage">,
  });
  const answers = await Promise.all([extract(request), extract(request)]);
  expect(created).toEqual([expect.objectContaining({ url: "tabs/offscreen.html", reasons: ["DOM_PARSER"] })]);
  expect(answers).toEqual([
    { ok: false, message: "stub" },
    { ok: false, message: "stub" },
  ]);
});

test("a clip that looks while a preparation is creating the document waits for it, and creates none", async () => {
  // Chrome answers getContexts as things stood when it was asked, and may answer late.
  let exists = false;
  let created = 0;
  let looks = 0;
  const offscreen = offscreenExtractor({
    offscreen: {
      createDocument: async () => {
        created += 1;
        await new Promise((done) => setTimeout(done, 5));
        exists = true;
      },
    },
    runtime: {
      getContexts: async () => {
        const answer = exists ? [{} as chrome.runtime.ExtensionContext] : [];
        looks += 1;
        await new Promise((done) => setTimeout(done, looks === 1 ? 0 : 20));
        return answer;
      },
      sendMessage: async () => ({ ok: false, message: "stub" }),
    } as unknown as Pick<typeof chrome.runtime, "getContexts" | "sendMessage">,
  });
  const preparing = offscreen.prepare();
  const clipped = offscreen.extract(request);
  await Promise.all([preparing, clipped]);
  expect(created).toBe(1);
  expect(await offscreen.extract(request)).toEqual({ ok: false, message: "stub" });
  expect(created).toBe(1);
});

test("preparing creates the document ahead of a clip, which then creates none", async () => {
  let exists = false;
  let created = 0;
  const offscreen = offscreenExtractor({
    offscreen: {
      createDocument: async () => {
        created += 1;
        exists = true;
      },
    },
    runtime: {
      getContexts: async () => (exists ? [{} as chrome.runtime.ExtensionContext] : []),
      sendMessage: async () => ({ ok: false, message: "stub" }),
    } as unknown as Pick<typeof chrome.runtime, "getContexts" | "sendMessage">,
  });
  await offscreen.prepare();
  expect(created).toBe(1);
  await offscreen.prepare();
  expect(await offscreen.extract(request)).toEqual({ ok: false, message: "stub" });
  expect(created).toBe(1);
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
