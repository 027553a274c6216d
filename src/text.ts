// Word-level normalisation shared by the tokeniser and the phrase compiler, so that a phrase
// in rule data and a word in a draft are reduced to the same form.

const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /[\u2019\u2018\u02BC\u00B4`\u2032]/g;

/**
 * Lower case, straight apostrophes, no diacritics. Stripping marks after NFD folds
 * Romanian comma-below (ș ț), the old cedilla letters (ş ţ) and typed-without-diacritics
 * forms onto one spelling, and likewise accented and unaccented Spanish.
 */
export function foldWord(word: string): string {
  // Most words are plain ASCII: fold those without regexes, and without a copy when they are
  // already lower case (the common case), since this runs for every word of every draft.
  let upper = false;
  let ascii = true;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80 || code === 0x60) {
      ascii = false;
      break;
    }
    if (code >= 0x41 && code <= 0x5a) upper = true;
  }
  if (ascii) return upper ? word.toLowerCase() : word;
  let folded = word.toLowerCase();
  if (/[^\x00-\x7f]/.test(folded)) folded = folded.normalize('NFD').replace(COMBINING_MARKS, '');
  if (folded.includes('\u2019') || /[\u2018\u02BC\u00B4`\u2032]/.test(folded)) {
    folded = folded.replace(APOSTROPHES, "'");
  }
  return folded;
}

/** Apostrophe characters that may sit inside a word ("don't", "don’t"). */
export function isApostrophe(ch: string): boolean {
  return ch === "'" || ch === '\u2019' || ch === '\u2018' || ch === '\u02BC';
}

/**
 * English contractions, and their apostrophe-less typings, expanded to the long form so that
 * one phrase ("do not") matches "don't", "don’t", "dont" and "do not". Only words that are
 * unambiguous without an apostrophe appear in their bare form ("its", "well", "were" do not).
 */
const CONTRACTIONS: ReadonlyMap<string, string[]> = new Map(Object.entries({
  "can't": ['can', 'not'], cant: ['can', 'not'], cannot: ['can', 'not'],
  "won't": ['will', 'not'], "shan't": ['shall', 'not'], "ain't": ['is', 'not'],
  dont: ['do', 'not'], doesnt: ['does', 'not'], didnt: ['did', 'not'],
  isnt: ['is', 'not'], arent: ['are', 'not'], wasnt: ['was', 'not'], werent: ['were', 'not'],
  havent: ['have', 'not'], hasnt: ['has', 'not'], hadnt: ['had', 'not'],
  wouldnt: ['would', 'not'], shouldnt: ['should', 'not'], couldnt: ['could', 'not'],
  mustnt: ['must', 'not'], neednt: ['need', 'not'],
  "let's": ['let', 'us'], lets: ['let', 'us'],
  "it's": ['it', 'is'], "that's": ['that', 'is'], thats: ['that', 'is'],
  "there's": ['there', 'is'], theres: ['there', 'is'], "here's": ['here', 'is'],
  "what's": ['what', 'is'], whats: ['what', 'is'], "who's": ['who', 'is'],
  "he's": ['he', 'is'], "she's": ['she', 'is'],
  im: ['i', 'am'], ive: ['i', 'have'], youve: ['you', 'have'], youll: ['you', 'will'],
  youre: ['you', 'are'], youd: ['you', 'would'], weve: ['we', 'have'], theyre: ['they', 'are'],
  theyve: ['they', 'have'], shouldve: ['should', 'have'], wouldve: ['would', 'have'],
  couldve: ['could', 'have'], mustve: ['must', 'have'],
}));

const SUFFIXES: Array<[string, string]> = [
  ["n't", 'not'], ["'ve", 'have'], ["'ll", 'will'], ["'re", 'are'], ["'m", 'am'], ["'d", 'would'],
];

/** The folded words one written word stands for (usually itself). */
export function expandWord(folded: string): string[] {
  const known = CONTRACTIONS.get(folded);
  if (known) return known;
  if (!folded.includes("'")) return [folded];
  for (const [suffix, long] of SUFFIXES) {
    if (folded.endsWith(suffix) && folded.length > suffix.length) {
      return [folded.slice(0, -suffix.length), long];
    }
  }
  return [folded];
}

/** Whether `expandWord(folded)` is just `[folded]` (true of most words), without building it. */
export function standsForItself(folded: string): boolean {
  return !folded.includes("'") && !CONTRACTIONS.has(folded);
}

export function isLetter(ch: string): boolean {
  return /\p{L}/u.test(ch);
}

export function isUpperWord(word: string): boolean {
  return word !== word.toLowerCase() && word === word.toUpperCase();
}

/** First letter upper case, the rest untouched. */
export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}
