import { COMMON_ACRONYMS } from './common.ts';
import type { NoAllCapsData } from './index.ts';

export const en: NoAllCapsData = {
  acronyms: [
    ...COMMON_ACRONYMS,
    'AKA', 'BTW', 'DIY', 'FWIW', 'IMO', 'IMHO', 'IOU', 'LOL', 'OMG', 'TIA', 'TLDR', 'OOO', 'WFH', 'EOD', 'COB',
    'NHS', 'DMV', 'IRS', 'HMRC', 'DVLA', 'SSN', 'EIN', 'APR', 'ZIP', 'RV', 'SUV', 'ATV', 'GPA', 'MBA', 'PHD',
  ],
  shoutWords: [
    'no', 'not', 'now', 'do', 'don\'t', 'dont', 'does', 'did', 'didn\'t', 'stop', 'read', 'all', 'only', 'must',
    'you', 'why', 'wait', 'ever', 'any', 'need', 'have', 'will', 'won\'t', 'can\'t', 'isn\'t', 'very', 'this',
    'keep', 'once', 'each', 'both', 'nor', 'every', 'again', 'last', 'just', 'call', 'send', 'turn', 'make', 'take',
    'give', 'look', 'hold', 'tell', 'push', 'sure', 'soon', 'even', 'much', 'most', 'more', 'less', 'same', 'your',
    'they', 'them', 'been', 'done', 'what', 'that', 'here', 'they\'re', 'you\'re', 'i\'m', 'we\'re', 'off', 'on',
    'void', 'free', 'fast', 'late', 'full', 'safe', 'easy', 'hard', 'away', 'also', 'real', 'over', 'stay', 'sign',
  ],
  shortWords: [
    'the', 'and', 'for', 'you', 'are', 'not', 'no', 'do', 'is', 'to', 'of', 'in', 'on', 'at', 'be', 'by', 'we',
    'if', 'my', 'our', 'has', 'had', 'was', 'all', 'can', 'get', 'now', 'off', 'out', 'see', 'too', 'any', 'why',
    'how', 'who', 'yes', 'so', 'up', 'am', 'an', 'as', 'his', 'her', 'she', 'he', 'its', 'it', 'us', 'me', 'or',
    'per', 'via', 'own', 'new', 'old', 'one', 'two', 'may', 'let', 'way', 'day', 'put', 'set', 'try', 'use',
    'did', 'got', 'yet', 'nor', 'but', 'ask', 'pay', 'buy', 'due', 'end', 'fix', 'run', 'box', 'act', 'add',
    'i\'m', 'i\'ll', 'i\'d', 'i\'ve', 'we\'re', 'it\'s', 'you\'re', 'pls', 'plz', 'thx', 'ppl',
  ],
  // Frequent ordinary words that carry the stress of a sentence: one in capitals inside lower-case
  // prose shouts ("the label MUST be"). Not here: articles, prepositions and conjunctions (alone in
  // capitals they are codes or search operators: "AND", "OR", "WHO"), and words that double as
  // keywords or captions (yes, no, ok, stop, help, on, off, next, done).
  functionWords: [
    // modals and auxiliaries
    'must', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'do', 'does', 'did', 'is', 'are',
    'was', 'were', 'be', 'been', 'has', 'have', 'had', 'need', 'needs',
    'don\'t', 'dont', 'doesn\'t', 'didn\'t', 'won\'t', 'can\'t', 'cannot', 'isn\'t', 'aren\'t', 'wasn\'t',
    'weren\'t', 'hasn\'t', 'haven\'t', 'hadn\'t', 'wouldn\'t', 'shouldn\'t', 'couldn\'t', 'mustn\'t',
    // negations and adverbs of degree, time and focus
    'not', 'never', 'nor', 'none', 'only', 'just', 'very', 'ever', 'even', 'still', 'also', 'too', 'so', 'such',
    'now', 'then', 'soon', 'once', 'again', 'always', 'already', 'yet', 'here', 'really', 'truly', 'much',
    'more', 'most', 'less', 'least', 'quite', 'today', 'unless', 'until', 'without',
    // quantifiers
    'all', 'any', 'each', 'every', 'both', 'some', 'many', 'few', 'nothing', 'anything', 'everything',
    // pronouns and demonstratives under stress
    'you', 'your', 'yours', 'you\'re', 'we', 'our', 'they', 'them', 'this', 'that', 'these', 'those', 'what',
    'why', 'how',
  ],
  letterWords: ['I', 'A'],
  hyphenPieces: ['e'],
  properCase: [
    'I', "I'm", "I'll", "I'd", "I've", 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
    'Sunday', 'January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October',
    'November', 'December', 'English',
  ],
  phrases: {
    // Team additions (the `add` option) land here: words that shout when written in capitals.
    shout: [],
    codeBefore: [
      {
        phrases: [
          '(booking|order|ticket|case|confirmation|reference|tracking|serial|promo|coupon|discount|voucher|gift|activation|product|licence|license|model|reservation|account|member|membership|customer) (code|number|no|ref|reference|id|key|card|) (is|was|)',
          '(code|codes|ref|pnr|sku|id|username|login|locator|password hint|voucher|coupon) (is|was|)',
          '(use|enter|apply|quote|mention) (the|) code',
        ],
      },
    ],
    nameBefore: [
      {
        phrases: [
          '(mr|mrs|ms|miss|mx|dr|prof|sir|madam|dear|mister|surname|family name|last name|first name|full name|name)',
          '(holder|cardholder|account holder|addressee|recipient|attention|attn|in the name of)',
        ],
      },
    ],
    labelBefore: [
      {
        phrases: [
          '(click|clicking|tap|tapping|press|pressing|hit|select|selecting|choose|choosing|pick|tick|untick) (on|)',
          '(go|going|head|navigate|switch|scroll) (to|down to) (the|)', '(under|open|opening) the',
          '(click|tap|press) (on|) the',
          '(type|typing|enter|text|texting|reply|keyword) (with|)',
          '(select|choose|pick|tick|find|open|use) the',
          '(button|tab|option|menu|link|key|field|icon|setting|toggle|section|folder|file|command|keyword|label|screen|page|status|model|version|edition|brand|size|colour|color|light|led|indicator|port|socket|slot|switch|plan|tier)',
          '(labelled|labeled|called|named|marked|says|reads|titled|entitled|shows)',
          '(button|tab|option|menu|link|setting) (called|named|labelled|labeled|marked)',
        ],
      },
    ],
    labelAfter: [
      {
        phrases: [
          '(button|buttons|tab|tabs|option|options|menu|link|key|keys|field|icon|box|checkbox|setting|settings|toggle|switch)',
          '(light|lights|led|leds|indicator|lamp|port|socket|slot|cable|sticker)',
          '(screen|page|section|file|files|folder|command|keyword|label|status|mode|app|application|plan|tier|edition|package|card|feature|tool|program|programme|membership|subscription)',
        ],
      },
    ],
  },
};
