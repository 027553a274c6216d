import type { NoCondescensionData } from './index.ts';

// Who the sentence is about: the agent owning a mistake or naming the customer's feelings
// ("we obviously got this wrong", "you're clearly frustrated") is not talking down.
const SELF_OR_FEELING_AFTER = [
  'we', 'i', 'our', 'us', 'my',
  'not (the|what|how|something|ideal|acceptable|good enough|good|great|fair|right|okay|ok|on)',
  'did not (go|work out)',
  '(very|really|extremely|incredibly|so|quite|deeply|) (frustrat*|disappoint*|upset*|annoy*|inconvenien*|concern*|worr*|stressful|unacceptable|unfair|distressing)',
  'a (disappointment|frustration|concern|worry|mistake on our|failure on our)',
  'you (will|would|are|can|should) (get|receive)', 'you (will|would|are|can|should) be (refunded|compensated|reimbursed|entitled)', 'you are entitled', 'you can (keep|cancel|return|change)',
  'sorry', 'apologi*', 'love', 'enjoy*', 'like', 'know (a thing|your|what you|how to)', 'appreciate*',
  'have (good|great|excellent|fine|impeccable) taste', 'care',
];
const SELF_BEFORE = [
  'we', 'i', 'they', 'he', 'she', 'not', 'our *', 'our * *', 'my *',
  '(we|i|they) (are|am|were|was|have|had|did|should|would|will|could|got|made)',
];

/** Base forms that start an instruction; contact verbs ("just reply", "just give us a call") are left out on purpose. */
const INSTRUCTION_VERBS = [
  'open', 'close', 'click', 'double', 'right', 'tap', 'press', 'hold', 'push', 'hit', 'select', 'choose', 'pick',
  'go', 'navigate', 'scroll', 'type', 'enter', 're', 'paste', 'copy', 'drag', 'restart', 'reboot', 'reset',
  'reinstall', 'install', 'uninstall', 'update', 'upgrade', 'download', 'refresh', 'reload', 'clear', 'delete',
  'remove', 'unplug', 'plug', 'switch', 'turn', 'toggle', 'enable', 'disable', 'log', 'sign', 'run', 'launch',
  'start', 'stop', 'use', 'change', 'set', 'add', 'check', 'read', 'look', 'connect', 'disconnect', 'reconnect',
  'pair', 'unpair', 'charge', 'insert', 'put', 'take', 'swipe', 'try', 'do', 'fill', 'complete', 'print',
  'save', 'upload', 'replace', 'rename', 'move', 'edit', 'search', 'find', 'tick', 'untick', 'uncheck', 'power',
  'empty', 'wipe', 'factory', 'rerun', 'retry', 'redo', 're-enter', 'unlock', 'lock', 'scan', 'point',
  'log-in', 'sync', 'resync', 'flip', 'shut', 'pull', 'unscrew', 'screw', 'attach', 'detach', 'unmute',
  'mute', 'allow', 'accept', 'grant', 'apply', 'activate', 'deactivate', 'configure', 'adjust', 'rotate', 'clean',
  'wait', 'order', 'book', 'cancel', 'request', 'return', 'exchange', 'pay', 'top', 'renew', 'bring', 'drop', 'hover', 'tick',
  // Hands-on steps outside a screen: packing, assembling, cleaning, cooking, fitting.
  'wrap', 'unwrap', 'pack', 'unpack', 'unbox', 'tape', 'seal', 'stick', 'peel', 'fold', 'unfold', 'lift', 'place',
  'lay', 'hang', 'mount', 'fit', 'refit', 'tighten', 'loosen', 'slide', 'snap', 'clip', 'unclip', 'twist', 'shake', 'rinse',
  'wash', 'dry', 'pour', 'soak', 'dust', 'spray', 'measure', 'cut', 'trim', 'glue', 'bolt', 'assemble', 'dismantle',
  'disassemble', 'reassemble', 'stack', 'store', 'rearrange', 'reposition', 'align', 'reseat', 'descale', 'defrost', 'drain',
  'refill', 'reload', 'load', 'unload', 'boil', 'heat', 'reheat', 'cool', 'cover', 'uncover', 'tuck', 'aim', 'angle', 'tilt',
  'reattach', 'replug', 'repair', 'zoom', 'pinch', 'highlight', 'mark', 'unsubscribe', 'subscribe', 'opt', 'reupload',
  'verify', 'swap', 'rotate', 'charge', 'recharge', 'rewind', 'hold', 'squeeze', 'stir', 'mix',
  'sprinkle', 'brush', 'scrub', 'iron', 'steam', 'hoover', 'vacuum', 'sweep', 'mop', 'water', 'feed', 'park', 'drive', 'walk',
];

