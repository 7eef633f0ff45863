/**
 * The live bridge between the Excel task pane and the extension (DESIGN.md, "Bridge").
 *
 * Read-only by construction: the request union below has no member that writes or deletes, and the
 * extension refuses anything that does not parse as one of these members.
 */
import * as z from "zod";
import { recordIdSchema } from "../schema/common";
import { evaluationSchema } from "../schema/evaluation";
import { reviewSchema } from "../schema/review";
import { vendorSchema } from "../schema/vendor";
import { PAIRING_CODE_PATTERN } from "./pairing";

export const BRIDGE_PROTOCOL_VERSION = 1;

export const MAX_VENDOR_PAGE_SIZE = 500;
export const MAX_REVIEW_PAGE_SIZE = 1000;
export const MAX_REVIEW_VENDOR_IDS = 500;

/** Cursors are opaque to the pane; bounded so a request stays small. */
const cursorSchema = z.string().min(1).max(512).nullable();

export const helloRequestSchema = z.strictObject({
  type: z.literal("hello"),
  protocolVersion: z.number().int().positive(),
});

export const listEvaluationsRequestSchema = z.strictObject({
  type: z.literal("listEvaluations"),
});

export const pageVendorsRequestSchema = z.strictObject({
  type: z.literal("pageVendors"),
  /** null pages through the whole library. */
  evaluationId: recordIdSchema.nullable(),
  cursor: cursorSchema,
  pageSize: z.number().int().min(1).max(MAX_VENDOR_PAGE_SIZE),
});

export const pageReviewsRequestSchema = z.strictObject({
  type: z.literal("pageReviews"),
  vendorIds: z.array(recordIdSchema).max(MAX_REVIEW_VENDOR_IDS),
  cursor: cursorSchema,
  pageSize: z.number().int().min(1).max(MAX_REVIEW_PAGE_SIZE),
});

export const bridgeRequestSchema = z.discriminatedUnion("type", [
  helloRequestSchema,
  listEvaluationsRequestSchema,
  pageVendorsRequestSchema,
  pageReviewsRequestSchema,
]);
export type BridgeRequest = z.infer<typeof bridgeRequestSchema>;
export type BridgeRequestType = BridgeRequest["type"];
export type HelloRequest = z.infer<typeof helloRequestSchema>;
export type PageVendorsRequest = z.infer<typeof pageVendorsRequestSchema>;
export type PageReviewsRequest = z.infer<typeof pageReviewsRequestSchema>;

export const bridgeErrorResponseSchema = z.strictObject({
  ok: z.literal(false),
  /** A sentence for the owner that says what to do next. */
  error: z.string().min(1).max(2000),
});
export type BridgeErrorResponse = z.infer<typeof bridgeErrorResponseSchema>;

/**
 * The answer to every request from an add-in origin the owner has not approved yet: the pairing code
 * and what to do, nothing about the library (issue 19).
 */
export const pairingPendingResponseSchema = z.strictObject({
  ok: z.literal(false),
  pairing: z.literal("pending"),
  code: z.string().regex(PAIRING_CODE_PATTERN),
  error: z.string().min(1).max(2000),
});
export type PairingPendingResponse = z.infer<typeof pairingPendingResponseSchema>;

export const helloResponseSchema = z.strictObject({
  ok: z.literal(true),
  protocolVersion: z.number().int().positive(),
  appVersion: z.string().min(1).max(40),
});

export const listEvaluationsResponseSchema = z.strictObject({
  ok: z.literal(true),
  evaluations: z.array(evaluationSchema).max(1000),
});

export const pageVendorsResponseSchema = z.strictObject({
  ok: z.literal(true),
  vendors: z.array(vendorSchema).max(MAX_VENDOR_PAGE_SIZE),
  nextCursor: cursorSchema,
});

export const pageReviewsResponseSchema = z.strictObject({
  ok: z.literal(true),
  reviews: z.array(reviewSchema).max(MAX_REVIEW_PAGE_SIZE),
  nextCursor: cursorSchema,
});

/** The success shape each request type is answered with. */
export const bridgeSuccessSchemas = {
  hello: helloResponseSchema,
  listEvaluations: listEvaluationsResponseSchema,
  pageVendors: pageVendorsResponseSchema,
  pageReviews: pageReviewsResponseSchema,
} as const;

export type BridgeSuccess<T extends BridgeRequestType> = z.infer<(typeof bridgeSuccessSchemas)[T]>;
export type BridgeResponse<T extends BridgeRequestType = BridgeRequestType> =
  | BridgeSuccess<T>
  | BridgeErrorResponse
  | PairingPendingResponse;

/** Sends one request and resolves with whatever came back; the bridge client checks the answer. */
export type BridgeTransport = (request: BridgeRequest) => Promise<unknown>;

/** A refusal or a broken answer, carrying the sentence to show the owner. */
export class BridgeError extends Error {
  override readonly name = "BridgeError";
}

/** The extension holds this add-in's requests until the owner approves `code` in the side panel. */
export class BridgePairingPending extends BridgeError {
  constructor(
    readonly code: string,
    sentence: string,
  ) {
    super(sentence);
  }
}

/**
 * The error reply the extension sends; `error` is trimmed to the schema's bound.
 *
 * @example
 * bridgeError("The add-in may only read the library.")
 * //=> { ok: false, error: "The add-in may only read the library." }
 */
export function bridgeError(sentence: string): BridgeErrorResponse {
  const text = sentence.trim() || "The VendorScout extension could not answer. Try again.";
  return { ok: false, error: text.length > 2000 ? `${text.slice(0, 1999)}…` : text };
}

/**
 * Sends `request` and checks the answer against the schema for its type. Never returns an error
 * reply: a refusal, a transport failure or a malformed answer throws a `BridgeError` whose message
 * is a sentence for the owner; a request held for pairing throws a `BridgePairingPending` with the code.
 *
 * @example
 * await callBridge(transport, { type: "listEvaluations" })
 * //=> { ok: true, evaluations: [...] }
 */
export async function callBridge<R extends BridgeRequest>(
  transport: BridgeTransport,
  request: R,
): Promise<BridgeSuccess<R["type"]>> {
  let raw: unknown;
  try {
    raw = await transport(request);
  } catch (error) {
    throw new BridgeError(
      error instanceof BridgeError
        ? error.message
        : `The VendorScout extension could not be reached (${describe(error)}). Reload the add-in, or import a vendor pack instead.`,
    );
  }
  const pending = pairingPendingResponseSchema.safeParse(raw);
  if (pending.success) throw new BridgePairingPending(pending.data.code, pending.data.error);
  const refusal = bridgeErrorResponseSchema.safeParse(raw);
  if (refusal.success) throw new BridgeError(refusal.data.error);
  const schema = bridgeSuccessSchemas[request.type as R["type"]];
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new BridgeError(
      `The VendorScout extension sent an answer this add-in cannot read (to "${request.type}"). Update the extension and the add-in to the same version, or import a vendor pack instead.`,
    );
  }
  return parsed.data as BridgeSuccess<R["type"]>;
}

function describe(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}
