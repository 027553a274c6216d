import type { MaxSentenceLengthData } from './index.ts';

export const en: MaxSentenceLengthData = {
  dropJoiners: ['and'],
  keepJoiners: ['but', 'so', 'however', 'otherwise', 'then', 'also', 'meanwhile'],
  clauseStarts: [
    'we', 'you', 'i', 'it', 'they', 'this', 'that', 'there', 'he', 'she', 'our', 'your', 'please', 'once', 'if',
    'let', "let's", "we'll", "we're", "we've", "you'll", "you're", "i'll", "i've", "i'm", "it's", "that's",
    "there's", 'here', 'in', 'after', 'before', 'when',
  ],
  subjects: [
    'we', 'i', 'they', 'he', 'she', "we'll", "we're", "we've", "we'd", "you'll", "you're", "you've",
    "i'll", "i've", "i'm", "i'd", "they'll", "they're",
  ],
  subordinators: [
    'if', 'when', 'once', 'as', 'although', 'though', 'because', 'since', 'after', 'before', 'while', 'until',
    'unless', 'whether', 'whenever', 'where', 'in', 'for', 'to', 'with', 'without', 'during', 'given', 'due',
  ],
};
