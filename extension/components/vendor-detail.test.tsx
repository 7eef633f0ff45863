// @vitest-environment jsdom
import { act } from "react";
import { expect, test } from "vitest";
import { applyOwnerEdit, type VendorOwnerPatch } from "../../shared/library/apply-owner-edit";
import type { Vendor } from "../../shared/schema/vendor";
import { makeEvaluation, makeVendor } from "../../tests/support/bridge/records";
import { render, type } from "../../tests/support/react/render";
import type { LibraryPort } from "./library-port";
import { VendorDetail } from "./vendor-detail";

let container: HTMLElement;

/** A library holding one vendor; edits go through the same applyOwnerEdit as VendorLibrary's. */
function oneVendorLibrary(vendor: Vendor): {
  library: LibraryPort;
  stored(): Vendor;
  patches: VendorOwnerPatch[];
} {
  let stored = vendor;
  const patches: VendorOwnerPatch[] = [];
  const library = {
    getVendor: async () => stored,
    listReviews: async () => [],
    clipHistory: async () => [],
    updateVendor: async (_id: string, patch: VendorOwnerPatch) => {
      patches.push(patch);
      try {
        stored = applyOwnerEdit(stored, patch, new Date("2026-05-01T00:00:00.000Z"));
        return { ok: true, vendor: stored };
      } catch (error) {
        return { ok: false, errors: { edit: (error as Error).message } };
      }
    },
  } as unknown as LibraryPort;
  return { library, stored: () => stored, patches };
}

async function renderDetail(library: LibraryPort): Promise<void> {
  ({ container } = await render(
    <VendorDetail
      library={library}
      vendorId="vendor-1"
      version={0}
      evaluations={[]}
      onBack={() => undefined}
      onChanged={() => undefined}
    />,
  ));
}

function input(name: string): HTMLInputElement {
  const found = container.querySelector<HTMLInputElement>(`input[aria-label="${name}"]`);
  if (!found) throw new Error(`no input "${name}"`);
  return found;
}

/** The input a Fluent Field labels with this text. */
function labelled(text: string): HTMLInputElement {
  const labelElement = [...container.querySelectorAll("label")].find((l) => l.textContent === text);
  const found = labelElement && (document.getElementById(labelElement.htmlFor) as HTMLInputElement | null);
  if (!found) throw new Error(`no field "${text}"`);
  return found;
}

function button(name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll("button")].find(
    (b) => b.getAttribute("aria-label") === name || b.textContent === name,
  );
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

async function click(target: HTMLElement): Promise<void> {
  await act(async () => {
    target.click();
  });
}

test("a price plan is added, checked and saved as the owner's", async () => {
  const { library, stored } = oneVendorLibrary(makeVendor(1));
  await renderDetail(library);
  await click(button("Add price plan"));
  await type(input("Plan 1 name"), "Pro");
  await type(input("Plan 1 price"), "49,50");
  await type(input("Plan 1 currency"), "usd");
  await click(button("Save price plans"));
  expect(stored().pricing.plans).toEqual([{ name: "Pro", price: 49.5, currency: "USD", period: "month" }]);
  expect(stored().provenance.pricing?.method).toBe("manual");
});

test("a plan the schema refuses shows what to fix, saves nothing and keeps the draft", async () => {
  const { library, stored, patches } = oneVendorLibrary(makeVendor(1));
  await renderDetail(library);
  await click(button("Add price plan"));
  await type(input("Plan 1 name"), "Cheap");
  await type(input("Plan 1 price"), "free");
  await type(input("Plan 1 currency"), "USD");
  await click(button("Save price plans"));
  expect(patches).toHaveLength(1);
  expect(stored().pricing.plans).toEqual([]);
  expect(container.textContent).toMatch(/pricing is not valid.*Correct the pricing and save again/);
  expect(input("Plan 1 name").value).toBe("Cheap");
});

test("certifications are added with the page's wording, and removed", async () => {
  const { library, stored } = oneVendorLibrary(
    makeVendor(1, { certifications: [{ kind: "ISO 9001", label: "ISO 9001:2015" }] }),
  );
  await renderDetail(library);
  await click(button("Add certification"));
  await type(input("Certification 2 wording"), "Cyber Essentials Plus");
  await click(button("Save certifications"));
  expect(stored().certifications).toEqual([
    { kind: "ISO 9001", label: "ISO 9001:2015" },
    { kind: "other", label: "Cyber Essentials Plus" },
  ]);
  await click(button("Remove certification 1"));
  await click(button("Save certifications"));
  expect(stored().certifications).toEqual([{ kind: "other", label: "Cyber Essentials Plus" }]);
});

test("a review site's rating is corrected, keeping where and when it was read", async () => {
  const { library, stored } = oneVendorLibrary(
    makeVendor(1, {
      ratings: [
        {
          source: "g2",
          value: 3.1,
          scale: 5,
          count: 10,
          url: "https://www.g2.com/products/vendor-1/reviews",
          capturedAt: "2026-02-01T00:00:00.000Z",
        },
      ],
    }),
  );
  await renderDetail(library);
  await type(input("Rating 1 value"), "4.6");
  await type(input("Rating 1 review count"), "212");
  await click(button("Save ratings on review sites"));
  expect(stored().ratings).toEqual([
    {
      source: "g2",
      value: 4.6,
      scale: 5,
      count: 212,
      url: "https://www.g2.com/products/vendor-1/reviews",
      capturedAt: "2026-02-01T00:00:00.000Z",
    },
  ]);
  expect(stored().provenance.ratings?.method).toBe("manual");
});

