import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";

export const CHROMIUM_PATH = "/usr/bin/chromium";

/** What the figures were measured on; BENCHMARKS.md prints it beside the table. */
export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  chromium: string;
  /** 1-minute load average when the run started: above 1 on 2 cores means others were using the CPU. */
  loadAverageAtStart: number;
}

function cpuModel(): string {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"));
    if (match?.[1]) return match[1].trim();
  } catch {
    // Not Linux: os.cpus() below still names the CPU.
  }
  return cpus()[0]?.model ?? "unknown";
}

function chromiumVersion(): string {
  try {
    // Debian's wrapper script prints a shell warning on stderr; only stdout carries the version.
    return execFileSync(CHROMIUM_PATH, ["--version"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    })
      .trim()
      .replace(/\s+built on.*$/, "");
  } catch {
    return `not found at ${CHROMIUM_PATH}`;
  }
}

export function describeMachine(): MachineInfo {
  return {
    cpuModel: cpuModel(),
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium: chromiumVersion(),
    loadAverageAtStart: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}
