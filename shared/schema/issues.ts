/** Turns zod issues into lines an owner can act on: where the problem is, then what is wrong. */
import type * as z from "zod";

/**
 * Turns zod issues into lines an owner can act on: where the problem is, then what is wrong.
 *
 * @example
 * describeIssues(vendorSchema.safeParse({}).error!.issues, "vendors[0]")
 * //=> ["vendors[0].id: Invalid input: expected string, received undefined", ...]
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], prefix = "", limit = 20): string[] {
  const lines = issues.slice(0, limit).map((issue) => `${formatPath(prefix, issue.path)}: ${issue.message}`);
  if (issues.length > limit) lines.push(`…and ${issues.length - limit} more problems`);
  return lines;
}

function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix;
  for (const key of path) {
    out += typeof key === "number" ? `[${key}]` : out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? "(file)" : out;
}
