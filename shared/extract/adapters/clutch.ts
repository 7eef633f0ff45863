/**
 * Reads a Clutch agency profile: the DOM's website link, minimum project size and hourly rate, beside the
 * JSON-LD the shared layers read.
 */
import type { PricePlan } from "../../schema";
import type { LayerResult } from "../draft";
import { findPricesRaw } from "../heuristics/pricing";
import { linkAt, textAt } from "./read-dom";

/**
 * Clutch agency profile: JSON-LD LocalBusiness with reviews; the DOM gives the "Visit website"
 * link and the summary details: minimum project size ("$10,000+") and hourly rate ("$25 - $49 / hr").
 */
export function readClutch(root: ParentNode, pageUrl: string): LayerResult {
  const result: LayerResult = { method: "adapter", vendor: {}, reviews: [] };
  const name = textAt(root, "h1.profile-header__title, h1");
  if (name) result.vendor.name = name;
  const website = linkAt(root, "a.website-link__item, a[data-link-type='website']", pageUrl);
  if (website) result.vendor.website = website;
  const plans: PricePlan[] = [];
  for (const detail of Array.from(root.querySelectorAll("[data-title]"))) {
    const label = (detail.getAttribute("data-title") ?? "").trim();
    const found = findPricesRaw(detail.textContent ?? "")[0];
    if (!found || !label) continue;
    if (/hourly/i.test(label))
      plans.push({ name: "Hourly rate", price: found.price, currency: found.currency, period: "hour" });
    else if (/project size/i.test(label)) {
      plans.push({
        name: "Minimum project size",
        price: found.price,
        currency: found.currency,
        period: "one-time",
      });
    }
  }
  const location = textAt(root, "[data-title='Location'], .location");
  if (location) {
    const [city, country] = location.split(",").map((part) => part.trim());
    result.vendor.location = { ...(city ? { city } : {}), ...(country ? { country } : {}) };
  }
  if (plans.length) {
    result.vendor.pricing = {
      plans,
      currency: plans[0]!.currency,
      model: plans.some((plan) => plan.period === "hour") ? "hourly" : "fixed",
    };
  }
  return result;
}
