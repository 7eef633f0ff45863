import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test } from "vitest";
import { FIXTURE_PAGES } from "../e2e/helpers/serve-static";
import { DEMO_CLIP_ORDER, DEMO_PAGES, demoPageUrls } from "./demo-pages";

test("the demo clips a provider, a directory page about it, then a second provider", () => {
  expect(DEMO_CLIP_ORDER).toEqual([DEMO_PAGES.provider, DEMO_PAGES.directory, DEMO_PAGES.secondProvider]);
});

test.each(DEMO_CLIP_ORDER)("%s is a bundled fixture page", (page) => {
  expect(existsSync(resolve(FIXTURE_PAGES, page))).toBe(true);
});

test("demoPageUrls joins pages onto the server origin", () => {
  expect(demoPageUrls("http://localhost:8080", ["provider-brightbooks.html", "g2.html"])).toEqual([
    "http://localhost:8080/provider-brightbooks.html",
    "http://localhost:8080/g2.html",
  ]);
});
