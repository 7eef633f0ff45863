/**
 * Makes the add-in's ribbon and store icons (assets/addin-16.png ... addin-80.png) from assets/icon.png.
 * The manifest needs 16, 32 and 80 px for the ribbon and 32/64 px for IconUrl/HighResolutionIconUrl.
 * Chromium's image scaler (the same one a browser uses to show the icon) does the downscaling, with a
 * transparent background. Run once when icon.png changes: `npx tsx excel-addin/build/make-icons.ts`;
 * the PNGs are committed so the build needs no browser.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { chromium } from "playwright-core";
import { ADDIN_ICON_SIZES } from "./icon-sizes";

const root = resolve(import.meta.dirname, "../..");

async function main(): Promise<void> {
  const source = await readFile(resolve(root, "assets/icon.png"));
  const dataUrl = `data:image/png;base64,${source.toString("base64")}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  try {
    for (const size of ADDIN_ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      await page.locator("img").evaluate((img: HTMLImageElement) => img.decode());
      const out = resolve(root, `assets/addin-${size}.png`);
      await page.screenshot({
        path: out,
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      await page.close();
      console.log(`wrote ${out}`);
    }
  } finally {
    await browser.close();
  }
}

await main();
