/**
 * Command-line form of the capture: `npm run -s extract -- PAGE.html --url URL`.
 * Parses the saved page with jsdom's parser (parseHtml: no scripts run, no resources loaded), runs the
 * same extractCapture the extension injects, and prints one JSON object.
 */
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { extractCapture } from "../../shared/extract";
import { parseHtml } from "./parse-html";

export const USAGE =
  "Usage: npm run -s extract -- PAGE.html --url https://example.com/page [--selection TEXT]";

export interface CliArgs {
  file: string;
  url: string;
  selection?: string;
}

/** Reads the arguments, or returns a one-line message that says what to do. */
export function parseArgs(argv: string[]): CliArgs | string {
  let file: string | undefined;
  let url: string | undefined;
  let selection: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--url" || arg === "--selection") {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) return `${arg} needs a value. ${USAGE}`;
      if (arg === "--url") url = value;
      else selection = value;
      i++;
    } else if (arg.startsWith("--url=")) url = arg.slice(6);
    else if (arg === "--help" || arg === "-h") return USAGE;
    else if (arg.startsWith("--")) return `Unknown option ${arg}. ${USAGE}`;
    else if (file === undefined) file = arg;
    else return `Give one page file, not "${file}" and "${arg}". ${USAGE}`;
  }
  if (!file) return `Give the saved page to read. ${USAGE}`;
  url ??= `http://localhost/${encodeURIComponent(basename(file))}`;
  if (!/^https?:\/\//i.test(url) || !URL.canParse(url))
    return `--url must be an http(s) address, not "${url}". ${USAGE}`;
  return { file, url, ...(selection !== undefined ? { selection } : {}) };
}

export function runCli(argv: string[]): { code: number; stdout: string; stderr: string } {
  const args = parseArgs(argv);
  if (typeof args === "string") return { code: 2, stdout: "", stderr: `${args}\n` };
  let html: string;
  try {
    if (!statSync(args.file).isFile()) throw new Error("not a file");
    html = readFileSync(args.file, "utf8");
  } catch {
    return {
      code: 2,
      stdout: "",
      stderr: `Cannot read the page file "${args.file}": check the path. ${USAGE}\n`,
    };
  }
  // The page is read, never executed or fetched. It is a copy the owner saved to disk, so, as for a
  // file: page in the extension, what it says about itself names its vendor (pageClaimTrustRaw).
  const capture = extractCapture(parseHtml(html), args.url, {
    capturedAt: new Date(),
    trustDeclaredIdentityWithoutDomain: true,
    ...(args.selection !== undefined ? { selectionText: args.selection } : {}),
  });
  return { code: 0, stdout: `${JSON.stringify(capture, null, 2)}\n`, stderr: "" };
}

const invokedDirectly = process.argv[1] !== undefined && /extract-page\.[cm]?[jt]s$/.test(process.argv[1]);
if (invokedDirectly) {
  const result = runCli(process.argv.slice(2));
  if (result.stdout) process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
