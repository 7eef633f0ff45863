// Merges what each layer found into one vendor: the first layer that has a field wins it, and
// provenance records which layer that was.
import type { CountryCode } from "libphonenumber-js";
import {
  emptyVendorCandidate,
  type PricePlan,
  type Provenance,
  phoneKey,
  readPhone,
  type VendorCandidate,
} from "../schema";
import type { DirectoryInfo } from "./directory";
import type { LayerResult, VendorDraft } from "./draft";
import { locationFromAddressRaw } from "./heuristics/location";
import { plainText } from "./plain-text";
import { registrableDomain } from "./registrable-domain";

/** The page the layers were read from. */
export interface MergedPage {
  url: string;
  capturedAt: string;
  /** The directory the page belongs to, when it is one. */
  directory?: DirectoryInfo;
  /** The country its numbers without a country code are read for (pageCountryRaw). */
  phoneCountry?: CountryCode;
}

export function mergeVendor(layers: LayerResult[], page: MergedPage, warnings: string[]): VendorCandidate {
  const { url: pageUrl, capturedAt, directory, phoneCountry } = page;
  const vendor = emptyVendorCandidate();
  const mark = (field: string, layer: LayerResult) => {
    vendor.provenance[field] = { url: pageUrl, capturedAt, method: layer.method } satisfies Provenance;
  };
  const scalar = ["name", "description", "function", "timeZone", "logo"] as const;
  for (const layer of layers) {
    const draft: VendorDraft = layer.vendor;
    for (const field of scalar) {
      const value = draft[field];
      if (value !== undefined && vendor[field] === undefined) {
        if (field === "function") vendor.function = draft.function;
        else if (field === "description") vendor.description = plainText(value, 5000);
        else if (field === "name") vendor.name = plainText(value, 300);
        else if (field === "timeZone") vendor.timeZone = plainText(value, 64);
        else vendor.logo = value;
        mark(field, layer);
      }
    }
    if (draft.website && vendor.website === undefined) {
      if (directory && registrableDomain(draft.website) === directory.domain) {
        warnings.push(`Ignored ${draft.website} as the vendor's website: it is ${directory.source}'s own.`);
      } else {
        vendor.website = draft.website;
        mark("website", layer);
      }
    }
    if (draft.location && vendor.location === undefined) {
      vendor.location = cleanObject(draft.location, 80);
      mark("location", layer);
    }
    if (draft.languages?.length && vendor.languages.length === 0) {
      vendor.languages = unique(draft.languages.map((language) => plainText(language, 40))).slice(0, 30);
      mark("languages", layer);
    }
    if (draft.certifications?.length && vendor.certifications.length === 0) {
      vendor.certifications = draft.certifications.slice(0, 30);
      mark("certifications", layer);
    }
    if (draft.pricing?.plans?.length && vendor.pricing.plans.length === 0) {
      vendor.pricing.plans = draft.pricing.plans.slice(0, 50).map(cleanPlan);
      if (draft.pricing.currency) vendor.pricing.currency = draft.pricing.currency;
      if (draft.pricing.model && vendor.pricing.model === undefined)
        vendor.pricing.model = draft.pricing.model;
      mark("pricing", layer);
    } else if (
      draft.pricing?.model &&
      vendor.pricing.model === undefined &&
      vendor.pricing.plans.length === 0
    ) {
      vendor.pricing.model = draft.pricing.model;
      mark("pricing", layer);
    }
    const contacts = draft.contacts;
    if (contacts) {
      if (contacts.emails?.length && vendor.contacts.emails.length === 0) {
        vendor.contacts.emails = unique(contacts.emails).slice(0, 20);
        mark("contacts.emails", layer);
      }
      if (contacts.phones?.length && vendor.contacts.phones.length === 0) {
        const written = contacts.phones.map((phone) => plainText(phone, 40)).filter(Boolean);
        vendor.contacts.phones = uniqueBy(
          written.map((phone) => readPhone(phone, phoneCountry)),
          phoneKey,
        ).slice(0, 20);
        mark("contacts.phones", layer);
      }
      if (contacts.address && vendor.contacts.address === undefined) {
        vendor.contacts.address = plainText(contacts.address, 400);
        mark("contacts.address", layer);
      }
      if (
        !vendor.provenance.contacts &&
        (contacts.emails?.length || contacts.phones?.length || contacts.address)
      ) {
        mark("contacts", layer);
      }
    }
  }
  const ranges = layers.flatMap((layer) => layer.vendor.priceRanges ?? []);
  if (vendor.pricing.plans.length === 0 && ranges.length) {
    warnings.push(
      `The page gives a price range (${unique(ranges).slice(0, 3).join(", ")}), not plans; add the plans by hand from the vendor's pricing page.`,
    );
  }
  if (!vendor.website && !directory) {
    // On its own site the page itself is the vendor's website.
    vendor.website = `${new URL(pageUrl).origin}/`;
    vendor.provenance.website = { url: pageUrl, capturedAt, method: "heuristic" };
  }
  if (!vendor.location && vendor.contacts.address) {
    const location = locationFromAddressRaw(vendor.contacts.address);
    if (Object.keys(location).length) {
      vendor.location = location;
      vendor.provenance.location = { url: pageUrl, capturedAt, method: "heuristic" };
    }
  }
  return vendor;
}

export function onlyLocation(layer: LayerResult): LayerResult {
  return {
    method: layer.method,
    vendor: layer.vendor.location ? { location: layer.vendor.location } : {},
    reviews: [],
  };
}

function cleanPlan(plan: PricePlan): PricePlan {
  return { ...plan, name: plainText(plan.name, 120) || "Price" };
}

function cleanObject<T extends Record<string, string | undefined>>(value: T, max: number): T {
  const out: Record<string, string> = {};
  for (const [key, raw] of Object.entries(value)) {
    const clean = plainText(raw, max);
    if (clean) out[key] = clean;
  }
  return out as T;
}

export function unique(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}

/** The values in order, each only where its key is first seen. */
function uniqueBy<T>(values: readonly T[], key: (value: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((value) => !seen.has(key(value)) && seen.add(key(value)) !== undefined);
}
