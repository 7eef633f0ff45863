import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { parseArgs, runCli } from "./extract-page";

const repoRoot = resolve(import.meta.dirname, "../..");
const page = resolve(repoRoot, "tests/fixtures/pages/g2.html");

describe("extract-page CLI", () => {
  test("spawned on a fixture it prints one JSON capture and exits 0", () => {
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "extension/cli/extract-page.ts", page, "--url", "http://localhost:4173/g2.html"],
      { cwd: repoRoot, encoding: "utf8", timeout: 120_000 },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const capture = JSON.parse(run.stdout);
    expect(capture.vendor).toMatchObject({ name: "Northwind IT Ltd", domain: "northwind-it.co.uk" });
    expect(capture.reviews).toHaveLength(10);
    expect(capture.warnings).toEqual([]);
  });

  test("a missing file exits 2 with a one-line message saying what to do", () => {
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "extension/cli/extract-page.ts", "no-such-page.html"],
      {
        cwd: repoRoot,
        encoding: "utf8",
        timeout: 120_000,
      },
    );
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(
      /^Cannot read the page file "no-such-page\.html": check the path\. Usage: npm run -s extract/,
    );
  });

  test.each([
    [[], /^Give the saved page to read\./],
    [["a.html", "--url"], /^--url needs a value\./],
    [["a.html", "--url", "ftp://x"], /^--url must be an http\(s\) address/],
    [["a.html", "b.html"], /^Give one page file/],
    [["a.html", "--verbose"], /^Unknown option --verbose\./],
    [["--help"], /^Usage:/],
  ])("parseArgs(%j) explains the problem", (argv, message) => {
    expect(parseArgs(argv)).toMatch(message);
  });

  test.each([
    [["p.html", "--url", "https://g2.com/x"], { file: "p.html", url: "https://g2.com/x" }],
    [
      ["p.html", "--url=https://g2.com/x", "--selection", "Great"],
      { file: "p.html", url: "https://g2.com/x", selection: "Great" },
    ],
    [["dir/my page.html"], { file: "dir/my page.html", url: "http://localhost/my%20page.html" }],
  ])("parseArgs(%j)", (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  test("runCli on a directory path and with a selection", () => {
    expect(runCli([repoRoot]).code).toBe(2);
    const result = runCli([
      page,
      "--url",
      "https://www.g2.com/products/x",
      "--selection",
      "Patch management used to be a manual Friday job.",
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).reviews.at(-1).body).toBe(
      "Patch management used to be a manual Friday job.",
    );
  });
});
