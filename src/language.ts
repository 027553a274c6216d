// Language detection for en / es / ro from the agent's own words. With three languages that
// share almost no function words, counting frequent function words (folded, so diacritics-less
// Romanian and unaccented Spanish count too) is more reliable on short drafts than a general
// trigram detector, costs nothing at start-up and is easy to test.
import type { Draft } from './draft.ts';
import type { Lang } from './types.ts';

const FUNCTION_WORDS: Record<Lang, readonly string[]> = {
  en: [
    'the', 'and', 'you', 'your', 'to', 'of', 'is', 'it', 'for', 'we', 'our', 'this', 'that', 'with',
    'have', 'be', 'are', 'on', 'in', 'can', 'will', 'not', 'please', 'thanks', 'thank', 'hi', 'hello',
    'regards', 'if', 'or', 'at', 'from', 'my', 'i', 'as', 'by', 'an', 'was', 'has', 'would', 'let', 'me',
  ],
  es: [
    'el', 'la', 'los', 'las', 'de', 'que', 'y', 'en', 'un', 'una', 'es', 'por', 'para', 'con', 'su',
    'sus', 'le', 'lo', 'se', 'no', 'del', 'al', 'usted', 'nos', 'hola', 'gracias', 'saludos', 'muy',
    'pero', 'como', 'esta', 'este', 'hemos', 'puede', 'podemos', 'si', 'mas', 'cuando', 'ya', 'hay',
    'estimado', 'estimada', 'atentamente', 'cordial', 'tiene', 'ha', 'sobre', 'todo',
    'tu', 'te', 'mi', 'nuestro', 'nuestra', 'algun', 'alguna', 'cual', 'desde', 'tambien',
    'puedes', 'podria', 'podrias', 'recibe', 'respondido', 'enviado', 'recomendamos', 'este',
  ],
  ro: [
    'si', 'sa', 'nu', 'de', 'la', 'cu', 'pe', 'in', 'este', 'e', 'o', 'un', 'ca', 'care', 'va', 'ne',
    'dumneavoastra', 'pentru', 'din', 'mai', 'am', 'ati', 'multumim', 'multumesc', 'buna', 'ziua',
    'putem', 'daca', 'sunt', 'fost', 'acest', 'aceasta', 'cum', 'ce', 'stima', 'toate', 'bine',
    'asa', 'dupa', 'noi', 'voi', 'tu', 'iti', 'puteti', 'trebuie', 'vom', 'deja', 'te',
  ],
};

/** Letters that only one of the three languages uses. */
const LETTER_HINTS: Array<[RegExp, Lang]> = [
  [/[ñ¿¡]/g, 'es'],
  // Acute accents are Spanish here (Romanian has none; English only in loanwords).
  [/[áéíóú]/gi, 'es'],
  [/[ăâîșşțţ]/gi, 'ro'],
];

const LOOKUP = new Map<string, Lang[]>();
for (const lang of Object.keys(FUNCTION_WORDS) as Lang[]) {
  for (const word of FUNCTION_WORDS[lang]) {
    const langs = LOOKUP.get(word) ?? [];
    if (!langs.includes(lang)) LOOKUP.set(word, [...langs, lang]);
  }
}

export interface Detection {
  language: Lang;
  /** False when the draft was too short or too mixed to tell, and the fallback was used. */
  confident: boolean;
}

/** Fewer function-word hits than this and the draft is too short to tell. */
const MIN_EVIDENCE = 2;

export function detectLanguage(draft: Draft, fallback: Lang): Detection {
  const scores: Record<Lang, number> = { en: 0, es: 0, ro: 0 };
  const limit = Math.min(draft.tokens.length, 400);
  for (let i = 0; i < limit; i++) {
    const langs = LOOKUP.get(draft.tokens[i]!.norm);
    if (!langs) continue;
    // A word shared by two languages ("de", "la", "no") is weaker evidence for each.
    for (const lang of langs) scores[lang] += 1 / langs.length;
  }
  const sample = draft.text.slice(0, 20000);
  for (const [pattern, lang] of LETTER_HINTS) scores[lang] += Math.min((sample.match(pattern) ?? []).length, 10) * 0.5;

  const ranked = (Object.keys(scores) as Lang[]).sort((a, b) => scores[b] - scores[a]);
  const best = ranked[0]!;
  const second = ranked[1]!;
  // Short drafts carry little evidence: then it must be one-sided to count.
  const margin = scores[best] < 4 ? 2 : 1.5;
  if (scores[best] < MIN_EVIDENCE || scores[best] < scores[second] * margin) return { language: fallback, confident: false };
  return { language: best, confident: true };
}
