// The rule registry: every rule folder, by id, in catalogue order. A test checks that each
// folder is listed here and that its folder name equals its id.
import noAllCaps from './no-all-caps/index.ts';
import noExcessivePunctuation from './no-excessive-punctuation/index.ts';
import requireGreeting from './require-greeting/index.ts';
import requireSignOff from './require-sign-off/index.ts';
import noBlame from './no-blame/index.ts';
import preferWe from './prefer-we/index.ts';
import noEvasive from './no-evasive/index.ts';
import noNegativeFraming from './no-negative-framing/index.ts';
import noCondescension from './no-condescension/index.ts';
import noHostility from './no-hostility/index.ts';
import noOverpromise from './no-overpromise/index.ts';
import noSensitiveData from './no-sensitive-data/index.ts';
import noJargon from './no-jargon/index.ts';
import maxSentenceLength from './max-sentence-length/index.ts';

export const allRules = [
  noAllCaps,
  noExcessivePunctuation,
  requireGreeting,
  requireSignOff,
  noBlame,
  preferWe,
  noEvasive,
  noNegativeFraming,
  noCondescension,
  noHostility,
  noOverpromise,
  noSensitiveData,
  noJargon,
  maxSentenceLength,
] as const;
