import { expect, test } from "vitest";
import { guessFunctionRaw } from "./outsourced-function";

test.each([
  ["BrightBooks | Bookkeeping & Payroll for Small Businesses", "accounting-payroll"],
  ["Managed IT Support for Small Businesses | Northwind IT", "it-support"],
  ["Recruitment and onboarding | PeopleFirst", "hr"],
  ["SEO, PPC and social media marketing for local businesses", "marketing"],
  ["Outsourced customer support and call center agents", "customer-service"],
  ["3PL fulfillment and warehousing", "logistics"],
  ["Web development and app development studio", "software-development"],
  ["A law firm of solicitors", "legal"],
  // German, French and Spanish names for the same work (issue 17, class 8).
  ["Internationale Steuerberatung | Kanzlei Viehbacher", "accounting-payroll"],
  ["Impressum - Werbeagentur MARKE ICH | Soltau im Heidekreis", "marketing"],
  ["Anwalt Niemeyer", "legal"],
  ["Cabinet d'avocats à Genève", "legal"],
  ["Asesoría fiscal y contabilidad en Madrid", "accounting-payroll"],
  ["Welcome to our website", undefined],
  // Two functions named equally often is no clear evidence.
  ["Marketing and payroll", undefined],
])("identity %j -> %s", (identity, expected) => {
  expect(guessFunctionRaw(identity)).toBe(expected);
});

test("the body decides only when one function dominates it", () => {
  expect(guessFunctionRaw("Home", "payroll ".repeat(6))).toBe("accounting-payroll");
  expect(guessFunctionRaw("Home", "payroll ".repeat(4))).toBeUndefined();
  // A blog post about data pipelines mentions warehouses and marketing: not a logistics firm.
  expect(
    guessFunctionRaw("Scaling NSQ", `${"data warehouse ".repeat(6)}${"marketing ".repeat(3)}`),
  ).toBeUndefined();
});

test("a function a long text names only in passing is its topic, not the site's service (issue 17, class 7)", () => {
  // 13 mentions in 12,000 words, as in the Indie Hackers podcast transcript: about 1 per 1,000 words.
  const transcript = `${"we talked about sales and marketing with the founders ".repeat(13)}${"and then we built the product ".repeat(1900)}`;
  expect(guessFunctionRaw("Before and After Product-Market Fit", transcript)).toBeUndefined();
  // The same 13 mentions on a page of 1,300 words: a marketing agency describing its work.
  const agency = `${"we plan your marketing campaigns for you ".repeat(13)}${"our team works with you ".repeat(240)}`;
  expect(guessFunctionRaw("Home", agency)).toBe("marketing");
});
