/**
 * Decides how the bridge answers one message from a web page: read-only requests from approved origins get
 * data, an unapproved allowlisted origin gets its pairing code, and everything else is refused and logged
 * without reaching the library.
 */
import { isAllowedOrigin } from "../../shared/bridge/addin-origin";
import {
  PAIRING_DENIED_SENTENCE,
  type PairingDecision,
  pairingPendingSentence,
} from "../../shared/bridge/pairing";
import {
  BRIDGE_PROTOCOL_VERSION,
  type BridgeResponse,
  bridgeError,
  bridgeRequestSchema,
} from "../../shared/bridge/protocol";
import type { Evaluation } from "../../shared/schema/evaluation";
import type { Review } from "../../shared/schema/review";
import type { Vendor } from "../../shared/schema/vendor";

/** The only part of the library the bridge can reach: reads. */
export interface BridgeLibrary {
  listEvaluations(): Promise<Evaluation[]>;
  pageVendors(
    evaluationId: string | null,
    cursor: string | null,
    pageSize: number,
  ): Promise<{ vendors: Vendor[]; nextCursor: string | null }>;
  pageReviews(
    vendorIds: string[],
    cursor: string | null,
    pageSize: number,
  ): Promise<{ reviews: Review[]; nextCursor: string | null }>;
}

export interface BridgeLog {
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

/** The owner's answers per add-in origin (extension/bridge/pairing-store.ts over chrome.storage.local). */
export interface BridgePairing {
  /** Serve, hold with a code (recording a new request when there is none), or refuse. */
  check(origin: string): Promise<PairingDecision>;
}

export interface BridgeDeps {
  library: BridgeLibrary;
  allowedOrigins: readonly string[];
  pairing: BridgePairing;
  log: BridgeLog;
  appVersion?: string;
}

/** Request types that would change the library; never served, logged as an attempt to write. */
const WRITE_LOOKING_TYPE =
  /^(add|put|set|save|store|update|upsert|patch|merge|import|write|create|insert|delete|remove|clear|drop|reset|wipe|purge|destroy)/i;

/**
 * Answers one message from a web page (`chrome.runtime.onMessageExternal`). Only exact allowlisted
 * origins the owner approved in the side panel get an answer with data (an allowlisted origin not yet
 * approved gets its pairing code and nothing else, not even a count); every request is checked with
 * zod; anything that is not one of the read-only protocol requests is refused, logged and never
 * reaches the library. Never throws.
 *
 * @example
 * await handleBridgeRequest({ type: "listEvaluations" }, "https://localhost:3000", deps)
 * //=> { ok: true, evaluations: [...] }
 * await handleBridgeRequest({ type: "deleteVendor", id: "a" }, "https://localhost:3000", deps)
 * //=> { ok: false, error: "The add-in can only read the VendorScout library; ..." }
 */
export async function handleBridgeRequest(
  request: unknown,
  senderOrigin: string | undefined,
  deps: BridgeDeps,
): Promise<BridgeResponse> {
  const requestType = typeOfRequest(request);
  if (!isAllowedOrigin(senderOrigin, deps.allowedOrigins)) {
    deps.log.warn("bridge: refused a request from an origin that is not allowed", {
      origin: senderOrigin ?? null,
      type: requestType,
    });
    return bridgeError(
      "This page is not the VendorScout add-in, so the extension will not share the library with it. Open the VendorScout add-in in Excel.",
    );
  }

  let pairing: PairingDecision;
  try {
    pairing = await deps.pairing.check(senderOrigin);
  } catch (error) {
    deps.log.error("bridge: could not read the owner's approvals", { error: describe(error) });
    return bridgeError(
      `The VendorScout extension could not check whether you approved this add-in (${describe(error)}). Reopen the add-in to try again.`,
    );
  }
  if (pairing.kind === "denied") {
    deps.log.warn("bridge: refused a request from an origin the owner denied", { origin: senderOrigin });
    return bridgeError(PAIRING_DENIED_SENTENCE);
  }
  if (pairing.kind === "pending") {
    deps.log.warn("bridge: held a request until the owner approves the origin in the side panel", {
      origin: senderOrigin,
      type: requestType,
    });
    return { ok: false, pairing: "pending", code: pairing.code, error: pairingPendingSentence(pairing.code) };
  }

  const parsed = bridgeRequestSchema.safeParse(request);
  if (!parsed.success) {
    if (requestType !== null && WRITE_LOOKING_TYPE.test(requestType)) {
      deps.log.warn("bridge: refused a request that would change the library", { type: requestType });
      return bridgeError(
        "The add-in can only read the VendorScout library; change vendors and reviews in the extension's side panel.",
      );
    }
    if (requestType === null || !KNOWN_TYPES.has(requestType)) {
      deps.log.warn("bridge: refused an unknown request", { type: requestType });
      return bridgeError(
        "The VendorScout extension does not know this request. Update the extension and the add-in to the same version.",
      );
    }
    deps.log.warn("bridge: refused a malformed request", {
      type: requestType,
      issues: parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    });
    return bridgeError(
      `The add-in sent a "${requestType}" request the extension cannot accept (${parsed.error.issues[0]?.message ?? "bad shape"}). Update the extension and the add-in to the same version.`,
    );
  }

  const valid = parsed.data;
  try {
    switch (valid.type) {
      case "hello":
        if (valid.protocolVersion !== BRIDGE_PROTOCOL_VERSION) {
          return bridgeError(
            `The add-in speaks bridge version ${valid.protocolVersion} and the extension version ${BRIDGE_PROTOCOL_VERSION}. Update both to the latest VendorScout, or import a vendor pack instead.`,
          );
        }
        return { ok: true, protocolVersion: BRIDGE_PROTOCOL_VERSION, appVersion: deps.appVersion ?? "0.0.0" };
      case "listEvaluations":
        return { ok: true, evaluations: await deps.library.listEvaluations() };
      case "pageVendors": {
        const page = await deps.library.pageVendors(valid.evaluationId, valid.cursor, valid.pageSize);
        return { ok: true, vendors: page.vendors.slice(0, valid.pageSize), nextCursor: page.nextCursor };
      }
      case "pageReviews": {
        const page = await deps.library.pageReviews(valid.vendorIds, valid.cursor, valid.pageSize);
        return { ok: true, reviews: page.reviews.slice(0, valid.pageSize), nextCursor: page.nextCursor };
      }
    }
  } catch (error) {
    deps.log.error("bridge: the library failed to answer", {
      type: valid.type,
      error: error instanceof Error ? error.message : String(error),
    });
    return bridgeError(
      `The VendorScout library could not be read (${error instanceof Error ? error.message : String(error)}). Open the extension's side panel to check the library, then try again.`,
    );
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const KNOWN_TYPES = new Set(["hello", "listEvaluations", "pageVendors", "pageReviews"]);

function typeOfRequest(request: unknown): string | null {
  if (typeof request !== "object" || request === null) return null;
  const type = (request as { type?: unknown }).type;
  return typeof type === "string" ? type.slice(0, 80) : null;
}
