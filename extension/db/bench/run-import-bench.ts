// npx tsx extension/db/bench/run-import-bench.ts — bundles import-bench-page.ts and runs it in /usr/bin/chromium.
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { build } from "vite";

const entry = fileURLToPath(new URL("./import-bench-page.ts", import.meta.url));
const output = await build({
  logLevel: "error",
  configFile: false,
  build: { write: false, minify: false, lib: { entry, formats: ["iife"], name: "bench" } },
});
const chunk = (Array.isArray(output) ? output[0] : output) as { output: { code?: string }[] };
const code = chunk.output[0]?.code ?? "";

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  const page = await browser.newPage();
  await page.route("http://bench.local/**", (route) =>
    route.fulfill({
      contentType: route.request().url().endsWith(".js") ? "text/javascript" : "text/html",
      body: route.request().url().endsWith(".js") ? code : '<script src="/bench.js"></script>',
    }),
  );
  await page.goto("http://bench.local/");
  const result = await page.evaluate(() => (globalThis as { benchResult?: Promise<unknown> }).benchResult);
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
}
