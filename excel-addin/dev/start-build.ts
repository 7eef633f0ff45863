/**
 * Whether `npm start` / `npm run demo` must build first (the extension as a development build, which
 * allows the add-in on https://localhost:3000): a half is rebuilt when its output is missing,
 * older than any source it is made from, or (the extension) built for another add-in origin.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

export type BuildScript = "build:extension:dev" | "build:addin";

export interface BuildHalf {
  script: BuildScript;
  /** The file whose age stands for the whole output. */
  output: string;
  /** Files and folders it is built from (folders are walked; tests and node_modules skipped). */
  inputs: readonly string[];
}

export interface BuildState {
  script: BuildScript;
  /** mtime of the output, undefined when it is missing. */
  outputMtimeMs: number | undefined;
  /** The newest mtime among the inputs. */
  newestInputMtimeMs: number;
  /** For the extension: does its manifest let the add-in origin call the bridge? */
  servesOrigin?: boolean;
}

export interface BuildDecision {
  script: BuildScript;
  build: boolean;
  reason: string;
}

/** The two halves of `npm run build`, relative to the repository root. */
export function buildHalves(root: string): BuildHalf[] {
  const shared = ["shared", "assets", "package.json", "package-lock.json"].map((p) => resolve(root, p));
  return [
    {
      script: "build:extension:dev",
      output: resolve(root, "build/chrome-mv3-prod/manifest.json"),
      inputs: [resolve(root, "extension"), resolve(root, ".env"), ...shared],
    },
    {
      script: "build:addin",
      output: resolve(root, "dist/addin/taskpane.html"),
      inputs: [
        resolve(root, "excel-addin/taskpane"),
        resolve(root, "excel-addin/functions"),
        resolve(root, "excel-addin/workbook"),
        resolve(root, "excel-addin/build"),
        resolve(root, "excel-addin/taskpane.html"),
        resolve(root, "excel-addin/vite.config.ts"),
        ...shared,
      ],
    },
  ];
}

/**
 * Build or not, and why, in words for the console.
 *
 * @example
 * decideBuild({ script: "build:addin", outputMtimeMs: undefined, newestInputMtimeMs: 5 })
 * //=> { script: "build:addin", build: true, reason: "no build yet" }
 */
export function decideBuild(state: BuildState, force = false): BuildDecision {
  const { script } = state;
  if (force) return { script, build: true, reason: "--rebuild was given" };
  if (state.outputMtimeMs === undefined) return { script, build: true, reason: "no build yet" };
  if (state.servesOrigin === false) {
    return { script, build: true, reason: "the last build was made for another add-in origin" };
  }
  if (state.newestInputMtimeMs > state.outputMtimeMs) {
    return { script, build: true, reason: "sources changed since the last build" };
  }
  return { script, build: false, reason: "up to date" };
}

/**
 * Whether a built extension manifest lets `origin` call the bridge
 * (externally_connectable.matches holds "<origin>/*").
 */
export function manifestServesOrigin(manifestJson: string, origin: string): boolean {
  try {
    const manifest: unknown = JSON.parse(manifestJson);
    if (typeof manifest !== "object" || manifest === null) return false;
    const connectable = (manifest as { externally_connectable?: { matches?: unknown } })
      .externally_connectable;
    const matches = connectable?.matches;
    return Array.isArray(matches) && matches.includes(`${origin}/*`);
  } catch {
    return false;
  }
}

const SKIPPED = /(^node_modules$|^\.|\.test\.tsx?$)/;

/** The newest mtime under `paths` (files, or folders walked); 0 when none exist. */
export function newestMtimeMs(paths: readonly string[]): number {
  let newest = 0;
  const visit = (path: string) => {
    let stats: ReturnType<typeof statSync>;
    try {
      stats = statSync(path);
    } catch {
      return;
    }
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path)) if (!SKIPPED.test(entry)) visit(join(path, entry));
    } else if (stats.mtimeMs > newest) {
      newest = stats.mtimeMs;
    }
  };
  for (const path of paths) visit(path);
  return newest;
}

/** Reads the file system for one half. */
export function readBuildState(half: BuildHalf, addinOrigin: string): BuildState {
  let outputMtimeMs: number | undefined;
  try {
    outputMtimeMs = statSync(half.output).mtimeMs;
  } catch {
    outputMtimeMs = undefined;
  }
  const state: BuildState = {
    script: half.script,
    outputMtimeMs,
    newestInputMtimeMs: newestMtimeMs(half.inputs),
  };
  if (half.script === "build:extension:dev" && outputMtimeMs !== undefined) {
    state.servesOrigin = manifestServesOrigin(readFileSync(half.output, "utf8"), addinOrigin);
  }
  return state;
}

/**
 * Runs `npm run <script>` in `root`. `quiet` collects the output (the last lines come back on failure)
 * instead of passing it through to the console.
 */
export function runBuildScript(
  root: string,
  script: BuildScript,
  quiet: boolean,
): { ok: boolean; tail: string } {
  const result = spawnSync("npm", ["run", "-s", script], {
    cwd: root,
    stdio: quiet ? "pipe" : "inherit",
    encoding: "utf8",
    // npm is npm.cmd on Windows, which only a shell can start.
    shell: process.platform === "win32",
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  return { ok: result.status === 0, tail: output.trim().split("\n").slice(-15).join("\n") };
}

/** Builds every half that needs it; returns a line per half, or throws with the failing script's output. */
export function buildWhatIsStale(
  root: string,
  addinOrigin: string,
  options: { force: boolean; quiet: boolean; log(line: string): void },
): string[] {
  const lines: string[] = [];
  for (const half of buildHalves(root)) {
    const decision = decideBuild(readBuildState(half, addinOrigin), options.force);
    if (!decision.build) {
      lines.push(`${decision.script} up to date`);
      continue;
    }
    options.log(`  … npm run ${decision.script} (${decision.reason})`);
    const result = runBuildScript(root, decision.script, options.quiet);
    if (!result.ok) {
      throw new Error(
        `npm run ${decision.script} failed.${result.tail ? `\n${result.tail}` : ""}\nFix the error, then run the command again.`,
      );
    }
    lines.push(`ran ${decision.script} (${decision.reason})`);
  }
  return lines;
}