test("a logo must be an http(s) address; a good one is shown as an image", async () => {
  const { library, stored } = oneVendorLibrary(makeVendor(1));
  await renderDetail(library);
  const logo = labelled("Logo address (http or https)");
  await type(logo, "javascript:alert(1)");
  await act(async () => {
    logo.dispatchEvent(new FocusEvent("focusout", { bubbles: true }));
  });
  expect(stored().logo).toBeUndefined();
  expect(container.textContent).toMatch(/logo is not valid/);
  expect(container.querySelector("img")).toBeNull();
  await type(logo, "https://vendor-1.example/logo.png");
  await act(async () => {
    logo.dispatchEvent(new FocusEvent("focusout", { bubbles: true }));
  });
  expect(stored().logo).toBe("https://vendor-1.example/logo.png");
  // Fetched only when the owner asks (issue 19, finding 9).
  expect(container.querySelector("img")).toBeNull();
  const show = [...container.querySelectorAll("button")].find((b) => /^Show logo/.test(b.textContent ?? ""));
  expect(show?.textContent).toBe("Show logo (loads it from vendor-1.example)");
  await act(async () => show?.click());
  expect(container.querySelector("img")?.getAttribute("src")).toBe("https://vendor-1.example/logo.png");
});

async function pressEnter(target: HTMLInputElement): Promise<void> {
  await act(async () => {
    target.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
  });
}

test("the pricing currency is the owner's to set, upper-cased, and a non-code is refused", async () => {
  const { library, stored } = oneVendorLibrary(makeVendor(1));
  await renderDetail(library);
  const before = stored();
  await type(labelled("Pricing currency"), "pounds");
  await pressEnter(labelled("Pricing currency"));
  expect(stored()).toBe(before);
  expect(container.textContent).toMatch(/pricing is not valid.*currency/);
  await type(labelled("Pricing currency"), "gbp");
  await pressEnter(labelled("Pricing currency"));
  expect(stored().pricing.currency).toBe("GBP");
  expect(stored().provenance.pricing?.method).toBe("manual");
});

test("phones the owner types are kept as typed and in E.164, and the hint says which could not be read (issue 17)", async () => {
  const vendor = { ...makeVendor(1), website: "https://www.buero-hoppe.de/" };
  const { library, stored } = oneVendorLibrary({ ...vendor, contacts: { emails: [], phones: [] } });
  await renderDetail(library);
  await type(labelled("Phones"), "0471 80 60 745, Mo-Fr 9-17");
  await pressEnter(labelled("Phones"));
  // The site is German: the national number is read for Germany; the opening hours are no number.
  expect(stored().contacts.phones).toEqual([
    { shown: "0471 80 60 745", e164: "+494718060745" },
    { shown: "Mo-Fr 9-17" },
  ]);
  expect(stored().provenance["contacts.phones"]?.method).toBe("manual");
  expect(container.textContent).toContain("International: +494718060745.");
  expect(container.textContent).toContain(
    "Write Mo-Fr 9-17 with its country code (such as +44): it could not be read as an international number.",
  );

  await type(labelled("Phones"), "0471 80 60 745");
  await pressEnter(labelled("Phones"));
  expect(stored().contacts.phones).toEqual([{ shown: "0471 80 60 745", e164: "+494718060745" }]);
  expect(container.textContent).not.toContain("could not be read as an international number");
});

test("a clip while the vendor is open is read again, so the next edit builds on it", async () => {
  const { library, stored } = oneVendorLibrary(makeVendor(1, { notes: "Old note" }));
  const detail = (version: number) => (
    <VendorDetail
      library={library}
      vendorId="vendor-1"
      version={version}
      evaluations={[]}
      onBack={() => undefined}
      onChanged={() => undefined}
    />
  );
  const rendered = await render(detail(0));
  container = rendered.container;
  expect(labelled("Notes").value).toBe("Old note");

  // A clip of this vendor lands while its page is open: a phone and a quote in the notes.
  const clipped = {
    ...stored(),
    notes: "Old note\n\n“Replies within a day”",
    contacts: { ...stored().contacts, phones: [{ shown: "+44 20 7946 0000", e164: "+442079460000" }] },
  };
  await (library.updateVendor as (id: string, patch: VendorOwnerPatch) => Promise<unknown>)("vendor-1", {
    notes: clipped.notes,
    contacts: clipped.contacts,
  });
  await act(async () => rendered.root.render(detail(1)));
  expect(labelled("Notes").value).toBe("Old note\n\n“Replies within a day”");

  await type(labelled("Address"), "1 High Street");
  await act(async () => {
    labelled("Address").dispatchEvent(new FocusEvent("focusout", { bubbles: true }));
  });
  expect(stored().contacts.address).toBe("1 High Street");
  expect(stored().contacts.phones).toEqual([{ shown: "+44 20 7946 0000", e164: "+442079460000" }]);
});

