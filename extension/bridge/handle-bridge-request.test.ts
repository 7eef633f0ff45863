import { describe, expect, test, vi } from "vitest";
import type { PairingDecision } from "../../shared/bridge/pairing";
import { BRIDGE_PROTOCOL_VERSION } from "../../shared/bridge/protocol";
import { makeEvaluation, makeReview, makeVendor } from "../../tests/support/bridge/records";
import { bridgeListener } from "./bridge-listener";
import { type BridgeDeps, type BridgeLibrary, handleBridgeRequest } from "./handle-bridge-request";

const ADDIN = "https://localhost:3000";

function setup(library: Partial<BridgeLibrary> = {}, pairing: PairingDecision = { kind: "serve" }) {
  const vendors = [makeVendor(1), makeVendor(2), makeVendor(3)];
  const reviews = [makeReview("vendor-1", 1), makeReview("vendor-2", 1)];
  const evaluation = makeEvaluation(vendors.map((v) => v.id));
  const calls: string[] = [];
  // Every member the library might have that writes: the bridge must never call any of them.
  const writes = { putVendor: vi.fn(), deleteVendor: vi.fn(), importPack: vi.fn(), clear: vi.fn() };
  const fullLibrary = {
    async listEvaluations() {
      calls.push("listEvaluations");
      return [evaluation];
    },
    async pageVendors(evaluationId: string | null, cursor: string | null, pageSize: number) {
      calls.push(`pageVendors ${evaluationId} ${cursor} ${pageSize}`);
      const start = Number(cursor ?? 0);
      return {
        vendors: vendors.slice(start, start + pageSize),
        nextCursor: start + pageSize < vendors.length ? String(start + pageSize) : null,
      };
    },
    async pageReviews(vendorIds: string[], cursor: string | null, pageSize: number) {
      calls.push(`pageReviews ${vendorIds.join(",")} ${cursor} ${pageSize}`);
      return { reviews: reviews.filter((r) => vendorIds.includes(r.vendorId)), nextCursor: null };
    },
    ...writes,
    ...library,
  };
  const log = { warn: vi.fn(), error: vi.fn() };
  const checked: string[] = [];
  const deps: BridgeDeps = {
    library: fullLibrary,
    allowedOrigins: [ADDIN],
    pairing: {
      check: async (origin) => {
        checked.push(origin);
        return pairing;
      },
    },
    log,
    appVersion: "0.1.0",
  };
  return { deps, log, calls, writes, vendors, reviews, evaluation, checked };
}

const EVERY_REQUEST: unknown[] = [
  { type: "hello", protocolVersion: BRIDGE_PROTOCOL_VERSION },
  { type: "listEvaluations" },
  { type: "pageVendors", evaluationId: null, cursor: null, pageSize: 10 },
  { type: "pageReviews", vendorIds: ["vendor-1"], cursor: null, pageSize: 10 },
  { type: "deleteVendor", id: "vendor-1" },
  { type: "pageVendors", evaluationId: null, cursor: null, pageSize: 1e9 },
];

describe("handleBridgeRequest: pairing", () => {
  test.each(EVERY_REQUEST)(
    "an origin waiting for approval gets its code and nothing else: %j",
    async (request) => {
      const { deps, calls, checked } = setup({}, { kind: "pending", code: "K7P-Q2M" });
      const response = await handleBridgeRequest(request, ADDIN, deps);
      expect(response).toEqual({
        ok: false,
        pairing: "pending",
        code: "K7P-Q2M",
        error: expect.stringMatching(/Approve in the VendorScout side panel.*K7P-Q2M/),
      });
      expect(Object.keys(response).sort()).toEqual(["code", "error", "ok", "pairing"]);
      expect(calls).toEqual([]);
      expect(checked).toEqual([ADDIN]);
    },
  );

  test("a denied origin is refused with how to lift the denial", async () => {
    const { deps, calls } = setup({}, { kind: "denied" });
    expect(await handleBridgeRequest({ type: "listEvaluations" }, ADDIN, deps)).toEqual({
      ok: false,
      error: expect.stringMatching(/denied.*side panel/),
    });
    expect(calls).toEqual([]);
  });

  test("an origin outside the allowlist is never recorded as a pairing request", async () => {
    const { deps, checked } = setup({}, { kind: "pending", code: "K7P-Q2M" });
    await handleBridgeRequest({ type: "listEvaluations" }, "https://evil.com", deps);
    expect(checked).toEqual([]);
  });

  test("approvals that cannot be read close the bridge with a sentence", async () => {
    const { deps, calls, log } = setup();
    deps.pairing = {
      check: async () => {
        throw new Error("QUOTA_BYTES");
      },
    };
    expect(await handleBridgeRequest({ type: "listEvaluations" }, ADDIN, deps)).toEqual({
      ok: false,
      error: expect.stringMatching(/could not check whether you approved.*Reopen/),
    });
    expect(calls).toEqual([]);
    expect(log.error).toHaveBeenCalledOnce();
  });
});

