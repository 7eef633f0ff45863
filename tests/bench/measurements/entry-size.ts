import { existsSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { constants, gzipSync } from "node:zlib";
import { entryFiles } from "./bundle-graph";

export interface EntrySize {
  entry: string;
  files: string[];
  rawBytes: number;
  /** Sum over the files of each file gzipped at level 9, the way size-limit and bundlephobia count. */
  gzipBytes: number;
  lazyFiles: string[];
  lazyGzipBytes: number;
}

function gzipSize(bytes: Buffer): number {
  return gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
}

/** What an entry (an HTML page or a script) of a build folder costs to load, and what it loads later. */
export function measureEntry(buildRoot: string, entry: string): EntrySize {
  const read = (path: string) => {
    const full = resolve(buildRoot, path);
    return existsSync(full) && statSync(full).isFile() ? readFileSync(full, "utf8") : undefined;
  };
  const { eager, lazy } = entryFiles(entry, read);
  if (eager.length === 0) throw new Error(`${entry} is not in ${buildRoot}.`);
  const sum = (files: string[], size: (bytes: Buffer) => number) =>
    files.reduce((total, file) => total + size(readFileSync(resolve(buildRoot, file))), 0);
  return {
    entry,
    files: eager,
    rawBytes: sum(eager, (bytes) => bytes.length),
    gzipBytes: sum(eager, gzipSize),
    lazyFiles: lazy,
    lazyGzipBytes: sum(lazy, gzipSize),
  };
}

export const SIZE_DETAIL_HEADER = ["entry", "files loaded", "raw", "gzip", "loaded later (gzip)"];

export function sizeDetailRow(size: EntrySize): string[] {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  return [
    size.entry,
    String(size.files.length),
    kb(size.rawBytes),
    kb(size.gzipBytes),
    size.lazyFiles.length === 0 ? "-" : `${kb(size.lazyGzipBytes)} in ${size.lazyFiles.length} files`,
  ];
}