// "Just reply to this e-mail", "you just need to let us know": inviting contact is friendly, not minimising.
const CONTACT_AFTER = [
  '(need|have|got) to (reply|respond|call|ring|phone|contact|let|send|give|get in touch|confirm|message|dm|email|e mail|tell|ask|drop|pop|write|reach|wait|sit)',
  '(need|have|got) to (make sure|be|have)',
];

export const en: NoCondescensionData = {
  phrases: {
    minimiser: [
      {
        phrases: ['obviously', 'evidently'],
        drop: true,
        notBefore: SELF_BEFORE,
        // "most of them obviously wouldn't make sense" describes things, not the customer.
        notAfter: [
          ...SELF_OR_FEELING_AFTER, '(would|will|could|does|do|did) not (make|work|apply|be needed|be necessary|fit|suit)',
          'damaged', 'faulty', 'broken', 'defective', 'worn', 'torn', 'scratched', 'dented', 'cracked', 'missing', 'incorrect', 'visible', 'marked', 'labelled', 'labeled',
        ],
      },
      {
        phrases: ['clearly'],
        drop: true,
        // A manner adverb ("explained clearly", "clearly visible", "more clearly") describes, it does not judge.
        notBefore: [
          ...SELF_BEFORE,
          '(explain*|stat*|show*|mark*|label*|writ*|wrote|say|said|tell|told|describ*|hear*|see|saw|seen|read|print*|display*|speak*|spoke*|sound*|view*|work*|set|lay|laid|put|communicat*) *',
          'stat*', 'explain*', 'show*', 'see', 'saw', 'seen', 'mark*', 'label*', 'display*', 'writ*', 'wrote',
          'speak*', 'spoke*', 'hear*', 'read', 'print*', 'indicat*', 'describ*', 'defin*', 'specif*', 'set out',
          'communicat*', 'outlin*', 'list*', 'identif*', 'understand', 'think*', 'more', 'very', 'most', 'less',
          'so', 'as', 'quite', 'fairly', 'reasonably', 'how', 'enough', 'sign*', 'highlight*', 'separat*', 'present*',
          'laid out', 'lay out', 'express*', 'say', 'said', 'tell', 'told',
        ],
        notAfter: [
          ...SELF_OR_FEELING_AFTER,
          'visible', 'marked', 'labelled', 'labeled', 'explained', 'stated', 'shown', 'displayed', 'indicated',
          'written', 'printed', 'defined', 'identified', 'legible', 'readable', 'audible', 'signposted',
          'described', 'set out', 'outlined', 'listed', 'specified', 'communicated', 'highlighted', 'separated',
          'distinguish*', 'see', 'understand', 'hear', 'explain', 'state', 'show', 'mark', 'label', 'laid out',
          'presented', 'named', 'titled', 'structured', 'organised', 'organized', 'documented', 'the case',
          'signed', 'stamped', 'engraved', 'etched', 'embossed', 'colour coded', 'color coded', 'numbered', 'tagged', 'flagged', 'noted',
          'posted', 'advertised', 'detailed', 'itemised', 'itemized', 'mentioned', 'illustrated', 'printed on', 'on (the|your) (label|box|receipt|invoice|screen)',
          // "clearly damaged", "clearly wrong" side with the customer about a thing.
          'damaged', 'faulty', 'broken', 'defective', 'worn', 'torn', 'scratched', 'dented', 'cracked', 'missing', 'incorrect', 'a (billing|system|technical|pricing) (error|mistake|issue)',
          'you (have|know|love|enjoy|like|appreciate|care|deserve|mean)', 'you are (a|an|the|one|our)',
        ],
      },
      {
        phrases: ['simply'],
        drop: true,
        exemptAfterRequest: true,
        notInQuestion: true,
        requireBefore: [
          '^', 'you', 'you (can|could|will|would|may|might|should|must|need to|have to|just|only need to)',
          'can', 'just', 'to', 'and', 'then', 'is', 'please',
        ],
        // "simply because", "simply put", "simply not possible", "simply the best" are not instructions.
        notAfter: [
          'because', 'put', 'not', 'no', 'the', 'a', 'an', 'too', 'by', 'that', 'as', 'be', 'cannot', 'can', 'unable',
          'was', 'is', 'are', 'means', 'mean', 'meant', 'indicate*', 'show*', 'signal*', 'tell*', 'reflect*', 'stated', 'said', 'want*', 'to', 'for', 'in', 'on', 'of', 'with', 'so', 'how',
          'what', 'amazing', 'delicious', 'irresistible', 'perfect', 'beautiful', 'stunning', 'awesome', 'brilliant',
          'reply', 'respond', 'call', 'ring', 'contact', 'let us', 'let me', 'dm', 'message', 'email', 'e mail',
          'send us', 'send me', 'get in touch', 'give us', 'drop us', 'reach out', 'ask', 'pop', 'shout', 'tell us',
          'wait', 'sit back', 'must', 'have to try', 'need to try',
        ],
      },
      {
        phrases: ['just'],
        drop: true,
        exemptAfterRequest: true,
        notInQuestion: true,
        requireBefore: [
          '^', 'you', 'you (can|could|will|would|should|must)', 'can', 'and', 'then', 'simply', 'is',
        ],
        requireAfter: ['@verb', 'need to', 'have to', 'got to'],
        // "did you just update", "not just", "just to confirm", "just make sure" are not minimising.
        notBefore: ['(did|have|had|has|if|when) you', 'not', 'you have', 'you had', 'you did', '(sometimes|often|all|then) you'],
        notAfter: [
          ...CONTACT_AFTER, 'make sure', 'in case', 'to', 'wait and see', 'check (in|back) with', 'check on',
          'take (a|one) (moment|second|minute|look)', 'look out for', 'go ahead', 'keep (an|in)', 'check out', 'do not', 'check (with|w)', 'drop (us|me|a line)',
          'click (the|on the|on) (dm|message|private message|send a private message|link below to dm|send)', 'click send a private message',
        ],
      },
      {
        phrases: ['of course', 'naturally', 'needless to say'],
        drop: true,
        requireAfter: ['you (need|have|will need|will have|would need|would have|must|got) to', 'you must'],
        notAfter: ['you must (be|have been|feel)'],
      },
    ],
    belittling: [
      {
        phrases: [
          'as (everyone|everybody|anyone|anybody|we all|any customer|any user|all our customers) (knows|know|can see|is aware|are aware|will know)',
          // "As anyone who orders online knows": the relative clause may run to several words.
          'as (anyone|anybody|everyone|everybody|anyone else|any customer|any user|all of us|most people|those of us) who * (knows|know|will know|would know|is aware|are aware|understands|will understand|has learned|has learnt|soon learns|quickly learns)',
          'as (anyone|anybody|everyone|everybody|anyone else|any customer|any user|all of us|most people|those of us) who * * (knows|know|will know|would know|is aware|are aware|understands|will understand|has learned|has learnt|soon learns|quickly learns)',
          'as (anyone|anybody|everyone|everybody|anyone else|any customer|any user|all of us|most people|those of us) who * * * (knows|know|will know|would know|is aware|are aware|understands|will understand|has learned|has learnt|soon learns|quickly learns)',
          'as (anyone|anybody|everyone|everybody|anyone else|any customer|any user|all of us|most people|those of us) who * * * * (knows|know|will know|would know|is aware|are aware|understands|will understand|has learned|has learnt|soon learns|quickly learns)',
          'as (anyone|anybody|everyone|everybody|anyone else|any customer|any user|all of us|most people|those of us) who * * * * * (knows|know|will know|would know|is aware|are aware|understands|will understand|has learned|has learnt|soon learns|quickly learns)',
          'as (anyone|anybody|everyone|everybody|anyone else|any customer|any user|all of us|most people|those of us) who * * * * * * (knows|know|will know|would know|is aware|are aware|understands|will understand|has learned|has learnt|soon learns|quickly learns)',
          'as (anyone|anybody|everyone|everybody|anyone else|any customer|any user|all of us|most people|those of us) who * * * * * * * (knows|know|will know|would know|is aware|are aware|understands|will understand|has learned|has learnt|soon learns|quickly learns)',
          'as any * (knows|know|will know|would know|is aware|are aware|understands|will understand|has learned|has learnt|soon learns|quickly learns)',
          'as any * * (knows|know|will know|would know|is aware|are aware|understands|will understand|has learned|has learnt|soon learns|quickly learns)',
          'as is common knowledge',
          'as any (child|beginner|novice) (knows|can see|would know)',
          'as you (should|must|surely|ought to|will surely|should already|must already) (know|be aware|have seen|understand|realise|realize|remember)',
          'as you (should|must) know by now',
          'as (i am|i\'m) (sure|certain) you (know|are aware|understand|realise|realize|will know|have seen)',
          '(everyone|everybody|anyone|anybody) knows that',
          'it is common knowledge that',
          'surely you (know|understand|realise|realize|are aware|can see|must know|must realise|must realize) that',
          '(it is|it\'s|it should be|it must be) (so|pretty|really|quite|fairly|very|blindingly|painfully|) obvious that',
          'you do (realise|realize|understand|know) that',
          'with all due respect',
        ],
        drop: true,
        // "As anyone who has tried our pizza knows, it's the best" is a boast, not a lesson.
        notAfter: ['we (love|adore|are|have|do|make)', 'our', 'it is (the best|hard to beat|delicious|amazing|worth it|unbeatable)', 'nothing (beats|compares)', 'there is nothing (like|better)'],
      },
      {
        phrases: [
          '(everyone|everybody|anyone|anybody) (knows|understands) (how|this|it|what)',
          'surely you (know|understand|realise|realize|are aware|can see|must know|must realise|must realize)',
          'you (should|ought to) know (this|that) by now',
          'you (should|ought to) know by now',
          'you do (realise|realize|understand|know)',
          'i (thought|assumed) (everyone|everybody|anyone) knew',
          'how (hard|difficult|complicated) can it be',
          'how (hard|difficult) is (it|that)',
          '(is|is not|isn\'t) (exactly|) rocket science',
          'not (exactly|) rocket science',
          'not (exactly|) brain surgery',
          '(is|it is|it\'s|that is|that\'s|this is) (just|) child\'s play',
          '(is|it is|it\'s|that is|that\'s) a piece of cake',
          '(is|it is|it\'s) (as|) easy as (pie|that|abc|1 2 3|one two three|can be)',
          '(is|it is|it\'s) (as|) simple as that',
          'even a (child|kid|toddler|baby|five year old|5 year old|six year old|6 year old|ten year old|10 year old|beginner|grandma|granny|grandmother|monkey|caveman|chimp|novice) (could|can|would|knows|understands|manages|gets)',
          '(a|any|my) (child|kid|toddler|five year old|5 year old|six year old|6 year old|ten year old|10 year old|beginner|grandma|granny|grandmother|monkey|novice) could (do|manage|figure|understand|work|follow|handle|set|use|install|fix|sort|solve|manage) *',
          '(any|my) (child|kid|toddler|five year old|5 year old|six year old|6 year old|ten year old|10 year old|beginner|grandma|granny|grandmother|monkey|novice) can (do|manage|figure|understand|work|follow|handle|set|install|fix|sort|solve) *',
          '(anyone|anybody) (can|could) (do|manage|figure|handle) (it|this|that)',
          '(anyone|anybody|everyone|everybody) (can|could|would) (manage|do|handle|follow|understand) (it|this|that)',
          '(anyone|anybody|everyone|everybody) (can|could|would be able to|is able to|manages to) (figure|work|sort) (it|this|that) out',
          '(you|anyone|anybody|a child|a kid) (could|can) do (it|this|that) (in your sleep|in their sleep|with your eyes closed|with their eyes closed|blindfolded|standing on your head)',
          '(it is|it\'s|this is|that is|that\'s) something (anyone|anybody|everyone|everybody) can (do|manage|handle|figure out)',
          'even (my|your|our) (grandma|granny|grandmother|gran|nan|nana|mum|mom|dad|grandad|grandpa|grandfather|kids|kid|son|daughter) (could|can|would|knows|manages|figured|managed) (do|manage|figure|understand|work|follow|handle|set|use|install|fix|sort|solve|it|this|that|out|how)',
          // "There's nothing to it", "no mystery to it": the step is too trivial to have needed help.
          '(there is|there\'s|there was) (really|honestly|literally|absolutely|) nothing to it',
          '(there is|there\'s) no (mystery|magic|trick|secret|science|art) (to|in|about|behind) (it|this|that)',
          '(it is|it\'s|that is|that\'s|this is) (a|an absolute|an) (doddle|cinch|walk in the park)',
          '(it is|it\'s|that is|that\'s|this is) (as|) easy as falling off a log',
          'what is so (hard|difficult|complicated|confusing|tricky) about (it|this|that|clicking|pressing|tapping|logging)',
          '(it is|it\'s|this is|that is|that\'s) not (exactly|) (complicated|hard|difficult) (stuff|is it)',
          'even you (can|could|should|will) (do|manage|figure|handle|understand|follow)',
          '(it is|it\'s|that is|that\'s|this is|just|simple|basic|pure|plain|use your|use some|using your|using some|a bit of|a little) common sense',
          'common sense (tells|says|would|should|dictates|suggests|says that)',
          'rtfm',
          'read the (fine|fucking|f ing|flipping|bloody|damn) manual',
          '(read|reread|re read|check|consult) the (user|owner\'s|owners|owner|instruction|instructions|product|) (manual|instructions|documentation|docs|user guide|guide|faq|faqs) (first|properly|carefully|next time|before contacting|before writing|before calling|before emailing|before asking|more carefully|again|yourself)',
          'read the (user|owner\'s|owners|owner|instruction|product|) manual',
          'have you (even|actually|) (read|looked at|opened) the (manual|instructions|documentation|user guide|faq)',
          '(it is|it\'s|that is|that\'s|this is|everything is|the answer is) (all|right there|clearly|already|) (in|explained in|written in|covered in) the (manual|faq|instructions|documentation|user guide)',
          '(let me|i will|i\'ll|allow me to) (explain|say|put) (it|this|that|) (again|) (slowly|more slowly|very slowly|in simple terms for you|in plain english for you)',
          'in words of one syllable',
          '(let me|i will|i\'ll|allow me to) spell it out (for you|)',
          '(let me|i will|i\'ll) (make|keep) (this|it) (simple|easy|very simple) for you', '(let me|i will|i\'ll) go (slowly|slow|step by step for you)',
          '(i would|i\'d) have thought (this|that|it) (was|is|would be) (obvious|self explanatory|clear|common knowledge)',
          'you (should|ought to) (know|be able to work out|be able to figure out) how to',
          '(it is|it\'s|this is) literally (one|a single|just one) (button|click|tap|step|switch)', '(it|this|that) (only|literally|) takes (two|2|five|5|ten|10|a few|a couple of) seconds',
          'any (reasonable|normal|sensible) (person|customer|user|adult) (would|knows|can|could)', 'most (people|customers|users) (manage|figure|can|know|understand|have no trouble|work it out)',
          'a (simple|quick|basic) google search (would|will|could)', '(simple|easy|clear) enough for you', 'in case you (missed|did not see|overlooked) it',
          '(i|we) (do not|don\'t|cannot|can\'t|can not) (see|understand|get) what is (so|) (hard|difficult|complicated|confusing|tricky)',
          '(carefully|properly|correctly) this time',
          '(it is|it\'s|it should be|that is|that\'s|this is) (pretty|really|quite|fairly|very|) (self explanatory|obvious|common knowledge|basic stuff)',
          '(is that|is this|hopefully that is|hopefully this is|i hope that is|i hope this is|hopefully that\'s|hopefully this\'s) clear enough (for you|now|)',
          '(do you|now do you|does that make sense) (understand|get it) now', 'do you understand now',
          '(try|start|maybe try) reading the (manual|instructions|documentation|docs|user guide|guide|faq|email|emails|message|messages)',
          '(read|reread|re read) (the|our|my) (email|emails|message|messages|reply|replies|terms) (properly|carefully|again|more carefully|next time|first|this time)',
          'it only takes a (second|moment|minute) (if you|to) (read|follow|pay attention)',
        ],
        // "Don't worry, there's nothing to it" reassures before the agent walks the customer through.
        notBefore: ['no', 'not', 'worry', 'promise', 'good news', 'news is', 'relax', 'fear', 'hope', 'hopefully', 'if', 'whether'],
      },
      {
        // "Read the FAQ, it's all there": the claim needs the pointer to the documentation next to it,
        // and the report spans both ("your files are all there" alone is good news).
        phrases: [
          '(it is|it\'s|everything is|everything\'s|the answer is|the answers are|all the answers are|all the info is|all the information is|everything you need is|all you need is|it is all|it\'s all|the whole thing is|the steps are|the details are) (all|) (there|in there|right there|on there|all there|explained there|spelled out there|covered there|all in there|listed there|clearly there)',
          '(it is|it\'s|everything is|everything\'s|it is all|it\'s all|the whole thing is) (all|clearly|fully|already|) (explained|covered|answered|spelled out|written down|laid out|described|documented) (there|in there|in it|right there|on there|in detail|step by step)',
          'you (will|\'ll|can|would|\'d) find (everything|it all|all the answers|the answer|your answer|all you need|everything you need) (there|in there|right there)',
          '(everything|it all|the answer) is (in|on) there',
        ],
        requireNearby: 'docs',
        spanCue: true,
        notBefore: ['if', 'whether', 'not', 'hope', 'hopefully'],
      },
      {
        // "Anyone can set it up in a minute": whoever still needs help is slower than anyone. Without
        // the ease ("in a minute", "without help") it is product information: "anyone can install it".
        phrases: [
          '(anyone|anybody|everyone|everybody|any adult|any customer|any user) (can|could|would be able to|is able to|manages to) (handle|figure out|work out|set up|install|fix|follow|understand|sort out|configure|assemble|pair|reset|update) (it|this|that|these steps|this step|the app|the device)',
          '(anyone|anybody|everyone|everybody|any adult|any customer|any user) (can|could|would be able to|is able to|manages to) set (it|this|that) up',
        ],
        requireAfter: [
          'in (a|one|two|2|five|5|ten|10|seconds|minutes|no time|a minute|a jiffy|a few)', 'with (one|a|their|your|no) (click|hand|eyes|effort|trouble)',
          'without (help|any help|trying|instructions|thinking|a manual|the manual)', 'blindfolded', 'first time', 'straight away', 'easily', 'on their own',
        ],
        notBefore: ['if', 'whether', 'not', 'so that', 'so'],
      },
      {
        // "It's easy:" introduces steps: "Here's how:" says the same without the judgement.
        phrases: ['(it is|it\'s|it was|this is|that is|that\'s|the fix is|the process is|the solution is|the procedure is) (so|very|really|super|pretty|quite|extremely|incredibly|dead|perfectly|fairly|actually|honestly|really very|) (easy|simple|straightforward|trivial|basic)'],
        requireAfter: [':'],
        replace: "here's how",
        notBefore: ['if', 'whether', 'not', 'hope', 'hopefully'],
      },
      {
        // "It's easy to change your plan online" → "You can change your plan online".
        phrases: ['(it is|it\'s|it was) (so|very|really|super|pretty|quite|extremely|incredibly|dead|perfectly|fairly|actually|) (easy|simple|trivial) to'],
        replace: 'you can',
        notBefore: ['if', 'whether', 'not', 'hope', 'hopefully', 'how', 'why', 'why is', 'why it is', 'know'],
        // "It's easy to miss this setting" reassures the customer; "easy to fix" is our work.
        notAfter: [
          'miss', 'overlook', 'forget', 'confuse', 'mix', 'misread', 'mistake', 'get (confused|lost|mixed|wrong|caught|stuck)',
          'lose', 'see why', 'see how', 'understand (why|how)', 'fix', 'sort', 'solve', 'resolve', 'correct', 'repair',
          'arrange', 'make (a|this|that|the) (mistake|error)', 'go wrong', 'slip', 'feel', 'think', 'assume',
          'end up', 'accidentally', 'do by accident', 'click (the wrong|by mistake)',
        ],
      },
      {
        phrases: [
          '(it is|it\'s) (so|very|really|super|pretty|quite|extremely|incredibly|dead|perfectly|actually|honestly|) (easy|simple|trivial)',
          '(it is|it\'s|it was|that is|that\'s|this is) (really|very|pretty|quite|super|extremely|ridiculously|incredibly|) (easy|simple) (enough|stuff|really)',
          'there is nothing (complicated|difficult|hard|tricky) about (it|this|that)',
          '(it is|it\'s|this is|that is|that\'s|it was) (really|honestly|seriously|actually|) not (that|so|very|at all|) (complicated|difficult|hard|tricky|complex)',
          '(is|it is|it\'s|that is|that\'s|this is) (a|the) no brainer',
        ],
        notBefore: ['if', 'whether', 'not', 'hope', 'hopefully', 'how', 'why', 'worry', 'promise', 'good news', 'news is', 'relax', 'fear'],
        notAfter: [
          'for (us|me|our|the team|our team)', 'enough for us', 'to (miss|overlook|forget|confuse|mix|misread|mistake|get|lose|see why|understand why|fix|sort|solve|resolve|correct|repair|arrange|go wrong|slip|think|assume|end up)',
          'from (our|my) (side|end)', 'on (our|my) (side|end)', 'as (it|that) (looks|sounds|seems)', 'fix', 'to use',
        ],
      },
    ],
    feelings: [
      {
        phrases: ['calm down', 'settle down', 'chill out', 'calm yourself', 'calm yourself down'],
        requireBefore: ['^'],
        requireAfter: ['$', 'please', 'and', 'ok', 'okay', 'now', 'a (bit|little)', 'there', 'it', 'we', 'nothing', 'your', 'this'],
        replace: 'I understand this is frustrating',
      },
      {
        // "Relax and enjoy the show" invites; "Relax, the charge will disappear" dismisses.
        phrases: ['relax', 'take a deep breath', 'take a breath'],
        requireBefore: ['^'],
        requireAfter: ['$', 'please', 'ok', 'okay', 'now'],
        replace: 'I understand this is frustrating',
      },
      {
        phrases: [
          '(please|just|now|ok|okay|so) (calm down|relax|settle down|chill out)',
          '(you|you will|you\'ll) (need|have|will have|will need|should|must|ought) to (calm down|relax|settle down|chill out|calm yourself down)',
          '(you|you will|you\'ll) (need|have) to (try to|try and) (calm down|relax)',
          '(try to|try and|could you|can you|will you|would you|please try to) (calm down|settle down|chill out)',
          'calm down (please|a bit|a little)',
          '(you are|you\'re) (overreacting|over reacting|being dramatic|being emotional|being oversensitive|being over sensitive|being too sensitive|being overdramatic|being so dramatic|being so emotional)',
          '(you are|you\'re) (a bit|rather|slightly|just|really|) (overreacting|over reacting)',
          '(stop|quit) (overreacting|over reacting|being dramatic|being so dramatic|being emotional|being so emotional|being so sensitive)',
          '(please|just|) (do not|don\'t) (get|be) (so|) (upset|worked up|dramatic|hysterical|emotional|excited|sensitive|touchy|wound up|het up) (about it|about this|about that|over it|over this|over nothing|)',
          '(do not|don\'t) overreact', '(stop|quit) panicking', '(please|) (stop|quit) (shouting|yelling|screaming|ranting|getting so worked up)',
          'no need to (shout|get upset|get angry|be rude|get worked up|overreact|be so upset|be upset|be dramatic|get so upset|make a fuss|make such a fuss|raise your voice|get emotional|get excited)',
          'there is no need to (shout|get upset|get angry|get worked up|overreact|be so upset|be dramatic|make a fuss|make such a fuss|raise your voice|get emotional|get excited)',
          '(it is|it\'s|this is|that is|that\'s) (really|honestly|hardly|just|) not (a|such a) big deal',
          '(it is|it\'s|this is|that is|that\'s) (hardly|not) the end of the world',
        ],
        replace: 'I understand this is frustrating',
        notBefore: ['if', 'not', 'i understand', 'we understand'],
      },
    ],
    request: [
      {
        phrases: [
          '(can|could|would|will) you (please|kindly||also|quickly|just) (send|share|provide|give|forward|dm|message|email|attach|upload|post|copy|paste|grab|confirm|tell|let|check|take|include|reply|fire|drop|pass|try|test|use|log|sign|create|make)',
          'please (send|share|provide|forward|attach|upload|dm|copy|include|reply with)', '(send|share|provide|forward|dm) us', '(send|share|forward|dm) me',
          '(we|i) (will|would|\'ll|\'d) need (you to|a|the|your|some)', '(we|i) need (you to|a copy|a screenshot|the|your)', 'we would like you to', 'if you (can|could) (send|share|provide)',
          'to (get|find|copy|grab|share) (the|a|your) (link|uri|url|screenshot|code|id|number|details)',
        ],
      },
    ],
    docs: [
      {
        phrases: [
          '(read|reread|re read|check|see|consult|look at|have a look at|take a look at|go through|look in|look through|check out|visit|refer to|go to|head to|look up|start with|try|search|browse) (the|our|this|that|your) (faq|faqs|f a q|help page|help pages|help centre|help center|help section|help article|help articles|help docs|support page|support pages|support site|support article|support section|manual|user manual|owner\'s manual|owners manual|user guide|guide|quick start guide|setup guide|instructions|instruction leaflet|leaflet|documentation|docs|knowledge base|website|site|terms|terms and conditions|t and cs|product page|troubleshooting page|troubleshooting guide|booklet)',
          '(read|reread|check|see|consult|look at|go through) (it|them) (again|yourself|first|properly|carefully)',
        ],
      },
    ],
  },
  words: {
    clauseOpeners: ['please', 'and', 'then', 'now', 'so', 'ok', 'okay', 'well', 'oh', 'first', 'next', 'finally', 'also', 'but', 'or', 'hey', 'look', 'listen', 'again', 'honestly', 'frankly', 'really', 'seriously'],
    instructionVerbs: INSTRUCTION_VERBS,
  },
  conjunctions: ['and', 'but', 'so', 'or', 'yet', 'because', 'as', 'since', 'which', 'although', 'though'],
  coordinators: ['and', 'but', 'so', 'or', 'yet'],
};
