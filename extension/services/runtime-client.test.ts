import { expect, test } from "vitest";
import { listenForUiRequests, prepareClip, requestClip } from "./runtime-client";

type Listener = (
  message: unknown,
  sender: chrome.runtime.MessageSender,
  sendResponse: (r: unknown) => void,
) => boolean;

function capture() {
  let listener: Listener | undefined;
  const onMessage = { addListener: (l: Listener) => (listener = l) } as unknown as Pick<
    typeof chrome.runtime.onMessage,
    "addListener"
  >;
  return {
    onMessage,
    send: (message: unknown, sender: chrome.runtime.MessageSender) => listener?.(message, sender, () => {}),
  };
}

test("answers clip requests from the extension's own pages only", async () => {
  const handled: unknown[] = [];
  const { onMessage, send } = capture();
  listenForUiRequests(onMessage, "chrome-extension://abc/", async (request) => handled.push(request));
  expect(send({ type: "clip-tab", tabId: 4 }, { url: "chrome-extension://abc/popup.html" })).toBe(true);
  expect(send({ type: "clip-tab", tabId: 4 }, { url: "https://evil.example/" })).toBe(false);
  expect(send({ type: "delete-everything" }, { url: "chrome-extension://abc/popup.html" })).toBe(false);
  expect(send({ type: "clip-tab", tabId: -1 }, { url: "chrome-extension://abc/popup.html" })).toBe(false);
  await Promise.resolve();
  expect(handled).toEqual([{ type: "clip-tab", tabId: 4 }]);
});

test("a service worker that does not answer becomes a sentence", async () => {
  const outcome = await requestClip(
    { sendMessage: async () => Promise.reject(new Error("Receiving end does not exist")) } as unknown as Pick<
      typeof chrome.runtime,
      "sendMessage"
    >,
    4,
  );
  expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/did not answer/) });
});

test("preparing a clip sends the worker its request, and an unreachable worker is no error", async () => {
  const sent: unknown[] = [];
  const { onMessage, send } = capture();
  const handled: unknown[] = [];
  listenForUiRequests(onMessage, "chrome-extension://abc/", async (request) => handled.push(request));
  await prepareClip({
    sendMessage: async (message: unknown) => {
      sent.push(message);
      send(message, { url: "chrome-extension://abc/popup.html" });
    },
  } as unknown as Pick<typeof chrome.runtime, "sendMessage">);
  await Promise.resolve();
  expect(sent).toEqual([{ type: "prepare-clip" }]);
  expect(handled).toEqual([{ type: "prepare-clip" }]);
  await expect(
    prepareClip({
      sendMessage: async () => Promise.reject(new Error("Receiving end does not exist")),
    } as unknown as Pick<typeof chrome.runtime, "sendMessage">),
  ).resolves.toBeUndefined();
});

test("a request whose handler fails is still answered, so the page does not wait for ever", async () => {
  const answers: unknown[] = [];
  let listener: Listener | undefined;
  listenForUiRequests(
    { addListener: (l: Listener) => (listener = l) } as unknown as Pick<
      typeof chrome.runtime.onMessage,
      "addListener"
    >,
    "chrome-extension://abc/",
    async () => Promise.reject(new Error("offscreen document refused")),
  );
  expect(
    listener?.({ type: "prepare-clip" }, { url: "chrome-extension://abc/popup.html" }, (r) =>
      answers.push(r),
    ),
  ).toBe(true);
  await new Promise((done) => setTimeout(done, 0));
  expect(answers).toEqual([undefined]);
});
