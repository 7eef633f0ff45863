// Checks a capture against its schema and drops what fails, so a capture is always valid.
import { type Capture, captureSchema, emptyVendorCandidate } from "../schema";

/**
 * Checks a capture against captureSchema and, instead of throwing, removes each value the schema
 * rejects (an array element or an object field), saying so in warnings. When even that fails the
 * capture is reduced to its page, time and warnings.
 */
export function sanitizeCapture(candidate: Capture): Capture {
  const current: unknown = candidate;
  const removed: string[] = [];
  const tried = new Set<string>();
  for (let attempt = 0; attempt < 8; attempt++) {
    const parsed = captureSchema.safeParse(current);
    if (parsed.success) return withWarnings(parsed.data, removed);
    const paths = parsed.error.issues
      .map((issue) => issue.path.filter((key): key is string | number => typeof key !== "symbol"))
      .sort((a, b) => comparePathsDescending(a, b));
    const seen = new Set<string>();
    for (const path of paths) {
      const key = path.join(".");
      if (seen.has(key) || path.length < 2) continue;
      seen.add(key);
      // First drop only the bad field; if it is required, drop the list entry that holds it.
      const wholeEntry = tried.has(key);
      tried.add(key);
      if (removeAt(current, path, wholeEntry))
        removed.push(`Dropped ${key}: it did not pass the capture checks.`);
    }
    if (seen.size === 0) break;
  }
  const minimal: Capture = {
    url: candidate.url,
    capturedAt: candidate.capturedAt,
    pageKind: candidate.pageKind === "directory" ? "directory" : "vendor-site",
    vendor: emptyVendorCandidate(),
    reviews: [],
    warnings: [],
  };
  return withWarnings(minimal, [
    ...removed,
    "The page's data could not be checked, so only the page address was kept.",
  ]);
}

function withWarnings(capture: Capture, extra: string[]): Capture {
  const warnings = [...capture.warnings, ...extra].map((warning) => warning.slice(0, 500));
  return { ...capture, warnings: [...new Set(warnings)].slice(0, 100) };
}

function comparePathsDescending(a: (string | number)[], b: (string | number)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return y - x;
    return String(y).localeCompare(String(x));
  }
  return b.length - a.length;
}

/** Removes the array element or field at the deepest removable point of `path`. */
function removeAt(root: unknown, path: (string | number)[], wholeEntry: boolean): boolean {
  let parent: unknown = root;
  for (let i = 0; i < path.length - 1; i++) {
    const next = (parent as Record<string | number, unknown>)?.[path[i]!];
    if (next === undefined || next === null) return false;
    // Drop a whole array element rather than leave a half-valid one.
    if (wholeEntry && Array.isArray(next) && typeof path[i + 1] === "number") {
      next.splice(path[i + 1] as number, 1);
      return true;
    }
    parent = next;
  }
  if (typeof parent !== "object" || parent === null) return false;
  const last = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof last === "number") parent.splice(last, 1);
  else delete (parent as Record<string | number, unknown>)[last];
  return true;
}
