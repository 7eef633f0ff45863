// @vitest-environment jsdom
import { act, useState } from "react";
import { expect, test } from "vitest";
import { applyOwnerEdit } from "../../shared/library/apply-owner-edit";
import type { Vendor } from "../../shared/schema/vendor";
import { makeEvaluation, makeVendor } from "../../tests/support/bridge/records";
import { render } from "../../tests/support/react/render";
import type { LibraryPort } from "./library-port";
import { VendorDetail } from "./vendor-detail";

/**
 * A library holding one vendor whose reads can be held back: each getVendor answers with the vendor
 * as it was when asked, but only when the test releases it, so the test decides the order reads
 * finish in (IndexedDB does not promise the order they were asked in).
 */
function heldLibrary(vendor: Vendor) {
  let stored = vendor;
  let holding = false;
  const held: Array<{ snapshot: Vendor; release(): void }> = [];
  const library = {
    getVendor: (_id: string) => {
      const snapshot = stored;
      if (!holding) return Promise.resolve(snapshot);
      return new Promise<Vendor>((resolve) => held.push({ snapshot, release: () => resolve(snapshot) }));
    },
    listReviews: async () => [],
    clipHistory: async () => [],
    searchVendors: async () => ({ total: 1, vendors: [stored] }),
    addToEvaluation: async () => undefined,
    rateVendor: async (_id: string, criterionId: string, rating: number | null) => {
      const criterionRatings = { ...stored.criterionRatings };
      if (rating === null) delete criterionRatings[criterionId];
      else criterionRatings[criterionId] = rating;
      stored = applyOwnerEdit(stored, { criterionRatings }, new Date("2026-05-01T00:00:00.000Z"));
    },
  } as unknown as LibraryPort;
  return {
    library,
    hold: () => {
      holding = true;
    },
    held,
  };
}

/** The vendor page as the side panel holds it: every change bumps `version`, which reads again. */
function Panel({
  library,
  evaluations,
}: {
  library: LibraryPort;
  evaluations: Parameters<typeof VendorDetail>[0]["evaluations"];
}) {
  const [version, setVersion] = useState(0);
  return (
    <VendorDetail
      library={library}
      vendorId="vendor-1"
      version={version}
      evaluations={evaluations}
      onBack={() => undefined}
      onChanged={() => setVersion((v) => v + 1)}
    />
  );
}

function star(container: HTMLElement, criterion: string, value: number): HTMLInputElement {
  const found = container.querySelector<HTMLInputElement>(
    `[role="radiogroup"][aria-label="${criterion}"] input[type="radio"][value="${value}"]`,
  );
  if (!found) throw new Error(`no star ${value} for "${criterion}"`);
  return found;
}

async function settle(work: () => void): Promise<void> {
  await act(async () => {
    work();
  });
}

test("a star clicked right after ticking an evaluation stays, whatever order the page's reads finish in", async () => {
  const { library, hold, held } = heldLibrary(makeVendor(1, { name: "Northwind IT" }));
  const evaluation = makeEvaluation([], { name: "Bookkeeping 2027" });
  const { container } = await render(<Panel library={library} evaluations={[evaluation]} />);
  hold();

  // The tick saves the membership and bumps the version: read 1 starts, before the rating exists.
  await settle(() => container.querySelector<HTMLInputElement>('input[type="checkbox"]')?.click());
  expect(held).toHaveLength(1);
  // The star saves the rating and reads the vendor again (read 2, with the rating).
  await settle(() => star(container, "Cost and pricing transparency", 3).click());
  expect(held).toHaveLength(2);
  expect(held[1]?.snapshot.criterionRatings).toEqual({ cost: 3 });

  // Read 2 finishes first; the rating's version bump starts read 3, which finishes too.
  await settle(() => held[1]?.release());
  expect(held).toHaveLength(3);
  await settle(() => held[2]?.release());
  expect(star(container, "Cost and pricing transparency", 3).checked).toBe(true);

  // Read 1, from before the rating, finishes last: it must not take the star away.
  await settle(() => held[0]?.release());
  expect(star(container, "Cost and pricing transparency", 3).checked).toBe(true);
  expect(container.textContent).toContain("1 of 9 rated.");
});
