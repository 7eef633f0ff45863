// @vitest-environment jsdom
import { act } from "react";
import { describe, expect, test } from "vitest";
import type { PairingRecord } from "../../shared/bridge/pairing";
import { getButton } from "../../tests/support/react/controls";
import { render } from "../../tests/support/react/render";
import { BridgePairings, type PairingsPort } from "./bridge-pairings";

const ORIGIN = "https://addin.example.com";

function memoryPort(initial: PairingRecord[]) {
  let records = [...initial];
  const listeners = new Set<() => void>();
  const calls: string[] = [];
  const port: PairingsPort = {
    list: async () => records,
    answer: async (origin, code, allow) => {
      calls.push(`answer ${origin} ${code} ${allow}`);
      records = records.map((r) =>
        r.origin === origin ? { ...r, status: allow ? "approved" : "denied" } : r,
      );
      return true;
    },
    forget: async (origin) => {
      calls.push(`forget ${origin}`);
      records = records.filter((r) => r.origin !== origin);
    },
    onChanged: (callback) => {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
  };
  return { port, calls, listeners };
}

const pending: PairingRecord = {
  origin: ORIGIN,
  status: "pending",
  code: "K7P-Q2M",
  requestedAt: "2026-12-06T10:00:00.000Z",
};

describe("BridgePairings", () => {
  test("renders nothing when no add-in ever asked", async () => {
    const { container } = await render(<BridgePairings port={memoryPort([]).port} />);
    expect(container.textContent).toBe("");
  });

  test("a waiting request shows its origin and code; Allow answers that code, then Revoke forgets it", async () => {
    const { port, calls } = memoryPort([pending]);
    const { container } = await render(<BridgePairings port={port} />);
    expect(container.querySelector('[data-testid="pairing-origin"]')?.textContent).toBe(ORIGIN);
    expect(container.querySelector('[data-testid="pairing-code"]')?.textContent).toBe("K7P-Q2M");
    await act(async () => getButton(container, "Allow").click());
    expect(calls).toEqual([`answer ${ORIGIN} K7P-Q2M true`]);
    expect(container.querySelector('[data-testid="pairing-request"]')).toBeNull();
    expect(container.querySelector('[data-testid="pairing-decision"]')?.textContent).toContain("allowed");
    await act(async () => getButton(container, "Revoke").click());
    expect(calls).toEqual([`answer ${ORIGIN} K7P-Q2M true`, `forget ${ORIGIN}`]);
    expect(container.textContent).toBe("");
  });

  test("Deny stores a denial that can be removed", async () => {
    const { port, calls } = memoryPort([pending]);
    const { container } = await render(<BridgePairings port={port} />);
    await act(async () => getButton(container, "Deny").click());
    expect(calls).toEqual([`answer ${ORIGIN} K7P-Q2M false`]);
    expect(getButton(container, "Remove denial")).toBeTruthy();
  });

  test("a request arriving while the panel is open appears", async () => {
    const memory = memoryPort([]);
    const { container } = await render(<BridgePairings port={memory.port} />);
    const records = [pending];
    memory.port.list = async () => records;
    await act(async () => {
      for (const listener of memory.listeners) listener();
    });
    expect(container.querySelector('[data-testid="pairing-code"]')?.textContent).toBe("K7P-Q2M");
  });
});