test("deleting a vendor asks first, and Keep the vendor deletes nothing", async () => {
  const { library } = oneVendorLibrary(makeVendor(1, { name: "Acme Payroll" }));
  const deleted: string[] = [];
  Object.assign(library, { deleteVendor: async (id: string) => void deleted.push(id) });
  await renderDetail(library);
  await click(button("Delete this vendor"));
  expect(deleted).toEqual([]);
  expect(container.textContent).toContain("Delete Acme Payroll with its 0 reviews and clip history");
  await click(button("Keep the vendor"));
  expect(deleted).toEqual([]);
  await click(button("Delete this vendor"));
  await click(button("Delete"));
  expect(deleted).toEqual(["vendor-1"]);
});

test("a rating the library refuses says so above the form", async () => {
  const { library } = oneVendorLibrary(makeVendor(1, { criterionRatings: { cost: 3 } }));
  Object.assign(library, {
    rateVendor: async () => {
      throw new Error("the library is closed");
    },
  });
  await renderDetail(library);
  await click(button("Clear Cost and pricing transparency"));
  expect(container.querySelector('[role="alert"], .fui-MessageBar')?.textContent ?? "").toMatch(
    /Could not save the rating \(the library is closed\)\. Nothing was changed; try again\./,
  );
});

test("ticking an evaluation the library refuses to change goes back and says why", async () => {
  const { library } = oneVendorLibrary(makeVendor(1));
  Object.assign(library, {
    addToEvaluation: async () => {
      throw new Error("the evaluation was deleted in another window");
    },
  });
  const evaluation = makeEvaluation([], { name: "Payroll 2027" });
  ({ container } = await render(
    <VendorDetail
      library={library}
      vendorId="vendor-1"
      version={0}
      evaluations={[evaluation]}
      onBack={() => undefined}
      onChanged={() => undefined}
    />,
  ));
  const box = container.querySelector<HTMLInputElement>('input[type="checkbox"]') as HTMLInputElement;
  expect(box.checked).toBe(false);
  await click(box);
  expect(box.checked).toBe(false);
  expect(container.textContent).toContain(
    "Could not add the vendor to “Payroll 2027” (the evaluation was deleted in another window).",
  );
});

test("the summary says the site, each review site's rating with its count, and the standing in each evaluation", async () => {
  const vendor = makeVendor(1, {
    name: "BrightBooks",
    status: "due-diligence",
    criterionRatings: { cost: 4, expertise: 5 },
    ratings: [
      {
        source: "trustpilot",
        value: 4.6,
        scale: 5,
        count: 1234,
        url: "https://www.trustpilot.com/review/vendor-1.example.com",
        capturedAt: "2026-04-01T00:00:00.000Z",
      },
    ],
  });
  const rival = makeVendor(2, { criterionRatings: { cost: 5, expertise: 5 } });
  const { library } = oneVendorLibrary(vendor);
  const evaluation = makeEvaluation([vendor.id, rival.id], { name: "Payroll 2027" });
  Object.assign(library, {
    searchVendors: async () => ({ total: 2, vendors: [vendor, rival] }),
    listReviews: async () => [
      {
        id: "r-1",
        vendorId: vendor.id,
        source: "trustpilot",
        url: "https://www.trustpilot.com/reviews/1",
        rating: 5,
        scale: 5,
        title: "Quick replies",
        body: "They answer within the hour.",
        date: "2025-07-12T09:15:00.000Z",
        capturedAt: "2026-04-01T00:00:00.000Z",
      },
    ],
  });
  ({ container } = await render(
    <VendorDetail
      library={library}
      vendorId="vendor-1"
      version={0}
      evaluations={[evaluation]}
      onBack={() => undefined}
      onChanged={() => undefined}
    />,
  ));
  const summary = container.querySelector('[data-testid="vendor-summary"]')?.textContent ?? "";
  expect(summary).toContain("BrightBooks");
  expect(summary).toContain("vendor-1.example.com");
  expect(summary).toContain("Due diligence");
  expect(summary).toContain("Trustpilot★ 4.6 of 51,234 reviewsView on Trustpilot");
  // Rated 4 and 5 against a rival's 5 and 5: second of two, by the workbook's weighted score.
  expect(summary).toMatch(/Payroll 2027score \d+\.\d, rank 2 of 2/);
  const review = container.querySelector('[data-testid="review"]')?.textContent ?? "";
  expect(review).toContain("View on Trustpilot");
  expect(review).not.toContain("2025-07-12");
  expect(review).toMatch(/2025/);
  // The ratings come right after the summary, before any folded section.
  const order = [
    ...container.querySelectorAll('[data-testid="vendor-summary"], [data-testid="owner-ratings"], details'),
  ];
  expect(order[0]?.getAttribute("data-testid")).toBe("vendor-summary");
  expect(order[1]?.getAttribute("data-testid")).toBe("owner-ratings");
  expect(container.querySelectorAll("details[open]")).toHaveLength(0);
});
