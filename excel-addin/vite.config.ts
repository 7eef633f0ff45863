/**
 * Vite's build of the task pane page into dist/addin; functions.js is built separately because the manifest
 * loads it on its own.
 */
import { resolve } from "node:path";
import { defineConfig } from "vite";

/**
 * The task pane page: taskpane.html and what ./taskpane/main.tsx imports, into dist/addin.
 * functions.js is built separately as a classic script (excel-addin/build/build.ts) because the
 * manifest names it on its own and the page loads it before the module scripts.
 * Vite 8 compiles TSX itself (Oxc), so no React plugin: only the automatic JSX runtime is set.
 */
export const ADDIN_OUT_DIR = resolve(import.meta.dirname, "../dist/addin");

export default defineConfig({
  root: import.meta.dirname,
  base: "./",
  publicDir: false,
  oxc: { jsx: { runtime: "automatic" } },
  build: {
    outDir: ADDIN_OUT_DIR,
    emptyOutDir: false, // build.ts clears dist/addin and writes functions.js, functions.json and icons first
    target: "es2022",
    sourcemap: true,
    rollupOptions: {
      input: { taskpane: resolve(import.meta.dirname, "taskpane.html") },
      onwarn(warning, warn) {
        // Fluent UI marks its modules "use client" for React Server Components; a browser bundle has no
        // use for the directive, and dropping it is harmless.
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        warn(warning);
      },
    },
  },
});
