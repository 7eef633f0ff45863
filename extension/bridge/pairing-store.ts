/**
 * The owner's bridge approvals in chrome.storage.local, one key per origin so the service worker
 * (which records requests) and the side panel (which answers them) never overwrite each other's
 * origins. local, not session: an approval is remembered across browser restarts until revoked.
 */
import {
  decidePairing,
  decideRequest,
  type PairingDecision,
  type PairingRecord,
  pairingCode,
  pairingRecordSchema,
  sortPairings,
} from "../../shared/bridge/pairing";
import type { BridgePairing } from "./handle-bridge-request";

const PREFIX = "vendorscout.bridgePairing:";

export type PairingArea = Pick<chrome.storage.StorageArea, "get" | "set" | "remove">;

export interface PairingStore extends BridgePairing {
  /** Every stored request, approval and denial, waiting requests first. */
  list(): Promise<PairingRecord[]>;
  /**
   * Allows or denies the request the side panel showed. Nothing changes when the stored request is no
   * longer that one (its code renewed or it was answered elsewhere): the owner must see what they approve.
   */
  answer(origin: string, code: string, allow: boolean): Promise<boolean>;
  /** Forgets an origin: an approval is revoked, a denial lifted; its next request waits for the owner again. */
  forget(origin: string): Promise<void>;
}

export interface PairingStoreDeps {
  area: PairingArea;
  now(): Date;
  /** Six random bytes for a new code (crypto.getRandomValues in the extension). */
  randomBytes(): Uint8Array;
}

export function pairingStore(deps: PairingStoreDeps): PairingStore {
  // Requests from one task pane arrive together (hello, then a poll): one at a time, so they share a code.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  const read = async (origin: string): Promise<PairingRecord | undefined> => {
    const key = PREFIX + origin;
    return readRecord((await deps.area.get(key))[key]);
  };

  return {
    check: (origin) =>
      serial(async (): Promise<PairingDecision> => {
        const decision = decidePairing(
          await read(origin),
          origin,
          deps.now(),
          pairingCode(deps.randomBytes()),
        );
        if (decision.kind === "pending" && decision.write) {
          await deps.area.set({ [PREFIX + origin]: decision.write });
        }
        return decision;
      }),
    list: async () => {
      const all = await deps.area.get(null);
      const records = Object.entries(all)
        .filter(([key]) => key.startsWith(PREFIX))
        .map(([, value]) => readRecord(value))
        .filter((record): record is PairingRecord => record !== undefined);
      return sortPairings(records);
    },
    answer: async (origin, code, allow) => {
      const stored = await read(origin);
      if (stored?.status !== "pending" || stored.code !== code) return false;
      await deps.area.set({ [PREFIX + origin]: decideRequest(stored, allow, deps.now()) });
      return true;
    },
    forget: async (origin) => {
      await deps.area.remove(PREFIX + origin);
    },
  };
}

/** Calls back whenever a pairing changes (a new request, an answer, a revocation); returns the unsubscribe. */
export function onPairingsChanged(
  onChanged: Pick<typeof chrome.storage.onChanged, "addListener" | "removeListener">,
  callback: () => void,
): () => void {
  const listener = (changes: Record<string, chrome.storage.StorageChange>, areaName: string) => {
    if (areaName === "local" && Object.keys(changes).some((key) => key.startsWith(PREFIX))) callback();
  };
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}

function readRecord(value: unknown): PairingRecord | undefined {
  const parsed = pairingRecordSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
