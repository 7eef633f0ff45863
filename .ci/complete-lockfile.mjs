#!/usr/bin/env node
// Why: the npm registry reachable here lacks the other platforms' binaries of packages such as
// @biomejs/biome and @swc/core (404), so `npm install` writes a package-lock.json without their entries
// and `npm ci` then refuses the lock as "Missing: @biomejs/cli-darwin-arm64@ from lock file".
// This adds those optional, platform-bound entries (version, os, cpu, libc) so `npm ci` accepts the lock
// and skips them by platform without fetching anything. Run after changing dependencies:
//   node .ci/complete-lockfile.mjs && npm ci
import { readFileSync, writeFileSync } from "node:fs";

const lockPath = process.argv[2] ?? "package-lock.json";
const lock = JSON.parse(readFileSync(lockPath, "utf8"));
const packages = lock.packages;
const OS = {
  darwin: "darwin",
  linux: "linux",
  win32: "win32",
  android: "android",
  freebsd: "freebsd",
  openbsd: "openbsd",
  netbsd: "netbsd",
  sunos: "sunos",
  aix: "aix",
};
const CPU = new Set(["arm64", "x64", "ia32", "arm", "ppc64", "s390x", "riscv64", "loong64", "mips64el"]);

/** Where Node would find `name` when `parent` requires it: the parent's own node_modules, then upwards. */
function resolutionCandidates(parent, name) {
  if (parent === "") return [`node_modules/${name}`];
  const segments = parent.slice("node_modules/".length).split("/node_modules/");
  const out = [`${parent}/node_modules/${name}`];
  for (let i = segments.length - 1; i > 0; i--)
    out.push(`node_modules/${segments.slice(0, i).join("/node_modules/")}/node_modules/${name}`);
  out.push(`node_modules/${name}`);
  return out;
}

let added = 0;
for (const [parent, meta] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(meta.optionalDependencies ?? {})) {
    const version = range.replace(/^[\^~]/, "");
    const found = resolutionCandidates(parent, name).find((candidate) => candidate in packages);
    if (found !== undefined && packages[found].version === version) continue;
    // A different version where it would resolve: nest it inside the parent; else beside the parent.
    const key =
      found !== undefined
        ? `${parent}/node_modules/${name}`
        : parent.includes("/node_modules/")
          ? `${parent.slice(0, parent.lastIndexOf("/node_modules/"))}/node_modules/${name}`
          : `node_modules/${name}`;
    if (key in packages) continue;
    const tokens = name.split("/").at(-1).split(/[-_.]/);
    const os = tokens.map((token) => OS[token]).find(Boolean);
    const cpu = tokens.find((token) => CPU.has(token));
    if (os === undefined && cpu === undefined) continue; // not a platform binary: leave it to npm
    const entry = { version, optional: true };
    if (meta.dev) entry.dev = true;
    if (cpu) entry.cpu = [cpu];
    if (os) entry.os = [os];
    if (tokens.includes("musl")) entry.libc = ["musl"];
    else if (tokens.includes("gnu")) entry.libc = ["glibc"];
    packages[key] = entry;
    added++;
  }
}
const [root, ...rest] = Object.entries(packages)
  .filter(([key]) => key === "")
  .concat(
    Object.entries(packages)
      .filter(([key]) => key !== "")
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
lock.packages = Object.fromEntries([root, ...rest]);
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform entries to ${lockPath}`);
