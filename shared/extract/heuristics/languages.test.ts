import { expect, test } from "vitest";
import { findLanguagesRaw } from "./languages";

test.each([
  ["Our team — we speak English, Spanish and Polish.", ["English", "Spanish", "Polish"]],
  ["Languages: English, German", ["English", "German"]],
  ["Support in English and French, 24/7", ["English", "French"]],
  ["Fluent in Mandarin; available in Japanese", ["Mandarin", "Japanese"]],
  ["English breakfast served daily", []],
  ["We speak plainly.", []],
])("%j", (text, expected) => {
  expect(findLanguagesRaw(text)).toEqual(expected);
});
