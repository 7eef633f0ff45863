/**
 * What a correct answer is for the vendor fields both our extractor and metascraper can give, per page,
 * and how an answer is scored against it. Written by reading each page: on a review directory the
 * vendor is the business reviewed, never the directory.
 *
 * Per field: a list of acceptable answers, `null` when the page names none (so any answer is wrong), or
 * "unscored" when the page is ambiguous (a photo that may or may not be the logo, a category line).
 * Pages that name no vendor at all (a news article, broken JSON-LD, a product demo) are timed but not
 * scored.
 */
export const VENDOR_FIELDS = ["name", "website", "description", "logo"] as const;
export type VendorField = (typeof VENDOR_FIELDS)[number];

export type Expected = readonly string[] | null | "unscored";

/**
 * name: equal ignoring case and spacing. website: the same host, ignoring "www." (a vendor's site, not
 * the page it was named on). description: contains one of the snippets. logo: the same URL.
 */
export const EXPECTED_VENDOR_FIELDS: Readonly<Record<string, Record<VendorField, Expected>>> = {
  "trustpilot.html": {
    name: ["BrightBooks"],
    website: ["brightbooks.com"],
    description: ["Online bookkeeping and payroll for small businesses"],
    logo: ["https://consumersiteimages.trustpilot.net/business-units/5f1a/198x149.png"],
  },
  "g2.html": {
    name: ["Northwind IT Ltd", "Northwind IT", "Northwind ServiceDesk"],
    website: ["northwind-it.co.uk"],
    description: ["Managed helpdesk, monitoring and patching for UK small businesses"],
    logo: null,
  },
  "capterra.html": {
    name: ["LedgerLoop", "LedgerLoop Inc."],
    website: ["ledgerloop.io"],
    description: null,
    logo: null,
  },
  "clutch.html": {
    name: ["Pixel Harbor Digital"],
    website: ["pixelharbor.io"],
    description: ["Performance marketing and web development for service businesses"],
    logo: [
      "https://img.shgstatic.com/clutch-static-prod/image/scale/50x50/s3fs-public/logos/pixelharbor.png",
    ],
  },
  "yelp.html": {
    name: ["Harbor Payroll Services"],
    website: ["harborpayroll.com"],
    // Yelp lists categories, not a description; its JSON-LD image is a business photo.
    description: "unscored",
    logo: "unscored",
  },
  "google-business.html": {
    name: ["Summit Payroll & Tax"],
    website: ["summitpayroll.com"],
    description: "unscored",
    logo: null,
  },
  "upwork.html": {
    name: ["Vistula Dev Studio"],
    website: null,
    description: ["Software development agency of 18 engineers"],
    logo: null,
  },
  "provider-brightbooks.html": {
    name: ["BrightBooks", "BrightBooks Inc."],
    website: ["brightbooks.com"],
    description: [
      "Online bookkeeping and payroll for small businesses",
      "BrightBooks does the bookkeeping and payroll for US small businesses",
    ],
    logo: ["https://brightbooks.com/img/brightbooks-logo.png"],
  },
  "provider-northwind-it.html": {
    name: ["Northwind IT"],
    website: ["northwind-it.co.uk"],
    description: [
      "Managed IT support, helpdesk and network monitoring",
      "Northwind IT provides managed IT support",
      "Managed IT support, helpdesk and cyber security",
    ],
    logo: ["https://www.northwind-it.co.uk/assets/northwind-logo.svg"],
  },
  "extruct/LocalBusiness.002.html": {
    name: ["GreatFood"],
    website: ["dishdash.com"],
    description: null,
    logo: null,
  },
  "extruct/LocalBusiness.003.html": {
    name: ["ACME Home Heating"],
    // Saved without its address, so the site it came from (which a vendor page's own URL is) is unknown.
    website: "unscored",
    description: "unscored",
    logo: null,
  },
  "metascraper/chowhanandsons.com.html": {
    name: ["Chowhan and Sons"],
    website: ["chowhanandsons.com"],
    description: ["Complete Waterproofing Solution in Mumbai"],
    logo: ["https://www.chowhanandsons.com/wp-content/uploads/2024/06/logo.png"],
  },
  "metascraper/microlink.io.html": {
    name: ["Microlink"],
    website: ["microlink.io"],
    description: ["Extract structured data from any website"],
    logo: ["https://microlink.io/logo-trim.png"],
  },
};

export type VendorAnswer = Partial<Record<VendorField, string | null | undefined>>;

const squash = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

function host(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, "").toLowerCase();
  } catch {
    return undefined;
  }
}

function sameUrl(a: string, b: string): boolean {
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return false;
  }
}

function matches(field: VendorField, answer: string, want: string): boolean {
  switch (field) {
    case "name":
      return squash(answer) === squash(want);
    case "website":
      return host(answer) === want;
    case "description":
      return squash(answer).includes(squash(want));
    case "logo":
      return sameUrl(answer, want);
  }
}

/** Whether one answer is correct, wrong, or neither (no answer where none was due, or unscored). */
export function scoreField(field: VendorField, expected: Expected, answer: string | null | undefined) {
  const given = typeof answer === "string" && answer.trim() !== "";
  if (expected === "unscored") return "unscored" as const;
  if (expected === null) return given ? ("wrong" as const) : ("absent" as const);
  if (!given) return "missed" as const;
  const ok = expected.some((want) => matches(field, answer, want));
  return ok ? ("correct" as const) : ("wrong" as const);
}

export interface FieldTally {
  correct: number;
  wrong: number;
  missed: number;
  /** Fields with an answer due: correct + wrong-against-an-answer + missed. */
  due: number;
}

/** Tallies one tool's answers over the scored pages. */
export function tallyAnswers(answers: ReadonlyMap<string, VendorAnswer>): FieldTally {
  const tally: FieldTally = { correct: 0, wrong: 0, missed: 0, due: 0 };
  for (const [page, expectedFields] of Object.entries(EXPECTED_VENDOR_FIELDS)) {
    const answer = answers.get(page);
    if (answer === undefined) continue;
    for (const field of VENDOR_FIELDS) {
      const expected = expectedFields[field];
      if (Array.isArray(expected)) tally.due++;
      const score = scoreField(field, expected, answer[field]);
      if (score === "correct") tally.correct++;
      else if (score === "wrong") tally.wrong++;
      else if (score === "missed") tally.missed++;
    }
  }
  return tally;
}
