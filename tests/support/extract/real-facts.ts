import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import type { Capture } from "../../../shared/schema";
import { REPO_ROOT } from "./pages";

/** The real-page corpus: saved pages from licensed projects' test data, with facts checked by hand. */
export const REAL_PAGES = resolve(REPO_ROOT, "tests/fixtures/pages/real");

export interface RealPageFacts {
  /** false for a page that lists many providers: nothing may be saved from it. */
  vendor: boolean;
  /** Every name the page gives the vendor that an owner would accept. */
  name?: string[];
  domain?: string;
  /** "unknown" when the page makes no outsourced function clear: any guess is wrong. */
  function?: string;
  emails?: string[];
  /** E.164. */
  phones?: string[];
  rating?: { value: number; scale: number; count?: number } | null;
  reviews?: number;
  firstReview?: { title?: string; rating?: number } | null;
  /** [] when the page states no price plan: any plan found is wrong. */
  plans?: { price: number; currency: string; period: string }[];
}

export interface RealPage {
  file: string;
  origin: "real";
  url: string;
  source: { repo: string; path: string; commit: string; licence: string; licenceFile: string };
  facts: RealPageFacts;
}

export function loadRealPages(): RealPage[] {
  const doc = JSON.parse(readFileSync(join(REAL_PAGES, "facts.json"), "utf8")) as { pages: RealPage[] };
  return doc.pages;
}

export function realPageHtml(page: RealPage): string {
  const bytes = readFileSync(join(REAL_PAGES, page.file));
  return (page.file.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8");
}

export type Verdict = "correct" | "missing" | "wrong";
export interface FactResult {
  page: string;
  fact: keyof RealPageFacts;
  verdict: Verdict;
  expected: unknown;
  got: unknown;
}

/**
 * Scores one capture against the page's facts. A fact is due when the facts name it; it is correct
 * when the capture agrees, missing when the capture left it empty, wrong when the capture holds
 * something else (wrong is worse than missing: an owner trusts what was clipped).
 */
export function scoreCapture(page: RealPage, capture: Capture | { saved: false }): FactResult[] {
  const out: FactResult[] = [];
  const facts = page.facts;
  const add = (fact: keyof RealPageFacts, verdict: Verdict, got: unknown) =>
    out.push({ page: page.file, fact, verdict, expected: facts[fact], got });
  if (!("vendor" in capture) || !capture.vendor) {
    add("vendor", facts.vendor ? "missing" : "correct", "nothing saved");
    return out;
  }
  if (!facts.vendor) {
    add("vendor", "wrong", capture.vendor.name ?? "a vendor");
    return out;
  }
  const vendor = capture.vendor;
  if (facts.name) {
    const got = vendor.name;
    const ok = got !== undefined && facts.name.some((name) => sameText(name, got));
    add("name", got === undefined ? "missing" : ok ? "correct" : "wrong", got);
  }
  if (facts.domain !== undefined) {
    const got = vendor.domain;
    add("domain", got === undefined ? "missing" : got === facts.domain ? "correct" : "wrong", got);
  }
  if (facts.function !== undefined) {
    const got = vendor.function;
    if (facts.function === "unknown") add("function", got === undefined ? "correct" : "wrong", got);
    else add("function", got === undefined ? "missing" : got === facts.function ? "correct" : "wrong", got);
  }
  if (facts.emails) {
    const expected = facts.emails.map((email) => email.toLowerCase());
    add("emails", subsetVerdict(expected, vendor.contacts.emails), vendor.contacts.emails);
  }
  if (facts.phones) {
    // The E.164 form the extractor stored. A number kept without one is still shown to the owner, so
    // it counts against the page (it matches no fact) rather than being left out.
    const got = vendor.contacts.phones.map((phone) => phone.e164 ?? `as written: ${phone.shown}`);
    add("phones", subsetVerdict(facts.phones, got), vendor.contacts.phones);
  }
  if (facts.rating !== undefined) {
    const rating = vendor.ratings[0];
    const expected = facts.rating;
    if (!expected) add("rating", rating ? "wrong" : "correct", rating);
    else if (!rating) add("rating", "missing", rating);
    else {
      const ok =
        Math.abs(rating.value - expected.value) < 1e-9 &&
        rating.scale === expected.scale &&
        (expected.count === undefined || rating.count === expected.count);
      add("rating", ok ? "correct" : "wrong", rating);
    }
  }
  if (facts.reviews !== undefined) {
    const got = "reviews" in capture ? capture.reviews.length : 0;
    add("reviews", got === facts.reviews ? "correct" : got === 0 ? "missing" : "wrong", got);
  }
  if (facts.firstReview !== undefined) {
    const first = "reviews" in capture ? capture.reviews[0] : undefined;
    const expected = facts.firstReview;
    if (!expected) add("firstReview", first ? "wrong" : "correct", first?.title);
    else if (!first) add("firstReview", "missing", undefined);
    else {
      const ok =
        (expected.title === undefined || sameText(expected.title, first.title ?? "")) &&
        (expected.rating === undefined || first.rating === expected.rating);
      add("firstReview", ok ? "correct" : "wrong", { title: first.title, rating: first.rating });
    }
  }
  if (facts.plans) {
    const key = (plan: { price: number; currency: string; period: string }) =>
      `${plan.price} ${plan.currency} ${plan.period}`;
    const expected = facts.plans.map(key);
    const got = vendor.pricing.plans.map(key);
    add("plans", subsetVerdict(expected, got), got);
  }
  return out;
}

function subsetVerdict(expected: string[], got: string[]): Verdict {
  if (got.some((value) => !expected.includes(value))) return "wrong";
  if (expected.length > 0 && got.length === 0) return "missing";
  return "correct";
}

function sameText(a: string, b: string): boolean {
  const norm = (value: string) => value.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  return norm(a) === norm(b);
}

export interface CorpusScore {
  due: number;
  correct: number;
  missing: number;
  wrong: number;
  results: FactResult[];
}

export function totalScore(results: FactResult[]): CorpusScore {
  return {
    due: results.length,
    correct: results.filter((result) => result.verdict === "correct").length,
    missing: results.filter((result) => result.verdict === "missing").length,
    wrong: results.filter((result) => result.verdict === "wrong").length,
    results,
  };
}
