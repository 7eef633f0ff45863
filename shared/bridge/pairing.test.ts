import { describe, expect, test } from "vitest";
import {
  decidePairing,
  decideRequest,
  PAIRING_CODE_PATTERN,
  type PairingRecord,
  PENDING_PAIRING_TTL_MS,
  pairingCode,
  pairingRecordSchema,
  sortPairings,
} from "./pairing";

const ORIGIN = "https://addin.example.com";
const NOW = new Date("2026-12-06T10:00:00Z");

function record(status: PairingRecord["status"], requestedAt = NOW, origin = ORIGIN): PairingRecord {
  return { origin, status, code: "ABC-DEF", requestedAt: requestedAt.toISOString() };
}

describe("pairingCode", () => {
  test("six unambiguous characters in two groups", () => {
    expect(pairingCode(new Uint8Array([0, 1, 2, 3, 4, 5]))).toBe("ABC-DEF");
    for (let byte = 0; byte < 256; byte++) {
      expect(pairingCode(new Uint8Array(6).fill(byte))).toMatch(PAIRING_CODE_PATTERN);
    }
  });

  test("needs six bytes", () => {
    expect(() => pairingCode(new Uint8Array(5))).toThrow(RangeError);
  });
});

describe("decidePairing", () => {
  test("a first request is held and recorded with the fresh code", () => {
    expect(decidePairing(undefined, ORIGIN, NOW, "K7P-Q2M")).toEqual({
      kind: "pending",
      code: "K7P-Q2M",
      write: { origin: ORIGIN, status: "pending", code: "K7P-Q2M", requestedAt: NOW.toISOString() },
    });
  });

  test("a request still waiting keeps its code and writes nothing", () => {
    const earlier = new Date(NOW.getTime() - 60_000);
    expect(decidePairing(record("pending", earlier), ORIGIN, NOW, "K7P-Q2M")).toEqual({
      kind: "pending",
      code: "ABC-DEF",
    });
  });

  test("a request left waiting longer than the TTL gets a new code", () => {
    const stale = new Date(NOW.getTime() - PENDING_PAIRING_TTL_MS);
    expect(decidePairing(record("pending", stale), ORIGIN, NOW, "K7P-Q2M")).toMatchObject({
      kind: "pending",
      code: "K7P-Q2M",
      write: { code: "K7P-Q2M" },
    });
  });

  test("approved is served, denied is refused", () => {
    expect(decidePairing(record("approved"), ORIGIN, NOW, "K7P-Q2M")).toEqual({ kind: "serve" });
    expect(decidePairing(record("denied"), ORIGIN, NOW, "K7P-Q2M")).toEqual({ kind: "denied" });
  });

  test("a record for another origin approves nothing", () => {
    expect(
      decidePairing(record("approved", NOW, "https://other.example.com"), ORIGIN, NOW, "K7P-Q2M").kind,
    ).toBe("pending");
  });
});

describe("decideRequest", () => {
  test("records the owner's answer and when", () => {
    const later = new Date(NOW.getTime() + 5000);
    expect(decideRequest(record("pending"), true, later)).toEqual({
      ...record("approved"),
      decidedAt: later.toISOString(),
    });
    expect(decideRequest(record("pending"), false, later).status).toBe("denied");
  });
});

describe("pairingRecordSchema", () => {
  test("refuses a record whose code or status was tampered with", () => {
    expect(pairingRecordSchema.safeParse(record("approved")).success).toBe(true);
    expect(pairingRecordSchema.safeParse({ ...record("approved"), status: "owner" }).success).toBe(false);
    expect(pairingRecordSchema.safeParse({ ...record("approved"), code: "<b>" }).success).toBe(false);
  });
});

describe("sortPairings", () => {
  test("waiting requests first, newest first", () => {
    const older = new Date(NOW.getTime() - 1000);
    const sorted = sortPairings([
      record("approved", NOW, "https://a.example.com"),
      record("pending", older, "https://b.example.com"),
      record("denied", NOW, "https://c.example.com"),
      record("pending", NOW, "https://d.example.com"),
    ]);
    expect(sorted.map((r) => r.origin)).toEqual([
      "https://d.example.com",
      "https://b.example.com",
      "https://a.example.com",
      "https://c.example.com",
    ]);
  });
});