describe("handleBridgeRequest: origins", () => {
  test.each([
    ["https://localhost:3000.evil.com"],
    ["https://evil.com"],
    ["http://localhost:3000"],
    ["https://localhost:3001"],
    ["null"],
    [undefined],
  ])("refuses %j, logs it and never reads the library", async (origin) => {
    const { deps, log, calls } = setup();
    const response = await handleBridgeRequest({ type: "listEvaluations" }, origin, deps);
    expect(response).toEqual({ ok: false, error: expect.stringMatching(/not the VendorScout add-in/) });
    expect(calls).toEqual([]);
    expect(log.warn).toHaveBeenCalledWith(expect.stringMatching(/origin/), {
      origin: origin ?? null,
      type: "listEvaluations",
    });
  });
});

describe("handleBridgeRequest: read requests", () => {
  test("hello answers with the protocol and app version", async () => {
    const { deps } = setup();
    expect(
      await handleBridgeRequest({ type: "hello", protocolVersion: BRIDGE_PROTOCOL_VERSION }, ADDIN, deps),
    ).toEqual({ ok: true, protocolVersion: BRIDGE_PROTOCOL_VERSION, appVersion: "0.1.0" });
  });

  test("hello from another protocol version is refused with what to do", async () => {
    const { deps } = setup();
    const response = await handleBridgeRequest({ type: "hello", protocolVersion: 99 }, ADDIN, deps);
    expect(response).toEqual({ ok: false, error: expect.stringMatching(/version 99.*Update both/) });
  });

  test("listEvaluations", async () => {
    const { deps, evaluation } = setup();
    expect(await handleBridgeRequest({ type: "listEvaluations" }, ADDIN, deps)).toEqual({
      ok: true,
      evaluations: [evaluation],
    });
  });

  test("pageVendors passes evaluation, cursor and page size through", async () => {
    const { deps, calls, vendors } = setup();
    const response = await handleBridgeRequest(
      { type: "pageVendors", evaluationId: "eval-1", cursor: null, pageSize: 2 },
      ADDIN,
      deps,
    );
    expect(response).toEqual({ ok: true, vendors: vendors.slice(0, 2), nextCursor: "2" });
    expect(calls).toEqual(["pageVendors eval-1 null 2"]);
  });

  test("a library that returns more than pageSize is cut to pageSize", async () => {
    const { deps } = setup({
      pageVendors: async () => ({ vendors: [makeVendor(1), makeVendor(2)], nextCursor: null }),
    });
    const response = await handleBridgeRequest(
      { type: "pageVendors", evaluationId: null, cursor: null, pageSize: 1 },
      ADDIN,
      deps,
    );
    expect(response.ok && "vendors" in response ? response.vendors : []).toHaveLength(1);
  });

  test("pageReviews", async () => {
    const { deps, reviews } = setup();
    expect(
      await handleBridgeRequest(
        { type: "pageReviews", vendorIds: ["vendor-1"], cursor: null, pageSize: 1000 },
        ADDIN,
        deps,
      ),
    ).toEqual({ ok: true, reviews: [reviews[0]], nextCursor: null });
  });

  test("a library failure becomes a sentence and a log line, not a throw", async () => {
    const { deps, log } = setup({
      listEvaluations: async () => {
        throw new Error("DatabaseClosedError");
      },
    });
    const response = await handleBridgeRequest({ type: "listEvaluations" }, ADDIN, deps);
    expect(response).toEqual({ ok: false, error: expect.stringMatching(/DatabaseClosedError.*try again/) });
    expect(log.error).toHaveBeenCalledOnce();
  });
});

