/**
 * `npm run scorecard`: turns a `.vendorpack.json` into an advisor-safe scorecard .xlsx, written under a
 * temporary name and renamed only when everything worked.
 */
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Evaluation } from "../../shared/schema/evaluation";
import { parseVendorPack, type VendorPack } from "../../shared/schema/vendor-pack";
import { planScorecard } from "../../shared/scorecard/plan-scorecard";
import { buildScorecardXlsx } from "../../xlsx/scorecard-xlsx";

const USAGE = "Usage: npm run -s scorecard -- PACK.vendorpack.json OUT.xlsx [--evaluation ID]";

export type CliResult = { ok: true; message: string } | { ok: false; message: string };

/**
 * Turns a `.vendorpack.json` into an advisor-safe scorecard .xlsx. The file appears only when
 * everything worked: it is written beside the target under a temporary name and renamed at the end,
 * so a bad pack never leaves a half-written or stale-looking workbook behind.
 *
 * @example
 * await exportScorecard(["library.vendorpack.json", "scorecard.xlsx"])
 * //=> { ok: true, message: "Wrote scorecard.xlsx: evaluation \"Bookkeeping 2027\", 5 vendors." }
 */
export async function exportScorecard(argv: readonly string[]): Promise<CliResult> {
  const args = parseArgs(argv);
  if (!args.ok) return args;
  let text: string;
  try {
    text = await readFile(args.pack, "utf8");
  } catch (error) {
    return { ok: false, message: `Cannot read ${args.pack} (${(error as Error).message}). Check the path.` };
  }
  const parsed = parseVendorPack(text);
  if (!parsed.ok) return { ok: false, message: parsed.errors.join("\n") };
  const picked = pickEvaluation(parsed.pack, args.evaluation);
  if (!picked.ok) return picked;
  const evaluation = picked.evaluation;
  const plan = planScorecard({
    evaluation,
    vendors: parsed.pack.vendors,
    reviews: parsed.pack.reviews,
    mode: "advisor-safe",
  });
  const bytes = await buildScorecardXlsx(plan);
  const temporary = join(dirname(args.out), `.${basename(args.out)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, args.out);
  } catch (error) {
    await rm(temporary, { force: true });
    return {
      ok: false,
      message: `Cannot write ${args.out} (${(error as Error).message}). Check the folder exists and is writable.`,
    };
  }
  const vendorCount = plan.sheets[3]?.tables[1]?.rows.length ?? 0;
  return {
    ok: true,
    message: `Wrote ${args.out}: evaluation "${evaluation.name}", ${vendorCount} vendor${vendorCount === 1 ? "" : "s"}.`,
  };
}

function parseArgs(
  argv: readonly string[],
): { ok: true; pack: string; out: string; evaluation?: string } | { ok: false; message: string } {
  const positional: string[] = [];
  let evaluation: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--evaluation") {
      evaluation = argv[++i];
      if (!evaluation) return { ok: false, message: `--evaluation needs an evaluation id.\n${USAGE}` };
    } else if (arg.startsWith("--evaluation=")) {
      evaluation = arg.slice("--evaluation=".length);
    } else if (arg.startsWith("--")) {
      return { ok: false, message: `Unknown option ${arg}.\n${USAGE}` };
    } else {
      positional.push(arg);
    }
  }
  const [pack, out] = positional;
  if (positional.length !== 2 || !pack || !out) {
    return { ok: false, message: `Give a vendor pack and an output file.\n${USAGE}` };
  }
  if (!out.toLowerCase().endsWith(".xlsx")) {
    return { ok: false, message: `The output file ${out} should end in .xlsx so spreadsheets open it.` };
  }
  return evaluation === undefined ? { ok: true, pack, out } : { ok: true, pack, out, evaluation };
}

function pickEvaluation(
  pack: VendorPack,
  id: string | undefined,
): { ok: true; evaluation: Evaluation } | { ok: false; message: string } {
  const ids = pack.evaluations.map((e) => e.id);
  if (id !== undefined) {
    const found = pack.evaluations.find((e) => e.id === id);
    if (found) return { ok: true, evaluation: found };
    return {
      ok: false,
      message: `The pack has no evaluation "${id}". Its evaluations are: ${ids.join(", ") || "none"}.`,
    };
  }
  const [only, ...others] = pack.evaluations;
  if (!only) {
    return {
      ok: false,
      message: "The pack has no evaluation. Create one in VendorScout, then export the pack again.",
    };
  }
  if (others.length > 0) {
    return {
      ok: false,
      message: `The pack has ${ids.length} evaluations: ${ids.join(", ")}. Choose one with --evaluation ID.`,
    };
  }
  return { ok: true, evaluation: only };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await exportScorecard(process.argv.slice(2));
  if (result.ok) {
    process.stdout.write(`${result.message}\n`);
  } else {
    process.stderr.write(`${result.message}\n`);
    process.exitCode = 1;
  }
}
