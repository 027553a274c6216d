import type { RequireSignOffData } from './index.ts';

const DAYS = '(day|days|weekend|week|evening|afternoon|morning|night|holiday|holidays|trip|flight|journey|stay|time|one|summer|christmas|season|break|vacation|move)';
const NICE = '(great|good|nice|lovely|wonderful|fantastic|pleasant|happy|safe|relaxing|restful|brilliant|super|beautiful|fabulous|excellent|productive|terrific|blessed|amazing|awesome|peaceful|smooth|merry)';

export const en: RequireSignOffData = {
  phrases: {
    closing: [
      {
        phrases: [
          '(best|kind|kindest|warm|warmest|warmer|sincere|sincerest|fond|cordial|respectful|friendly|many|my|our) regards',
          '(with|with kind|with best|with warm|with warmest|with kindest|with sincere) regards',
          'regards', 'kind regards to you',
          '(best|warm|warmest|good|kind|all good|all best|all my best|every good|my best|our best) wishes',
          'with (best|warm|warmest|good|kind) wishes',
          'all the best', 'all my best', 'all best', 'best to you', 'best of luck', 'the best of luck',
          'good luck', 'wishing you (well|the best|all the best|a|an)', 'wish you (well|the best|all the best|luck)',
          'sincerely yours', 'yours (sincerely|truly|faithfully|respectfully|cordially|ever|always)', 'very truly yours',
          'take care of yourself', 'take good care', 'talk (soon|to you soon|later)', 'speak (soon|to you soon|later)',
          '(see|catch) you (soon|later|next time|then)', 'until next time', 'till next time', 'bye (for now|now)', 'goodbye',
          'stay (safe|well|warm|healthy)', 'all good things',
          `have a * ${DAYS}`, `have a ${NICE}`, `have (a|an) (excellent|amazing|awesome|enjoyable|easy) *`,
          `enjoy (the rest of |)(your|the) ${DAYS}`, `enjoy your (new|order|purchase|tickets|meal|trip|stay|holiday|holidays|concert|show|flight)`,
          `happy (holidays|new year|christmas|easter|${DAYS.slice(1, -1)})`,
          'with (thanks|gratitude|appreciation|many thanks|best thanks|kind thanks)',
          '(i|we) (look|are looking|will look) forward to (hearing|your|speaking|helping|working|seeing|welcoming|assisting)',
          'looking forward to (hearing|your|speaking|helping|working|seeing|welcoming|assisting)',
          'hope to (hear|speak|see) (from you|you) (soon|again)',
          'at your service', 'at your disposal',
          'speak with you soon', 'chat soon', 'ttyl',
          'god bless', 'safe travels', 'bon voyage', 'have fun', 'enjoy', 'merry christmas', "season's greetings", 'seasons greetings',
          'bon appetit', 'appreciate (it|that|this|your|you)',
        ],
      },
    ],
    closingWord: [
      { phrases: ['best', 'cheers', 'warmly', 'cordially', 'sincerely', 'faithfully', 'respectfully', 'gratefully', 'warmest', 'fondly', 'thx', 'thnx', 'tnx', 'rgds', 'brgds', 'br', 'kr', 'bye', 'xo', 'yours', 'my best', 'take care', 'be well', 'keep well'] },
    ],
    thanks: [
      { phrases: ['thanks', 'thank', 'thanx', 'thankyou', 'thank u'], notAfter: ['to', 'goodness', 'god'] },
      { phrases: ['thanks to (you|all of you|everyone)', 'thank you to'] },
      {
        phrases: [
          '(i|we) (really |truly |sincerely |greatly |very much |)(appreciate|appreciated|value|valued) (your|you|it|all|the|this|that|having)',
          '(much|greatly|really|truly|very much|highly) appreciated', 'appreciate your', 'appreciate you',
          '(grateful|thankful) (for|to)', 'many thanks', 'much obliged', 'with gratitude', 'cheers for',
          `(and|also|again|so) have a (${NICE.slice(1, -1)}|*) ${DAYS}`, `have a ${NICE} ${DAYS}`, `enjoy the rest of your ${DAYS}`,
          `(wish|wishing) you a ${NICE}`, 'all the best with', 'best of luck with', 'good luck with',
          '(we|i) (remain|are|will remain|am|will be) (always |)at your (disposal|service|full disposal)',
          'look forward to (hearing|your|speaking|helping|working|seeing|welcoming|assisting|future|receiving|meeting|serving|having)',
          'looking forward to (hearing|your|speaking|helping|working|seeing|welcoming|assisting|future|receiving|meeting|serving|having)',
          'happy (coding|contributing|hacking|building|testing|shopping|travels|travelling|traveling|listening|reading|gaming|printing|streaming|cooking|baking|gardening|flying|riding|writing|learning|creating|designing|holidays)',
        ],
      },
    ],
    disclaimer: [
      {
        phrases: [
          '(this|the) (e mail|email|message|communication) (and any|and its|including any) (attachments|files)',
          'intended (solely|only|exclusively) for', 'received this (e mail|email|message|communication) in error',
          '(is|are|may be|may contain) (strictly |)(confidential|privileged)', 'confidentiality (notice|note)',
          'before printing this', 'please do not reply to this (e mail|email|message)', 'this is an automated (message|e mail|email|reply)',
        ],
      },
    ],
    postscript: [{ phrases: ['p s', 'ps', 'pps', 'p p s', 'postscript', 'nb', 'n b'] }],
  },
  insert: 'Kind regards,',
};
