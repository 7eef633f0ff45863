/**
 * Finds certification and compliance mentions (SOC 2, ISO 27001, GDPR DPA...) in page text, each kind once,
 * in the page's own words.
 */
import type { Certification } from "../../schema";

const RULES: [RegExp, Certification["kind"]][] = [
  [/\bISO(?:\/IEC)?[\s-]?27001(?::\d{4})?\b/i, "ISO 27001"],
  [/\bSOC[\s-]?2(?:®)?(?:\s+Type\s+(?:II|I|1|2)\b)?/i, "SOC 2"],
  [/\bISO[\s-]?9001(?::\d{4})?\b/i, "ISO 9001"],
  [
    /\b(?:GDPR[\s-]+(?:compliant\s+)?(?:DPA|data processing agreement)|data processing (?:agreement|addendum)|\bDPA\b)/i,
    "GDPR DPA",
  ],
  [/\bHIPAA\b/i, "HIPAA"],
  [/\bPCI[\s-]?DSS\b(?:\s+Level\s+\d)?/i, "PCI DSS"],
  [/\bCyber Essentials(?:\s+Plus)?\b/i, "Cyber Essentials"],
];

/**
 * Certification and compliance mentions, each kind once, with the words the page used.
 *
 * @example
 * findCertificationsRaw("We are SOC 2 Type II audited and sign a GDPR DPA.")
 * //=> [{ kind: "SOC 2", label: "SOC 2 Type II" }, { kind: "GDPR DPA", label: "GDPR DPA" }]
 */
export function findCertificationsRaw(text: string): Certification[] {
  const found: { at: number; certification: Certification }[] = [];
  for (const [pattern, kind] of RULES) {
    const match = pattern.exec(text);
    if (match)
      found.push({ at: match.index, certification: { kind, label: match[0].trim().replace(/\s+/g, " ") } });
  }
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.certification);
}
