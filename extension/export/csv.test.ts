import { describe, expect, test } from "vitest";
import { evaluationSchema } from "../../shared/schema/evaluation";
import { vendorSchema } from "../../shared/schema/vendor";
import { csvField, vendorsToCsv } from "./csv";

const at = "2026-03-01T00:00:00.000Z";
const acme = vendorSchema.parse({
  id: "acme.com",
  domain: "acme.com",
  name: 'Acme, "Payroll" Ltd',
  notes: "line one\nline two",
  tags: ["uk"],
  ratings: [{ source: "g2", value: 4.5, scale: 5, count: 120, capturedAt: at }],
  criterionRatings: { cost: 4 },
  createdAt: at,
  updatedAt: at,
});

describe("csvField", () => {
  test.each<[string | number | undefined, string]>([
    ["plain", '"plain"'],
    ["a,b", '"a,b"'],
    ["a;b", '"a;b"'],
    ["x;=cmd|' /C calc'!A0", "\"x;=cmd|' /C calc'!A0\""],
    ['say "hi"', '"say ""hi"""'],
    ["two\r\nlines", '"two\r\nlines"'],
    ["=SUM(A1:A2)", '"\'=SUM(A1:A2)"'],
    ["+44 20 7946 0000", '"\'+44 20 7946 0000"'],
    ["-2+3", '"\'-2+3"'],
    ["@cmd", '"\'@cmd"'],
    ["\tindent", '"\'\tindent"'],
    ["\r=1", '"\'\r=1"'],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ["Zürich ✓", '"Zürich ✓"'],
    [4.5, "4.5"],
    [-1, "-1"],
    [Number.NaN, ""],
    [undefined, ""],
    ["", '""'],
  ])("%j -> %j", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe("vendorsToCsv", () => {
  test("BOM, header, CRLF lines and quoted fields", () => {
    const csv = vendorsToCsv([acme]);
    expect(csv.startsWith('\uFEFF"Vendor id","Name","Domain",')).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('"acme.com","Acme, ""Payroll"" Ltd","acme.com",');
    // Readable words where a person reads: the site, the status; the id stays in the id column only.
    expect(lines[1]).toContain('"G2 4.5/5 (120 reviews)"');
    expect(lines[1]).toContain('"Researching"');
    expect(lines[1]).not.toMatch(/"researching"|"g2 /);
    expect(lines[1]).toContain('"line one\nline two"');
  });

  test("adds one column per criterion of the evaluation", () => {
    const evaluation = evaluationSchema.parse({
      id: "e1",
      name: "Payroll",
      function: "accounting-payroll",
      criteria: [
        { id: "cost", name: "Cost", weight: 1 },
        { id: "sla", name: "=SLA", weight: 1 },
      ],
      createdAt: at,
      updatedAt: at,
    });
    const [header, row] = vendorsToCsv([acme], evaluation).slice(1).split("\r\n");
    expect(header?.endsWith(',"Updated","Cost","\'=SLA"')).toBe(true);
    expect(row?.endsWith(`,"${at}",4,`)).toBe(true);
  });

  test("phones as written and, in their own column, in E.164 (issue 17)", () => {
    const withPhones = vendorSchema.parse({
      ...acme,
      contacts: {
        emails: [],
        phones: [{ shown: "020 7946 0958", e164: "+442079460958" }, { shown: "Mo-Fr 9-17" }],
      },
    });
    const [header, row] = vendorsToCsv([withPhones]).slice(1).split("\r\n");
    const cells = (line = ""): string[] => line.match(/"(?:[^"]|"")*"|[^,]+|(?<=,)(?=,|$)/g) ?? [];
    const column = (name: string) => cells(row)[cells(header).indexOf(`"${name}"`)];
    expect(column("Phones")).toBe('"020 7946 0958; Mo-Fr 9-17"');
    // A number with no E.164 is left out there; the plus is kept from running as a formula.
    expect(column("Phones (E.164)")).toBe(`"'+442079460958"`);
  });

  test("no vendors gives the header only", () => {
    expect(vendorsToCsv([]).split("\r\n")).toHaveLength(2);
  });
});

describe("criteria keyed by data (issue 19, finding 6)", () => {
  test.each(["constructor"])("a criterion with the id %j exports an empty cell", (id) => {
    const evaluation = evaluationSchema.parse({
      id: "e1",
      name: "Payroll",
      function: "accounting-payroll",
      criteria: [{ id, name: "Constructor", weight: 1, direction: "higher-is-better", description: "" }],
      vendorIds: ["acme.com"],
      createdAt: at,
      updatedAt: at,
    });
    const lines = vendorsToCsv([acme], evaluation).split("\r\n");
    expect(lines[1]?.endsWith(",")).toBe(true);
  });
});
