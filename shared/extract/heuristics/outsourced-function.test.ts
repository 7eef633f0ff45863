import { expect, test } from "vitest";
import { guessFunctionRaw } from "./outsourced-function";

test.each([
  ["Bookkeeping and payroll for small firms. Monthly bookkeeping from $149.", "accounting-payroll"],
  ["Managed IT and helpdesk: our service desk answers in 15 minutes", "it-support"],
  ["Recruitment and onboarding handled by our human resources team", "hr"],
  ["SEO, PPC and social media marketing for local businesses", "marketing"],
  ["Outsourced customer support and call center agents; live chat support", "customer-service"],
  ["3PL fulfillment and warehousing with same-day shipping", "logistics"],
  ["Web development and mobile apps by senior developers", "software-development"],
  ["A law firm of solicitors offering contract review", "legal"],
  ["Welcome to our website", undefined],
  ["One mention of payroll only", undefined],
])("%j -> %s", (text, expected) => {
  expect(guessFunctionRaw(text)).toBe(expected);
});
