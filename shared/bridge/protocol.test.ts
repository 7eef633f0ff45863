import { describe, expect, test } from "vitest";
import { makeEvaluation, makeVendor } from "../../tests/support/bridge/records";
import {
  BRIDGE_PROTOCOL_VERSION,
  BridgeError,
  BridgePairingPending,
  type BridgeRequest,
  bridgeError,
  bridgeRequestSchema,
  callBridge,
} from "./protocol";

describe("bridgeRequestSchema", () => {
  test.each<[string, unknown]>([
    ["hello", { type: "hello", protocolVersion: BRIDGE_PROTOCOL_VERSION }],
    ["listEvaluations", { type: "listEvaluations" }],
    ["pageVendors, whole library", { type: "pageVendors", evaluationId: null, cursor: null, pageSize: 500 }],
    ["pageVendors, next page", { type: "pageVendors", evaluationId: "eval-1", cursor: "c1", pageSize: 1 }],
    ["pageReviews", { type: "pageReviews", vendorIds: ["a", "b"], cursor: null, pageSize: 1000 }],
  ])("accepts %s", (_name, request) => {
    expect(bridgeRequestSchema.safeParse(request).success).toBe(true);
  });

  test.each<[string, unknown]>([
    ["no type", {}],
    ["unknown type", { type: "exportPack" }],
    ["a write", { type: "putVendor", vendor: {} }],
    ["a delete", { type: "deleteVendor", id: "a" }],
    ["pageSize 0", { type: "pageVendors", evaluationId: null, cursor: null, pageSize: 0 }],
    ["vendor pageSize over 500", { type: "pageVendors", evaluationId: null, cursor: null, pageSize: 501 }],
    ["review pageSize over 1000", { type: "pageReviews", vendorIds: [], cursor: null, pageSize: 1001 }],
    ["fractional pageSize", { type: "pageVendors", evaluationId: null, cursor: null, pageSize: 2.5 }],
    [
      "over 500 vendor ids",
      {
        type: "pageReviews",
        vendorIds: Array.from({ length: 501 }, (_, i) => `v${i}`),
        cursor: null,
        pageSize: 10,
      },
    ],
    ["a bad vendor id", { type: "pageReviews", vendorIds: ["<script>"], cursor: null, pageSize: 10 }],
    ["an extra field", { type: "listEvaluations", drop: true }],
    ["missing cursor", { type: "pageVendors", evaluationId: null, pageSize: 10 }],
    ["a string", "listEvaluations"],
    ["null", null],
  ])("refuses %s", (_name, request) => {
    expect(bridgeRequestSchema.safeParse(request).success).toBe(false);
  });
});

describe("bridgeError", () => {
  test("keeps the sentence", () => {
    expect(bridgeError("Do this.")).toEqual({ ok: false, error: "Do this." });
  });
  test("never sends an empty or unbounded error", () => {
    expect(bridgeError("  ").error).toMatch(/Try again/);
    expect(bridgeError("x".repeat(5000)).error).toHaveLength(2000);
  });
});

describe("callBridge", () => {
  const request: BridgeRequest = { type: "listEvaluations" };

  test("returns a checked success", async () => {
    const evaluation = makeEvaluation([makeVendor(1).id]);
    const result = await callBridge(async () => ({ ok: true, evaluations: [evaluation] }), request);
    expect(result).toEqual({ ok: true, evaluations: [evaluation] });
  });

  test("throws the extension's sentence on a refusal", async () => {
    await expect(
      callBridge(async () => ({ ok: false, error: "Not allowed. Use a pack." }), request),
    ).rejects.toThrow(new BridgeError("Not allowed. Use a pack."));
  });

  test("throws on an answer of the wrong shape", async () => {
    await expect(callBridge(async () => ({ ok: true, vendors: [] }), request)).rejects.toThrow(
      /cannot read \(to "listEvaluations"\)/,
    );
    await expect(callBridge(async () => undefined, request)).rejects.toThrow(BridgeError);
  });

  test("throws a sentence when the transport fails", async () => {
    await expect(
      callBridge(async () => {
        throw new Error("port closed");
      }, request),
    ).rejects.toThrow(/could not be reached \(port closed\)/);
  });

  test("passes a BridgeError from the transport through unchanged", async () => {
    await expect(
      callBridge(async () => {
        throw new BridgeError("Timed out. Import a pack.");
      }, request),
    ).rejects.toThrow(/^Timed out\. Import a pack\.$/);
  });

  test("a request held for pairing throws BridgePairingPending with the code", async () => {
    const held = { ok: false, pairing: "pending", code: "K7P-Q2M", error: "Approve in the side panel." };
    const error = await callBridge(async () => held, { type: "listEvaluations" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BridgePairingPending);
    expect(error).toMatchObject({ code: "K7P-Q2M", message: "Approve in the side panel." });
  });
});
