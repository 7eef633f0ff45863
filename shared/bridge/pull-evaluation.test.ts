import { describe, expect, test } from "vitest";
import { makeReview, makeVendor } from "../../tests/support/bridge/records";
import type { BridgeRequest, BridgeTransport } from "./protocol";
import { type PullProgress, pullEvaluation } from "./pull-evaluation";

/** A fake extension over an in-memory library; cursors are offsets. Records every request. */
function fakeLibrary(vendorCount: number, reviewsPerVendor: number) {
  const vendors = Array.from({ length: vendorCount }, (_, i) => makeVendor(i));
  const reviews = vendors.flatMap((vendor) =>
    Array.from({ length: reviewsPerVendor }, (_, i) => makeReview(vendor.id, i)),
  );
  const requests: BridgeRequest[] = [];
  const transport: BridgeTransport = async (request) => {
    requests.push(request);
    if (request.type === "pageVendors") {
      const start = Number(request.cursor ?? 0);
      const end = start + request.pageSize;
      return {
        ok: true,
        vendors: vendors.slice(start, end),
        nextCursor: end < vendors.length ? String(end) : null,
      };
    }
    if (request.type === "pageReviews") {
      const wanted = reviews.filter((review) => request.vendorIds.includes(review.vendorId));
      const start = Number(request.cursor ?? 0);
      const end = start + request.pageSize;
      return {
        ok: true,
        reviews: wanted.slice(start, end),
        nextCursor: end < wanted.length ? String(end) : null,
      };
    }
    return { ok: false, error: "Unexpected request." };
  };
  return { vendors, reviews, requests, transport };
}

describe("pullEvaluation", () => {
  test("pages through every vendor and review", async () => {
    const library = fakeLibrary(7, 3);
    const progress: PullProgress[] = [];
    const result = await pullEvaluation(library.transport, "eval-1", {
      vendorPageSize: 3,
      reviewPageSize: 5,
      onProgress: (p) => progress.push(p),
    });
    expect(result.vendors.map((v) => v.id)).toEqual(library.vendors.map((v) => v.id));
    expect(result.reviews).toHaveLength(21);
    // 3 vendor pages (3+3+1) and 5 review pages (21 reviews, 5 a page).
    expect(result.pages).toBe(8);
    expect(library.requests[0]).toEqual({
      type: "pageVendors",
      evaluationId: "eval-1",
      cursor: null,
      pageSize: 3,
    });
    expect(progress.at(-1)).toEqual({ phase: "done", vendors: 7, reviews: 21, pages: 8 });
    expect(progress.map((p) => p.phase)).toContain("reviews");
  });

  test("asks for reviews 500 vendor ids at a time", async () => {
    const library = fakeLibrary(1201, 0);
    const result = await pullEvaluation(library.transport, null);
    const reviewRequests = library.requests.filter((r) => r.type === "pageReviews");
    expect(reviewRequests.map((r) => (r.type === "pageReviews" ? r.vendorIds.length : 0))).toEqual([
      500, 500, 201,
    ]);
    expect(result.vendors).toHaveLength(1201);
  });

  test("an empty library pulls nothing and asks for no reviews", async () => {
    const library = fakeLibrary(0, 0);
    expect(await pullEvaluation(library.transport, null)).toEqual({ vendors: [], reviews: [], pages: 1 });
    expect(library.requests).toHaveLength(1);
  });

  test("keeps a vendor seen on two pages once", async () => {
    const vendor = makeVendor(1);
    const pagesServed = [
      { ok: true, vendors: [vendor], nextCursor: "2" },
      { ok: true, vendors: [{ ...vendor, name: "Renamed" }], nextCursor: null },
      { ok: true, reviews: [], nextCursor: null },
    ];
    const result = await pullEvaluation(async () => pagesServed.shift(), null);
    expect(result.vendors).toEqual([{ ...vendor, name: "Renamed" }]);
  });

  test("clamps page sizes into the protocol's bounds", async () => {
    const library = fakeLibrary(2, 1);
    await pullEvaluation(library.transport, null, { vendorPageSize: 10_000, reviewPageSize: 0 });
    expect(library.requests[0]).toMatchObject({ pageSize: 500 });
    expect(library.requests[1]).toMatchObject({ pageSize: 1 });
  });

  test("refuses a repeated cursor instead of looping", async () => {
    const transport: BridgeTransport = async () => ({
      ok: true,
      vendors: [makeVendor(1)],
      nextCursor: "same",
    });
    await expect(pullEvaluation(transport, null)).rejects.toThrow(/same page twice/);
  });

  test("stops at maxPages", async () => {
    const library = fakeLibrary(10, 0);
    await expect(pullEvaluation(library.transport, null, { vendorPageSize: 1, maxPages: 3 })).rejects.toThrow(
      /more than 3 pages/,
    );
  });

  test("stops when aborted", async () => {
    const library = fakeLibrary(10, 0);
    const controller = new AbortController();
    const pull = pullEvaluation(library.transport, null, {
      vendorPageSize: 1,
      onProgress: (p) => {
        if (p.vendors === 2) controller.abort();
      },
      signal: controller.signal,
    });
    await expect(pull).rejects.toThrow(/cancelled/);
    expect(library.requests).toHaveLength(2);
  });

  test("passes the extension's refusal on", async () => {
    await expect(
      pullEvaluation(async () => ({ ok: false, error: "No such evaluation. Pick another." }), "x"),
    ).rejects.toThrow("No such evaluation. Pick another.");
  });
});
