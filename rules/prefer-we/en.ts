import type { PreferWeData } from './index.ts';

// Adverbs agents slip between "you" and the modal ("you will then need to", "you just have to").
// "only" is left out on purpose: "you only need to do this once" reassures.
const ADVERB = '(|just|first|then|also|still|now|really|actually|definitely|absolutely|simply|certainly|always|therefore|unfortunately|each|both|all|probably|likely)';
const INVERSION = ['do', 'does', 'did', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'why', 'how'];

export const en: PreferWeData = {
  phrases: {
    command: [
      {
        phrases: [
          `you ${ADVERB} (need|have) to`,
          `you ${ADVERB} must`,
          `you will ${ADVERB} (need|have) to`,
          `you would ${ADVERB} (need|have) to`,
          `you (are|will be) ${ADVERB} (going|gonna) to (need|have) to`,
          'you are gonna (need|have) to',
          'you have (got|gotta) to',
          'you (have gotta|gotta)',
          `you (are|will be|would be) ${ADVERB} (required|obliged|obligated|expected) to`,
          'you (would|had) better',
          'it is (necessary|mandatory|compulsory) for you to',
          // The softened order: "you'll want to make sure you're home" still tells the customer what to do.
          // "you may/might want to" offers an option and stays quiet; so does a bare "make sure you …",
          // an ordinary imperative like "install version 5".
          `you (will|are going to|are gonna) ${ADVERB} want to`,
        ],
        replace: "let's",
        notBefore: INVERSION,
      },
      {
        phrases: ['(it is|it will be) (essential|crucial|vital|imperative|mandatory|compulsory|necessary) (that you|for you to)'],
        replace: "let's",
        // "… that you are at home", "… that you have read": a finite verb, no base form to rewrite around.
        notAfter: ['are', 'were', 'is', 'was', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'do', 'did', 'have been', 'have read', 'have received', 'had'],
      },
    ],
  },
  conditionals: ['sometimes', 'usually', 'often', 'generally', 'normally', 'typically', 'if', 'unless', 'whether', 'whenever', 'when', 'once', 'case', 'should', 'until', 'wherever', 'provided', 'suppose', 'supposing', 'lest'],
  relativeHeads: [
    'all', 'what', 'whatever', 'everything', 'anything', 'nothing', 'something', 'thing', 'things', 'stuff',
    'one', 'ones', 'where', 'who', 'whom', 'whose', 'which', 'how much', 'how many', 'the way', 'than',
    'step', 'steps', 'information', 'details', 'documents', 'forms',
  ],
  relativisers: ['that'],
  complementVerbs: [
    'note', 'noted', 'remember', 'aware', 'means', 'meant', 'mean', 'ensure', 'sure', 'afraid', 'reminder',
    'confirm', 'advise', 'advised', 'is', 'was', 'so', 'think', 'believe', 'fear', 'say', 'recommend', 'suggest',
  ],
  determiners: [
    'the', 'a', 'an', 'any', 'this', 'these', 'those', 'your', 'our', 'their', 'my', 'his', 'her', 'its', 'each',
    'every', 'some', 'no', 'which', 'whichever', 'only', 'other', 'another', 'both', 'either', 'neither', 'few',
    'several', 'many', 'much', 'most', 'first', 'last', 'next',
  ],
  clauseOpeners: [
    'and', 'so', 'then', 'now', 'but', 'also', 'still', 'therefore', 'otherwise', 'however', 'unfortunately',
    'sadly', 'regrettably', 'because', 'since', 'as', 'means', 'mean', 'note', 'please', 'yes', 'ok', 'okay',
    'alright', 'basically', 'essentially', 'simply', 'just', 'first', 'firstly', 'next', 'finally', 'today',
    'tomorrow', 'afterwards', 'after', 'before', 'meanwhile', 'instead', 'again', 'or', 'thus', 'hence', 'here',
    'there', 'think', 'believe', 'guess', 'suppose', 'afraid', 'fear', 'likely', 'probably', 'seems', 'looks',
    'like', 'sure', 'remember', 'that', 'well', 'right', 'correct', 'indeed', 'unfortunately', 'though',
  ],
  transparent: [],
  empathy: [
    'sorry', 'understand', 'understood', 'understandable', 'know', 'knew', 'see', 'saw', 'hear', 'heard',
    'appreciate', 'realise', 'realize', 'realised', 'realized', 'gather', 'sympathise', 'sympathize',
    'frustrating', 'annoying', 'inconvenient', 'shame', 'pity', 'hate', 'unfair', 'apologise', 'apologize',
    'apologies', 'noticed', 'mentioned', 'said', 'says', 'told', 'explained', 'wrote', 'asked', 'feel',
    'felt', 'worried', 'concerned', 'unfortunate', 'regret', 'wish',
  ],
  // A state or eligibility ("you must be 18"), empathy ("you must be tired"), a prohibition ("you
  // must not reuse"), a wait, or something the customer has to put up with.
  notTask: ['be', 'not', 'never', 'lot', 'deal', 'endure', 'suffer', 'experience', 'go', 'put', 'repeat', 'face', 'know', 'understand'],
  notTaskPhrases: ['keep in mind', 'bear in mind', 'note that', 'be aware', 'remember that'],
  presence: [
    'home', 'at home', 'there', 'present', 'available', 'around', 'on site', 'onsite', 'on hand', 'in attendance',
    'at the property', 'at the address', 'at the airport', 'at the counter', 'at the desk', 'at the store', 'at the shop',
    'at the branch', 'at the office', 'in the office', 'at the appointment', 'at your appointment', 'at the meeting',
    'nearby', 'reachable', 'by the phone', 'by your phone', 'near the phone', 'near your phone', 'on the call', 'on time',
  ],
  perfectAuxiliary: ['have'],
  verb: 'any',
  beforeVerb: ['also', 'still', 'first', 'then', 'now', 'just', 'simply', 'definitely', 'really', 'actually', 'always', 'both', 'all', 'each'],
  clitics: [],
  ownAction: ['yourself', 'yourselves', 'your own', 'by yourself', 'on your own', 'personally', 'in person', 'on your side', 'on your end'],
  customerVerbs: [
    'be', 'have', 'provide', 'send', 'give', 'tell', 'let', 'contact', 'call', 'phone', 'ring', 'reply', 'respond', 'email',
    'e', 'message', 'dm', 'pay', 'sign', 'bring', 'visit', 'come', 'show', 'upload', 'attach', 'submit', 'return', 'take',
    'present', 'post', 'mail', 'ship', 'drop', 'pick', 'request', 'apply', 'head', 'speak', 'talk', 'ask',
    'allow', 'purchase', 'buy', 'own', 'get', 'keep', 'proceed', 'visit', 'leave', 'register', 'verify', 'log',
    'sign', 'accept', 'agree', 'authorise', 'authorize', 'approve', 'reach', 'follow', 'read', 'cancel', 'remove',
    'collect', 'fill', 'complete', 'print', 'book', 'arrange', 'bring',
  ],
  towardsUs: ['us', 'me', 'our', 'my'],
  letsAfter: ['and', 'so', 'then', 'now', 'but', 'or', 'first', 'firstly', 'next', 'also', 'however', 'therefore', 'finally', 'ok', 'okay', 'yes', 'alright', 'today', 'tomorrow', 'meanwhile', 'instead', 'afterwards'],
  collaborative: "let's",
  request: "we'll need you to",
};
