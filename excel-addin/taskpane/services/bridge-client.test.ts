import { describe, expect, test } from "vitest";
import { BRIDGE_PROTOCOL_VERSION, type BridgeRequest, callBridge } from "../../../shared/bridge/protocol";
import { makeVendor } from "../../../tests/support/bridge/records";
import {
  connectToExtension,
  type ExtensionSend,
  REASON_DESKTOP,
  REASON_NO_ANSWER,
  REASON_NO_EXTENSION,
  REASON_NOT_APPROVED,
  REASON_SANDBOXED,
} from "./bridge-client";

const ID = "nghbmnafmljokfkibgmnlnigmilhahni";

/** Connects as the add-in in Excel on the web does, to the extension with ID; `options` adds or overrides. */
function connectFromExcelOnTheWeb(
  send: ExtensionSend | null,
  options: Partial<Parameters<typeof connectToExtension>[0]> = {},
) {
  return connectToExtension({ send, extensionId: ID, platform: "OfficeOnline", ...options });
}

function fakeExtension(): { send: ExtensionSend; sent: Array<[string, BridgeRequest]> } {
  const sent: Array<[string, BridgeRequest]> = [];
  return {
    sent,
    send: async (extensionId, message) => {
      sent.push([extensionId, message]);
      if (message.type === "hello")
        return { ok: true, protocolVersion: BRIDGE_PROTOCOL_VERSION, appVersion: "0.1.0" };
      if (message.type === "pageVendors") return { ok: true, vendors: [makeVendor(1)], nextCursor: null };
      return { ok: false, error: "Nope." };
    },
  };
}

