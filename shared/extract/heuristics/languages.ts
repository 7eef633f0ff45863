/**
 * Finds the languages a provider says it works in, only from phrases that say so; a language name alone is
 * not enough.
 */
const LANGUAGES = [
  "English",
  "Spanish",
  "French",
  "German",
  "Italian",
  "Portuguese",
  "Dutch",
  "Polish",
  "Swedish",
  "Danish",
  "Norwegian",
  "Finnish",
  "Russian",
  "Ukrainian",
  "Arabic",
  "Hebrew",
  "Turkish",
  "Hindi",
  "Urdu",
  "Bengali",
  "Tamil",
  "Marathi",
  "Mandarin",
  "Cantonese",
  "Chinese",
  "Japanese",
  "Korean",
  "Vietnamese",
  "Thai",
  "Indonesian",
  "Malay",
  "Tagalog",
  "Filipino",
  "Greek",
  "Czech",
  "Romanian",
  "Hungarian",
  "Welsh",
  "Irish",
  "Catalan",
  "Afrikaans",
  "Swahili",
];
const LANGUAGE_LIST = new RegExp(`\\b(?:${LANGUAGES.join("|")})\\b`, "g");
const TRIGGER =
  /\b(?:we speak|speak(?:s|ing)?|languages?(?: spoken| supported)?\s*[:-]|support(?:ed)? in|available in|fluent in|multilingual[^.]{0,20}?in)\s*([^.;\n]{0,160})/gi;

/**
 * Languages a provider says it works in, from phrases like "we speak English, Spanish and French"
 * or "Languages: English, German". A language name alone in text is not enough.
 *
 * @example
 * findLanguagesRaw("Our team — we speak English, Spanish and Polish.") //=> ["English", "Spanish", "Polish"]
 * findLanguagesRaw("English breakfast") //=> []
 */
export function findLanguagesRaw(text: string): string[] {
  const found: string[] = [];
  for (const trigger of text.matchAll(TRIGGER)) {
    for (const language of (trigger[1] ?? "").matchAll(LANGUAGE_LIST)) {
      if (!found.includes(language[0])) found.push(language[0]);
    }
    if (found.length >= 30) break;
  }
  return found;
}
