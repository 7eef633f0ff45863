import { defineConfig } from "vitest/config";

// Unit tests sit beside the code they test; tests/ holds what crosses parts (e2e, workbook engines).
export default defineConfig({
  test: {
    include: [
      "shared/**/*.test.ts",
      "xlsx/**/*.test.ts",
      "extension/**/*.test.{ts,tsx}",
      "excel-addin/**/*.test.{ts,tsx}",
      "tests/**/*.test.ts",
    ],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 180_000,
    fileParallelism: true,
    coverage: {
      provider: "v8",
      include: ["shared/**/*.ts"],
      exclude: ["shared/**/*.test.ts", "shared/**/fixtures/**"],
      reporter: ["text-summary", "text"],
      thresholds: { lines: 90 },
    },
  },
});