describe("connectToExtension", () => {
  test("connects with a hello to the extension id, then serves requests over the same send", async () => {
    const extension = fakeExtension();
    const connection = await connectFromExcelOnTheWeb(extension.send);
    expect(connection).toMatchObject({ kind: "connected", appVersion: "0.1.0" });
    expect(extension.sent[0]).toEqual([ID, { type: "hello", protocolVersion: BRIDGE_PROTOCOL_VERSION }]);
    if (connection.kind !== "connected") throw new Error("not connected");
    const page = await callBridge(connection.transport, {
      type: "pageVendors",
      evaluationId: null,
      cursor: null,
      pageSize: 10,
    });
    expect(page.vendors).toHaveLength(1);
  });

  test.each(["PC", "Mac"])("Excel desktop (%s) says why and does not try", async (platform) => {
    const extension = fakeExtension();
    expect(await connectToExtension({ send: extension.send, extensionId: ID, platform })).toEqual({
      kind: "unavailable",
      reason: REASON_DESKTOP,
    });
    expect(extension.sent).toEqual([]);
  });

  test("no chrome.runtime: not installed or another browser", async () => {
    expect(await connectFromExcelOnTheWeb(null)).toEqual({
      kind: "unavailable",
      reason: REASON_NO_EXTENSION,
    });
  });

  test.each([
    ["a frame sandboxed without allow-same-origin", "null", "REASON_SANDBOXED"],
    ["a page with an origin of its own", "https://localhost:3000", "REASON_NO_EXTENSION"],
  ])("no chrome.runtime in %s: the reason says which", async (_, pageOrigin, reason) => {
    const connection = await connectFromExcelOnTheWeb(null, { pageOrigin });
    expect(connection).toEqual({
      kind: "unavailable",
      reason: reason === "REASON_SANDBOXED" ? REASON_SANDBOXED : REASON_NO_EXTENSION,
    });
  });

  test("a sandboxed frame that does have chrome.runtime (Chrome gives it one) is not sent anything", async () => {
    // Measured in tests/e2e/taskpane-frame.test.ts: the extension would refuse the opaque origin as
    // "not the add-in"; the pane says why instead, and never asks.
    const extension = fakeExtension();
    const connection = await connectFromExcelOnTheWeb(extension.send, { pageOrigin: "null" });
    expect(connection).toEqual({ kind: "unavailable", reason: REASON_SANDBOXED });
    expect(extension.sent).toEqual([]);
  });

  test("an extension that never answers is given up on after the timeout", async () => {
    const started = Date.now();
    const connection = await connectToExtension({
      send: () => new Promise(() => {}),
      extensionId: ID,
      platform: null,
      timeoutMs: 50,
    });
    expect(connection).toEqual({ kind: "unavailable", reason: REASON_NO_ANSWER });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  test("the default timeout is one second", async () => {
    const started = Date.now();
    const connection = await connectToExtension({
      send: () => new Promise(() => {}),
      extensionId: ID,
      platform: null,
    });
    const elapsed = Date.now() - started;
    expect(connection.kind).toBe("unavailable");
    expect(elapsed).toBeGreaterThanOrEqual(990);
    expect(elapsed).toBeLessThan(1500);
  });

  test("Chrome's 'Receiving end does not exist' reads as not installed", async () => {
    const connection = await connectToExtension({
      send: async () => {
        throw new Error("Could not establish connection. Receiving end does not exist.");
      },
      extensionId: ID,
      platform: "OfficeOnline",
    });
    expect(connection).toEqual({ kind: "unavailable", reason: REASON_NO_EXTENSION });
  });

  test("a refusal (e.g. another protocol version) is passed on as the extension's sentence", async () => {
    const connection = await connectFromExcelOnTheWeb(async () => ({
      ok: false,
      error: "Update both to the latest VendorScout.",
    }));
    expect(connection).toEqual({ kind: "unavailable", reason: "Update both to the latest VendorScout." });
  });

  test("later requests time out with a sentence", async () => {
    let calls = 0;
    const connection = await connectToExtension({
      send: (_id, message) => {
        calls++;
        return message.type === "hello"
          ? Promise.resolve({ ok: true, protocolVersion: BRIDGE_PROTOCOL_VERSION, appVersion: "0.1.0" })
          : new Promise(() => {});
      },
      extensionId: ID,
      platform: null,
      requestTimeoutMs: 30,
    });
    if (connection.kind !== "connected") throw new Error("not connected");
    await expect(callBridge(connection.transport, { type: "listEvaluations" })).rejects.toThrow(
      /stopped answering/,
    );
    expect(calls).toBe(2);
  });
});

describe("connectToExtension: pairing", () => {
  /** The extension as handle-bridge-request answers an origin: held with a code until `approveAfter` hellos. */
  function pairingExtension(answers: unknown[]): { send: ExtensionSend; hellos: () => number } {
    let hellos = 0;
    return {
      hellos: () => hellos,
      send: async () => answers[Math.min(hellos++, answers.length - 1)],
    };
  }
  const held = (code: string) => ({ ok: false, pairing: "pending", code, error: `Approve ${code}.` });
  const welcome = { ok: true, protocolVersion: BRIDGE_PROTOCOL_VERSION, appVersion: "0.1.0" };

  test("shows the code once, asks again until the owner approves, then connects", async () => {
    const extension = pairingExtension([held("K7P-Q2M"), held("K7P-Q2M"), held("K7P-Q2M"), welcome]);
    const codes: string[] = [];
    const connection = await connectFromExcelOnTheWeb(extension.send, {
      onPairing: (code) => codes.push(code),
      pairingPollMs: 1,
    });
    expect(connection).toMatchObject({ kind: "connected", appVersion: "0.1.0" });
    expect(codes).toEqual(["K7P-Q2M"]);
    expect(extension.hellos()).toBe(4);
  });

  test("a renewed code is shown again", async () => {
    const extension = pairingExtension([held("AAA-BBB"), held("CCC-DDD"), welcome]);
    const codes: string[] = [];
    await connectFromExcelOnTheWeb(extension.send, {
      onPairing: (code) => codes.push(code),
      pairingPollMs: 1,
    });
    expect(codes).toEqual(["AAA-BBB", "CCC-DDD"]);
  });

  test("a denial ends the wait with the extension's sentence", async () => {
    const extension = pairingExtension([
      held("K7P-Q2M"),
      { ok: false, error: "The owner denied this add-in." },
    ]);
    expect(await connectFromExcelOnTheWeb(extension.send, { pairingPollMs: 1 })).toEqual({
      kind: "unavailable",
      reason: "The owner denied this add-in.",
    });
  });

  test("no approval in time gives up with what to do", async () => {
    const extension = pairingExtension([held("K7P-Q2M")]);
    expect(
      await connectFromExcelOnTheWeb(extension.send, { pairingPollMs: 1, pairingTimeoutMs: 20 }),
    ).toEqual({ kind: "unavailable", reason: REASON_NOT_APPROVED });
  });
});
