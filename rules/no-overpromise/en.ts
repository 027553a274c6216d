import type { NoOverpromiseData } from './index.ts';

// Subjects that fuse with "will"/"is" ("it'll", "it's"): a match must start on a whole written word.
const SUBJECT = '(it|this|that|you|they|he|she|there|everything|everyone)';

// "I promise you won't…": here "you" begins the promised clause, so "promise you" is not the frame.
const CLAUSE = ['will', 'would', 'are', 'can', 'could', 'have', 'should', 'do', 'did', 'get', 'receive', 'need', 'be', 'were', 'may', 'might', 'must', 'wont', 'will not'];

// A problem coming back: "won't ever come back", "will never show up again".
const RECUR1 = '(happen|occur|recur|reappear|resurface|return|appear|repeat)';
const RECUR2 = '(come back|show up|pop up|crop up|turn up|be back|happen again|occur again)';
// Meeting the problem again: "you won't see this again", "you won't run into that error again".
// Not "get" or "receive": "you won't get the newsletter again" is an action support controls.
const MEET = '(see|have|experience|face|encounter|notice|hit|suffer|spot)';
const THING = '(this|that|it|these|those|them)';
const DET = '(this|that|the|these|those|any|such|another)';
const PCT = '(100 %|100 percent|100 per cent|one hundred percent|a hundred percent|hundred percent)';

// Actions the agent controls: promising those is a commitment, not an overpromise.
const OWN = '(call|ring|phone|email|e-mail|write|reply|respond|get back|follow up|update|keep|let|check|look|send|contact|text|message|review|escalate|pass|share|investigate|monitor|personally)';

