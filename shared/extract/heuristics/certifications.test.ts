import { expect, test } from "vitest";
import { findCertificationsRaw } from "./certifications";

test.each([
  [
    "We are SOC 2 Type II audited and sign a GDPR DPA.",
    [
      { kind: "SOC 2", label: "SOC 2 Type II" },
      { kind: "GDPR DPA", label: "GDPR DPA" },
    ],
  ],
  [
    "ISO/IEC 27001:2022 certified; ISO 9001 quality",
    [
      { kind: "ISO 27001", label: "ISO/IEC 27001:2022" },
      { kind: "ISO 9001", label: "ISO 9001" },
    ],
  ],
  ["SOC2 Type 1 report available", [{ kind: "SOC 2", label: "SOC2 Type 1" }]],
  [
    "HIPAA-compliant, PCI DSS Level 1",
    [
      { kind: "HIPAA", label: "HIPAA" },
      { kind: "PCI DSS", label: "PCI DSS Level 1" },
    ],
  ],
  ["We hold Cyber Essentials Plus", [{ kind: "Cyber Essentials", label: "Cyber Essentials Plus" }]],
  [
    "Every client signs our data processing agreement",
    [{ kind: "GDPR DPA", label: "data processing agreement" }],
  ],
  ["We love isotopes and socks", []],
])("%j", (text, expected) => {
  expect(findCertificationsRaw(text)).toEqual(expected);
});
