/**
 * Guesses the outsourced function a provider offers only on clear evidence, because a wrong function is worse
 * than none.
 */
import type { OutsourcedFunction } from "../../schema";

// English, German, French and Spanish: the languages the real pages come in (issue 17, class 8).
const KEYWORDS: [OutsourcedFunction, RegExp][] = [
  [
    "accounting-payroll",
    /\b(?:bookkeep\w*|payroll|accounting|accountants?|tax returns?|vat returns?|invoic\w+|reconciliation|cpa|steuerberat\w*|steuerkanzlei|buchhaltung|lohnabrechnung|finanzbuchhaltung|comptab\w*|expert-comptable|paie|contabilidad|asesor[íi]a fiscal|n[óo]minas|gestor[íi]a)\b/gi,
  ],
  [
    "it-support",
    /\b(?:managed it|it support|helpdesk|help desk|service desk|msp|cyber ?security|network monitoring|endpoint|patch management|it services|it-service|it-dienstleist\w*|it-systemhaus|systemhaus|infog[ée]rance|support informatique|soporte inform[áa]tico)\b/gi,
  ],
  [
    "hr",
    /\b(?:human resources|hr outsourcing|recruit\w*|onboarding|peo|employee benefits|talent acquisition|personalvermittlung|personaldienstleist\w*|recrutement|recursos humanos)\b/gi,
  ],
  [
    "marketing",
    /\b(?:marketing|seo|ppc|social media|content strategy|branding|advertising|lead generation|werbeagentur|marketingagentur|agence de communication|agence web|agencia de marketing)\b/gi,
  ],
  [
    "customer-service",
    /\b(?:customer service|customer support|call cent(?:er|re)|contact cent(?:er|re)|live chat support|kundenservice|callcenter|service client|atenci[óo]n al cliente)\b/gi,
  ],
  [
    "logistics",
    /\b(?:logistics|fulfil+ment|warehous\w+|freight|3pl|last[- ]mile|logistik|spedition|entrep[ôo]t|log[íi]stica)\b/gi,
  ],
  [
    "software-development",
    /\b(?:software development|web development|app development|devops|web and mobile apps?|softwareentwicklung|webentwicklung|d[ée]veloppement (?:web|logiciel)|desarrollo (?:web|de software))\b/gi,
  ],
  [
    "legal",
    /\b(?:legal services|law firm|solicitors?|attorneys?|lawyers?|contract review|rechtsanw[äa]lt\w*|anw[äa]lt\w*|fachanwalt\w*|avocats?|abogados?|bufete)\b/gi,
  ],
];

/**
 * How densely the body must name a function, per 1,000 words, to count as what the site sells. Measured
 * on the real pages: a provider's own pages name their work 7 to 30 times per 1,000 words (VON DER SEE's
 * design page 29, Audiense's blog 14); the Indie Hackers podcast transcript says "marketing" 13 times in
 * 12,000 words (1 per 1,000) as a topic of conversation, not a service it offers.
 */
const BODY_PER_THOUSAND_WORDS = 3;

function counts(text: string): [OutsourcedFunction, number][] {
  return KEYWORDS.map(
    ([kind, pattern]) => [kind, text.match(pattern)?.length ?? 0] as [OutsourcedFunction, number],
  )
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1]);
}

/**
 * The outsourced function a provider offers, guessed only on clear evidence, because a wrong function
 * is worse than none (issue 17, class 7). Clear means: the page's own name for itself (`identity`:
 * its title, site name, main heading, logo text) names one function more than any other; or, when it
 * names none, the visible text (`body`) names one at least 5 times, 3 times as often as the next, and
 * at least 3 times per 1,000 words (a word running through a long article or transcript is its topic,
 * not the site's service). Otherwise undefined ("unknown").
 *
 * @example
 * guessFunctionRaw("Internationale Steuerberatung | Kanzlei Viehbacher", "") //=> "accounting-payroll"
 * guessFunctionRaw("Scaling NSQ to 750 Billion Messages | Segment", "warehouse ... marketing ...") //=> undefined
 */
export function guessFunctionRaw(identity: string, body = ""): OutsourcedFunction | undefined {
  const named = counts(identity);
  if (named.length > 0) {
    const [first, second] = named;
    return !second || first![1] > second[1] ? first![0] : undefined;
  }
  const [first, second] = counts(body);
  if (!first || first[1] < 5) return undefined;
  if (first[1] * 1000 < BODY_PER_THOUSAND_WORDS * wordCount(body)) return undefined;
  return !second || first[1] >= 3 * second[1] ? first[0] : undefined;
}

function wordCount(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}