export const en: NoOverpromiseData = {
  phrases: {
    frame: [
      {
        phrases: [
          'i (can|) (promise|guarantee) (you|)', 'i (can|) personally (promise|guarantee) (you|)', 'i (can|) assure you',
          'i (can|) personally assure you', 'i swear', 'i give you my word', 'you have my word', 'you have our word',
          'i am promising you', 'i (can|will) guarantee', 'i (can|) 100 % guarantee (you|)',
        ],
        replace: 'I expect',
        notAfter: [`to ${OWN}`, `(that|) (i|we) will ${OWN}`, `(that|) (i|we) will be ${OWN}`, ...CLAUSE],
      },
      {
        phrases: [
          'i (can|) (promise|guarantee) (you|) that', 'i (can|) personally (promise|guarantee) (you|) that',
          'i (can|) assure you that', 'i (can|) personally assure you that', 'i swear that', 'i give you my word that',
          'you have my word that', 'you have our word that', 'i (can|will) guarantee that',
          'i am (absolutely|completely|totally|100 %|one hundred percent|100 percent) (sure|certain|positive) (that|)',
          'i know for (sure|a fact|certain) (that|)',
          'i (can|) give you (a|my|) (100 %|cast iron|firm|personal|full|) guarantee (that|)',
          '(i|we) can (100 %|absolutely|definitely|fully) (confirm|promise|guarantee) (that|)',
          `i (can|) (promise|guarantee|swear) (you|) ${PCT} (that|)`, `i (can|) assure you ${PCT} (that|)`,
          `i (can|) ${PCT} (promise|guarantee|assure) (you|) (that|)`, `i (can|) (promise|guarantee|assure) you (that|) ${PCT}`,
        ],
        replace: 'I expect that',
        notAfter: [`(i|we) will ${OWN}`, `(i|we) will be ${OWN}`],
      },
      {
        phrases: [
          'we (can|) (promise|guarantee) (you|)', 'we (can|) personally (promise|guarantee) (you|)', 'we (can|) assure you',
          'we swear', 'we give you our word', 'we (can|will) guarantee', 'we (can|) 100 % guarantee (you|)',
        ],
        replace: 'we expect',
        notAfter: [`to ${OWN}`, `(that|) (i|we) will ${OWN}`, `(that|) (i|we) will be ${OWN}`, ...CLAUSE],
      },
      {
        phrases: [
          'we (can|) (promise|guarantee) (you|) that', 'we (can|) assure you that', 'we give you our word that',
          'we are (absolutely|completely|totally|100 %|one hundred percent|100 percent) (sure|certain|positive) (that|)',
          'we know for (sure|a fact|certain) (that|)',
          `we (can|) (promise|guarantee|swear) (you|) ${PCT} (that|)`, `we (can|) assure you ${PCT} (that|)`,
          `we (can|) ${PCT} (promise|guarantee|assure) (you|) (that|)`,
        ],
        replace: 'we expect that',
        notAfter: [`(i|we) will ${OWN}`, `(i|we) will be ${OWN}`],
      },
    ],
    softFrame: [
      {
        phrases: ['rest assured', '(please|) be assured', '(do not|never) worry', 'no need to worry', 'you can count on (it|that)', 'i am (sure|certain|positive)', 'we are (sure|certain|positive)', 'let me assure you', '(i|we) (want|would like|wanted|just want) to assure you', 'trust me', 'take my word for it', 'believe me'],
        replace: 'I expect',
      },
      {
        phrases: ['rest assured that', '(please|) be assured that', 'let me assure you that', '(i|we) (want|would like|wanted|just want) to assure you that', 'i am (sure|certain|positive) that', 'i can tell you for (sure|certain) that'],
        replace: 'I expect that',
      },
    ],
    claim: [
      {
        phrases: [
          'guaranteed', '(100 %|100 percent|100 per cent|one hundred percent|a hundred percent|hundred percent|absolutely|fully|totally|completely|definitely) guaranteed',
          'guaranteed 100 %', 'absolutely guaranteed',
        ],
        replace: 'expected',
        notBefore: ['a', 'an', 'money back', 'satisfaction', 'price', 'refund', 'lowest price', 'best price', 'price match', 'if'],
        notAfter: [
          'for * (year|years|month|months|days)', 'for (life|a lifetime|the lifetime)', 'against', 'by (the|our|your) (warranty|manufacturer|law)',
          'by law', 'under', 'as part of', 'until', 'through', 'up to', 'by (our|the) (policy|terms)', 'minimum', 'income', 'delivery slot',
        ],
      },
      { phrases: ['guarantee (that)'], replace: 'help ensure that', notBefore: ['a', 'any', 'no', 'our', 'the', 'money back', 'satisfaction', 'price', 'refund', 'price match', 'this'] },
      { phrases: ['guarantee you'], replace: 'help get you', notBefore: ['a', 'any', 'no', 'our', 'the', 'money back', 'satisfaction', 'price', 'refund', 'price match', 'i', 'we', 'i can', 'we can'] },
      { phrases: ['definitely be (fixed|resolved|sorted|solved|repaired|refunded|delivered|working|ready)'], replace: 'likely be {-1}' },
      { phrases: ['guarantee (it|this)'], replace: 'help ensure {-1}', notBefore: ['a', 'any', 'no', 'our', 'the', 'money back', 'satisfaction', 'price', 'refund', 'price match'] },
      { phrases: ['guarantees that'], replace: 'should help ensure that', notBefore: ['warranty', 'policy', 'law', 'guarantee', 'contract', 'plan', 'cover', 'coverage', 'insurance'] },
      {
        phrases: ['(100 %|100 percent|100 per cent|one hundred percent|a hundred percent|hundred percent) (sure|certain|positive|confident)'],
        replace: 'confident',
        notBefore: ['you', 'are you', 'if you'],
      },
      {
        phrases: [
          '(100 %|100 percent|100 per cent|one hundred percent|a hundred percent) (fixed|resolved|solved|sorted|working|reliable|safe|secure|accurate|effective|successful|stable|error free)',
        ],
        replace: '{-1}',
        notBefore: ['you', 'if'],
      },
      { phrases: ['without (a|any) doubt (it|this|that|your|the) will'], replace: '{3} should' },
      { phrases: ['permanently (fixed|resolved|solved|sorted)'], replace: '{-1}' },
      { phrases: ['no doubt (it|this|that|your|the) will'], replace: '{2} should' },
    ],
    never: [
      { phrases: ['will never * again', 'will never ever * again', 'is never going to * again', 'are never going to * again'], replace: 'should never {-2} again', notBefore: ['i', 'we'] },
      { phrases: [`${SUBJECT} will never * again`, `${SUBJECT} will never ever * again`, `${SUBJECT} (is|are) never going to * again`], replace: '{0-} should never {-2} again' },
      { phrases: [`${SUBJECT} will never * * again`], replace: '{0-} should never {-3} {-2} again' },
      { phrases: [`${SUBJECT} will never (have|need) to * again`], replace: '{0-} should not {-4} {-3} {-2} again' },
      { phrases: [`${SUBJECT} will never (have|need) to * * again`], replace: '{0-} should not {-5} {-4} {-3} {-2} again' },
      { phrases: [`${SUBJECT} will never (happen|occur)`], replace: '{0-} should never {-1}', notAfter: ['again', 'ever again', 'to', 'if', 'unless', 'when', 'while', 'as'] },
      { phrases: ['will never (have|need) to * again'], replace: 'should not {-4} {-3} {-2} again', notBefore: ['i', 'we'] },
      { phrases: ['will never (have|need) to * * again'], replace: 'should not {-5} {-4} {-3} {-2} again', notBefore: ['i', 'we'] },
      { phrases: ['nothing like (this|that) ever happens again'], replace: '{2} does not happen again' },
      { phrases: ['nothing like (this|that) will ever happen again'], replace: '{2} should not happen again' },
      { phrases: ['will never * * again'], replace: 'should never {-3} {-2} again', notBefore: ['i', 'we'] },
      { phrases: ['will not * again', 'will not ever * again', 'is not going to * again'], replace: 'should not {-2} again', notBefore: ['i', 'we'] },
      { phrases: ['will never (happen|occur)'], replace: 'should never {-1}', notBefore: ['i', 'we'], notAfter: ['again', 'ever again', 'to', 'if', 'unless', 'when', 'while', 'as'] },
      {
        phrases: ['will (not|never) (have|experience|face|see|get|hit) (this|that|the|any|these|those|such) (problem|problems|issue|issues|error|errors|trouble|delay|delays|fault) again'],
        replace: 'should not {-4} {-3} {-2} again',
      },
      { phrases: ['will never be (a|an) (problem|issue) again', 'will not be (a|an) (problem|issue) again'], replace: 'should not be {-3} {-2} again' },
      { phrases: ['wont (happen|occur) again'], replace: 'should not {-2} again', notBefore: ['i', 'we'] },
      // "won't ever come back", "will not come back again", "it'll never show up again".
      { phrases: [`will not ever ${RECUR2} (again|anymore)`, `will not ${RECUR2} (again|anymore)`], replace: 'should not {-3~}', notBefore: ['i', 'we'] },
      { phrases: [`will not ever ${RECUR2}`], replace: 'should not {-2~}', notBefore: ['i', 'we'], notAfter: ['again', 'anymore', 'to', 'if', 'unless', 'when', 'while', 'as', 'on', 'in'] },
      { phrases: [`will not ever ${RECUR1}`], replace: 'should not {-1}', notBefore: ['i', 'we'], notAfter: ['again', 'anymore', 'to', 'the', 'your', 'a', 'it', 'them', 'if', 'unless', 'when', 'while', 'as', 'on', 'in'] },
      { phrases: [`will not ${RECUR1} anymore`], replace: 'should not {-2~}', notBefore: ['i', 'we'] },
      { phrases: [`${SUBJECT} will never ${RECUR2}`], replace: '{0-} should never {-2~}', notAfter: ['again', 'to', 'if', 'unless', 'when', 'while', 'as', 'on', 'in'] },
      { phrases: [`will never ${RECUR2}`], replace: 'should never {-2~}', notBefore: ['i', 'we'], notAfter: ['again', 'to', 'if', 'unless', 'when', 'while', 'as', 'on', 'in'] },
      { phrases: [`${SUBJECT} will never (recur|reappear|resurface)`], replace: '{0-} should never {-1}', notAfter: ['again'] },
      { phrases: ['will never (recur|reappear|resurface)'], replace: 'should never {-1}', notBefore: ['i', 'we'], notAfter: ['again'] },
      // "you won't see this again", "you'll never run into that error again".
      { phrases: [`will (not|never) (ever|) ${MEET} ${THING} (again|anymore)`], replace: 'should not {-3~}', notBefore: ['i', 'we'] },
      { phrases: [`will (not|never) (ever|) run into ${THING} (again|anymore)`], replace: 'should not {-4~}', notBefore: ['i', 'we'] },
      { phrases: [`will (not|never) (ever|) ${MEET} ${DET} * (again|anymore)`], replace: 'should not {-4~}', notBefore: ['i', 'we'] },
      { phrases: [`will (not|never) (ever|) ${MEET} ${DET} * * (again|anymore)`, `will (not|never) (ever|) ${MEET} the same * (again|anymore)`], replace: 'should not {-5~}', notBefore: ['i', 'we'] },
      { phrases: [`will (not|never) (ever|) run into ${DET} * (again|anymore)`], replace: 'should not run into {-3~}', notBefore: ['i', 'we'] },
      // The subject fused with "will" ("you'll never see …") must stay in the rewrite.
      { phrases: [`${SUBJECT} will (not|never) (ever|) ${MEET} ${THING} (again|anymore)`], replace: '{0-} should not {-3~}' },
      { phrases: [`${SUBJECT} will (not|never) (ever|) run into ${THING} (again|anymore)`], replace: '{0-} should not {-4~}' },
      { phrases: [`${SUBJECT} will (not|never) (ever|) ${MEET} ${DET} * (again|anymore)`], replace: '{0-} should not {-4~}' },
      { phrases: [`${SUBJECT} will (not|never) (ever|) ${MEET} ${DET} * * (again|anymore)`, `${SUBJECT} will (not|never) (ever|) ${MEET} the same * (again|anymore)`], replace: '{0-} should not {-5~}' },
      { phrases: [`${SUBJECT} will (not|never) (ever|) run into ${DET} * (again|anymore)`], replace: '{0-} should not run into {-3~}' },
      { phrases: ['never happens again'], replace: 'does not happen again' },
      { phrases: ['never occurs again'], replace: 'does not occur again' },
      { phrases: ['never (happen|occur) again'], replace: 'not {-2} again', notBefore: ['will', 'is going to'] },
      { phrases: ['never again', 'never ever again'], replace: 'hopefully never again' },
    ],
    certain: [
      { phrases: ['will (definitely|certainly|surely|absolutely|100 %|undoubtedly)', '(definitely|certainly|surely) will'], replace: 'should' },
      { phrases: [`${SUBJECT} will (definitely|certainly|surely|absolutely|100 %|undoubtedly)`, `${SUBJECT} (definitely|certainly|surely) will`], replace: '{0-} should' },
      { phrases: ['(it|this|that|there|everything|he|she) is (definitely|certainly|surely|absolutely|100 %) going to'], replace: '{0-} is likely to' },
      { phrases: ['(you|they) are (definitely|certainly|surely|absolutely|100 %) going to'], replace: '{0-} are likely to' },
      { phrases: ['(is|are) (definitely|certainly|surely|absolutely|100 %) going to'], replace: '{0} likely to' },
      { phrases: ['(definitely|certainly) (is|are) going to'], replace: '{1} likely to' },
      { phrases: ['for (sure|certain)', 'without fail', 'no matter what', 'no doubt', 'without (a|any) doubt', 'no question'], replace: '' },
    ],
    alone: [
      { phrases: ['promise', 'promised', 'pinky promise', 'that is a promise', 'you can count on (it|that)', 'guaranteed'], replace: 'I will keep you updated' },
    ],
  },
  negators: ['not', 'no', 'never', 'nobody', 'nor', 'unable', 'cannot', 'nothing', 'neither'],
  hedges: ['hope', 'hopefully', 'hoping', 'try', 'trying', 'best', 'aim', 'aiming', 'ideally', 'if', 'unless', 'whether', 'working', 'everything', 'expect', 'should'],
  firstPerson: ['i', 'we'],
  controllable: [
    'call', 'ring', 'phone', 'email', 'e mail', 'write', 'reply', 'respond', 'get back', 'follow up', 'update', 'keep',
    'let', 'check', 'look', 'send', 'contact', 'text', 'message', 'review', 'escalate', 'pass', 'share', 'investigate',
    'monitor', 'help', 'do', 'be in touch', 'be here', 'be happy', 'reach out', 'take a look', 'consider', 'note',
  ],
  outcome: [
    'fixed', 'resolved', 'solved', 'sorted', 'repaired', 'restored', 'refunded', 'credited', 'reimbursed', 'delivered',
    'arrive', 'arrives', 'never', 'again', 'guaranteed', 'definitely', 'back to normal',
    'faster', 'approved', 'replaced', 'shipped', 'happen', 'charged', 'will work', 'will be working', 'will be ok',
    'will be okay', 'will be ready', 'will be back', 'will be there', 'will be on time', 'will not happen',
  ],
  future: ['will', 'going'],
  standalone: 'I will keep you updated',
  conjunction: '',
};