describe("handleBridgeRequest: refusals", () => {
  test.each<[string, unknown]>([
    ["putVendor", { type: "putVendor", vendor: { id: "x", name: "X" } }],
    ["deleteVendor", { type: "deleteVendor", id: "vendor-1" }],
    ["importPack", { type: "importPack", pack: {} }],
    ["clearLibrary", { type: "clearLibrary" }],
    ["updateEvaluation", { type: "updateEvaluation", evaluation: {} }],
    ["removeReview", { type: "removeReview", id: "r" }],
  ])("write-looking %s is refused, logged and never served", async (type, request) => {
    const { deps, log, calls, writes } = setup();
    const response = await handleBridgeRequest(request, ADDIN, deps);
    expect(response).toEqual({ ok: false, error: expect.stringMatching(/can only read/) });
    expect(log.warn).toHaveBeenCalledWith(expect.stringMatching(/would change the library/), { type });
    expect(calls).toEqual([]);
    for (const write of Object.values(writes)) expect(write).not.toHaveBeenCalled();
  });

  test.each<[string, unknown]>([
    ["an unknown type", { type: "exportEverything" }],
    ["no type", { evaluationId: null }],
    ["a string", "listEvaluations"],
    ["null", null],
    ["an array", [{ type: "listEvaluations" }]],
  ])("%s is refused and logged", async (_name, request) => {
    const { deps, log, calls } = setup();
    const response = await handleBridgeRequest(request, ADDIN, deps);
    expect(response).toEqual({ ok: false, error: expect.stringMatching(/does not know this request/) });
    expect(log.warn).toHaveBeenCalledWith(expect.stringMatching(/unknown request/), expect.any(Object));
    expect(calls).toEqual([]);
  });

  test.each<[string, unknown]>([
    ["vendor pageSize 501", { type: "pageVendors", evaluationId: null, cursor: null, pageSize: 501 }],
    ["vendor pageSize 1e9", { type: "pageVendors", evaluationId: null, cursor: null, pageSize: 1e9 }],
    ["review pageSize 1001", { type: "pageReviews", vendorIds: [], cursor: null, pageSize: 1001 }],
    ["negative pageSize", { type: "pageVendors", evaluationId: null, cursor: null, pageSize: -1 }],
    ["pageSize as text", { type: "pageVendors", evaluationId: null, cursor: null, pageSize: "10" }],
    [
      "501 vendor ids",
      {
        type: "pageReviews",
        vendorIds: Array.from({ length: 501 }, (_, i) => `v${i}`),
        cursor: null,
        pageSize: 1,
      },
    ],
    ["an extra field", { type: "listEvaluations", andDelete: true }],
    ["a 10 kB cursor", { type: "pageVendors", evaluationId: null, cursor: "c".repeat(10_000), pageSize: 1 }],
  ])("malformed: %s is refused and logged", async (_name, request) => {
    const { deps, log, calls } = setup();
    const response = await handleBridgeRequest(request, ADDIN, deps);
    expect(response).toEqual({ ok: false, error: expect.stringMatching(/cannot accept/) });
    expect(log.warn).toHaveBeenCalledWith(expect.stringMatching(/malformed/), expect.any(Object));
    expect(calls).toEqual([]);
  });
});

describe("bridgeListener", () => {
  test("answers asynchronously with sender.origin checked", async () => {
    const { deps } = setup();
    const listener = bridgeListener(() => deps);
    const answers: unknown[] = [];
    const answered = new Promise<void>((resolve) => {
      const keepsChannelOpen = listener(
        { type: "listEvaluations" },
        { origin: "https://evil.com" },
        (response) => {
          answers.push(response);
          resolve();
        },
      );
      expect(keepsChannelOpen).toBe(true);
    });
    await answered;
    expect(answers).toEqual([{ ok: false, error: expect.stringMatching(/not the VendorScout add-in/) }]);
  });
});
