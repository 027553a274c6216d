import type { NoBlameData } from './index.ts';

const INVERSION = ['do', 'does', 'did', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'have', 'has', 'had', 'are', 'were', 'is', 'was'];
// Between "you" and the verb: "you clearly didn't", "you then ignored".
const ADV = '(|clearly|obviously|evidently|apparently|simply|just|then|also|again|completely|totally|repeatedly|still|even|probably|must have)';
const TOLD = '(told|warned|informed|advised|reminded|explained to|said to|mentioned to)';
const SAID = '(said|mentioned|explained|stated|noted|indicated|pointed out|wrote|written|outlined|advised|informed you|told you|communicated|clarified|specified)';
// What went wrong, as the subject of "… is on your end".
const FAULT = '(|the|this|that|the real|the actual|the whole) (problem|problems|issue|issues|fault|error|errors|mistake|glitch|trouble|failure|malfunction|blame|cause)';
const LIES = '(is|was|lies|lay|sits|sat|comes|came|originates|originated|stems|stemmed|is coming|was coming|rests|is located)';
// Tasks whose omission is the customer's, for "because you didn't …" (not "receive", "get", "see": those happen to them).
const TASK = '(pay|cancel|confirm|activate|update|back up|save|register|renew|return|reply|respond|submit|complete|verify|charge|install|contact|call|tell|inform|notify|report|wait|attach|include|sign|log out|turn off|switch off|unplug|restart|accept|enable|set up|fill in|fill out|provide|send|show up|turn up|collect|pick up|top up|keep|lock|enter|select|choose|upload|scan|print|bring|use|request|apply|claim|book|check in|plug in|read through|double check|double-check)';
// The same tasks after "never" / "haven't": "because you never verified", "since you haven't paid".
const TASK_PAST = '(paid|cancelled|canceled|confirmed|activated|updated|backed up|saved|registered|renewed|returned|replied|responded|submitted|completed|verified|charged|installed|contacted|called|told|informed|notified|reported|waited|attached|included|signed|logged out|turned off|switched off|unplugged|restarted|accepted|enabled|set up|filled in|filled out|provided|sent|showed up|turned up|collected|picked|picked up|topped up|kept|locked|entered|selected|chose|chosen|uploaded|scanned|printed|brought|used|requested|applied|claimed|booked|checked in|plugged in|double checked|double-checked)';
const EARLIER = '(before|already|previously|earlier|several times|multiple times|many times|twice|repeatedly|more than once|last time|a few times|countless times|numerous times)';

export const en: NoBlameData = {
  phrases: {
    reproach: [
      {
        phrases: [
          'your (|own) fault',
          '(all|entirely|completely|totally|solely|clearly|obviously) your (|own) fault',
          'fault (is|lies|was) (|entirely|completely|solely) (yours|with you|on your side|on your end)',
          'your (|own) (negligence|carelessness)',
          'your own doing',
          '(is|was) (|entirely|solely|completely) your (|own) responsibility',
          '(you are|you were) (|entirely|solely|completely) (to blame|at fault|the one at fault|the one to blame)',
          '(you have|you had) (only) yourself to blame',
          '(you have|you had) nobody but yourself to blame',
          '(you only have|you have only) yourself to blame',
          'you (brought|did) this (on|to) yourself',
          '(that|this|it|that one|this one) (is|was) (|all|entirely|totally) on you',
          'a you (problem|issue|thing)',
          '(pebkac|pebcak|id10t|pebcac)',
          'you should know better',
          'all you (had|needed) to do was',
          'you did (this|that|it) (|all) (to yourself|yourself)',
          'pay (closer|more) attention (to|next time|in future|in the future)',
          '(read|check|follow|look at) (it|them|this|that|our|my|the) (|e mail|email|emails|e mails|message|messages|instructions|terms|manual|guide|steps) more carefully',
          'more carefully (next time|in future|in the future)',
          'you (are|were) (|clearly|obviously) (doing|using) (it|this|that|them|the app|the device) (wrong|incorrectly|improperly)',
        ],
        hint: 'Describe what happened and the next step, without saying whose fault it was.',
      },
      {
        phrases: ['your (|own) (mistake|mistakes|misuse|misunderstanding|oversight)', 'your own (error|errors)', '(a|an) (user|operator|customer) error'],
        replace: 'a mix-up',
        notAfter: ['message', 'messages', 'code', 'codes', 'log', 'logs', 'report', 'screen', 'page', 'number', 'rate', 'details', 'text'],
      },
      {
        phrases: ['(user|operator|customer) (error|mistake)'],
        replace: 'a mix-up',
        notBefore: ['a', 'an'],
        notAfter: ['message', 'messages', 'code', 'codes', 'log', 'logs', 'report', 'screen', 'page', 'rate'],
      },
      {
        phrases: ['(a|an|the) (mistake|oversight|misunderstanding|misuse) on your (part|side|end)', '(a|an|the) error on your part'],
        replace: 'a mix-up',
      },
      {
        phrases: [
          '(because of|due to) you',
          '(because of|due to|thanks to|as a result of|a result of) your (|own) (mistake|error|negligence|carelessness|misuse|actions|failure|oversight|inattention)',
          '(caused|created) by you',
          '(caused|created) by your (|own) (mistake|error|negligence|carelessness|misuse|actions|failure|oversight)',
        ],
        replace: '',
        notAfter: ['we', 'our', 'all', 'guys', 'folks', 'so', 'and', 'for', 'too', 'very', 'again', 'the', 'that', 'i'],
        hint: 'Drop who caused it; the problem and its fix are enough.',
      },
    ],
    attribution: [
      {
        phrases: [
          `${FAULT} ${LIES} (|entirely|clearly|obviously|definitely|squarely|solely|firmly|100%) (on|at|from|with) (your end|your side|your part|you|yourself)`,
          `${FAULT} (is|was) (|entirely|clearly|obviously|definitely|squarely|solely) (yours|your own|down to you|caused by you|on your account)`,
          '(this|that) (is|was) (|all|entirely|totally|clearly|obviously|definitely) (on your end|on your side)',
          '(it is|this is|that is|it was|this was|that was) (a|an) (problem|issue|error|fault|mistake|glitch) (on|at|from) (your end|your side|your part)',
        ],
        hint: 'Name what is wrong (a setting, the connection, the device), not whose side it is on.',
      },
    ],
    cause: [
      {
        phrases: [
          `you (|clearly|obviously|simply|just|then|also) (did not|did not even|never did) ${TASK}`,
          `you (|clearly|obviously|simply|just|then|also) (have not|had not|never|never even|have never|had never|have not even|had not even) ${TASK_PAST}`,
          'you (|clearly|obviously|simply|just|then|also) (entered|typed|selected|chose|picked|used|gave us|provided|ordered|bought|booked|sent us|set up) (the|a) (wrong|incorrect)',
        ],
        hint: 'Say what is missing or needs to change ("the payment has not reached us"), not what the customer failed to do.',
        notAfter: ['anything', 'any', 'a thing', 'nothing'],
      },
      {
        phrases: ['you (|clearly|obviously|simply|just|then|also) (missed|left out|omitted|skipped over|jumped over|ran past)'],
        hint: 'Say what is missing or needs to change ("the payment has not reached us"), not what the customer failed to do.',
        // "because you missed out on the offer" is a loss, "because you missed us" a visit.
        notAfter: ['out', 'us', 'me', 'him', 'her', 'them', 'our call', 'my call', 'a call', 'the call', 'the courier', 'the driver', 'the engineer', 'the technician'],
      },
      {
        // Mishandling given as the reason: "because you left it in the hallway", "since you overfilled the tank".
        phrases: [
          'you (|clearly|obviously|simply|just|then|also|accidentally|probably) left (it|them|this|that|the *|your *|the * *|your * *) (in|on|out|outside|overnight|unattended|open|unlocked|running|plugged in|switched on|charging|on charge|near|next to|under|exposed|behind|in the sun|in the rain|too long|for too long|for weeks|for days|for hours|lying around)',
          'you (|clearly|obviously|simply|just|then|also|accidentally|probably) (overfilled|overloaded|overcharged|overtightened|overwound|overheated|overwatered|overused|overstretched|forced open|prised open|pried open|took apart|opened up|disassembled|tampered with|jailbroke|rooted|bleached|tumble dried|machine washed|microwaved|submerged|soaked|poured|yanked|pulled out|ripped out|sat on|stood on|stepped on|leaned on|threw|knocked over|knocked|bent|twisted|scratched|cracked|smashed|shook|kicked|fiddled with|messed with|played with|meddled with|tinkered with|ran over|left out|washed|ironed|put it in the|put them in the|stored it in|kept it in|plugged it into|charged it with|used the wrong|used a non|used an unofficial|used a third party|used an incompatible|used cheap|installed the wrong|installed an unofficial|installed a third party|unplugged it while|switched it off while|turned it off while|removed the seal|removed the label|threw away|binned|lost the|waited too long|left it too late|left it until|came late|arrived late|turned up late|showed up late|booked too late|cancelled too late|canceled too late|paid late|returned it late|sent it late)',
          'you (|clearly|obviously|simply|just|then|also) (changed|reset|deleted|removed|disabled|uninstalled|moved|unplugged|switched off|turned off|opened|edited) (the|your|it|them|a) (settings|setting|password|pin|configuration|config|app|router|modem|cable|cables|battery|sim|card|files|file|folder|account|filter|seal|cover|case|lid|panel|valve|fuse|breaker|switch|thermostat|timer)',
        ],
        hint: 'Say what happened to the item or account and how we fix it, not what the customer did wrong.',
        notAfter: ['for us', 'at our request', 'as (we|i) (asked|suggested|advised|recommended)', 'on our advice', 'with (our|my) (help|agent|colleague|technician)'],
      },
    ],
    told: [
      {
        phrases: [
          `as I (|have|had) (|already|previously|just|repeatedly|clearly) ${TOLD} you`,
          `as I (|have|had) (already|previously|repeatedly|clearly) ${SAID}`,
          `as I ${SAID} ${EARLIER}`,
          // Plain "as I said" reproaches like "like I said"; "as I explained" alone is often a neutral recap.
          'as I said',
          `as we (|have|had) (|already|previously|repeatedly|clearly) ${TOLD} you`,
          `as we (|have|had) (already|previously|repeatedly|clearly) ${SAID}`,
          `as we ${SAID} ${EARLIER}`,
          'like I (said|told you|mentioned|explained|say)',
          'as you (should|must|ought to) (know|be aware|remember|have known)',
          '(as|) per (my|our) (last|previous|earlier|prior) (email|e-mail|mail|message|reply|response|note|letter)',
          'as (stated|mentioned|explained|advised|indicated|noted|said) in (my|our) (last|previous|earlier|prior) (email|e-mail|mail|message|reply|response|note|letter)',
          'like we (said|told you|mentioned|explained)',
          `as (previously|already|repeatedly|clearly) (stated|mentioned|explained|said|advised|indicated|noted|communicated|discussed|outlined|informed|pointed out|specified|clarified)`,
          `as (stated|mentioned|explained|advised|indicated|noted|communicated|discussed|said) ${EARLIER}`,
          `as (has|had|was|have) (already|previously|repeatedly) been (stated|mentioned|explained|advised|communicated|said|indicated|pointed out)`,
          `as you (have|had|were|have been|had been) (|already|previously|repeatedly|clearly) (told|informed|advised|warned|reminded|notified)`,
          'as you (have|had|were|have been|had been) (told|informed|advised|warned|reminded|notified) before',
          'as (our|my) (colleague|colleagues|agent|agents|team) (|already|previously) (told|informed|advised|explained to) you',
        ],
        replace: 'to recap',
      },
    ],
    statement: [
      {
        phrases: [
          `I (|have|had) already ${TOLD} you (|twice|several times|before|many times|multiple times) (|that)`,
          `we (|have|had) already ${TOLD} you (|that)`,
          `I (have|had) ${TOLD} you ${EARLIER} (|that)`,
          `we (have|had) ${TOLD} you ${EARLIER} (|that)`,
          `I told you ${EARLIER} (|that)`,
          `we told you ${EARLIER} (|that)`,
          'I (|have|had) already (explained|said|mentioned|stated) (this|that|it) (|to you)',
          `(I|we) (have|had) (explained|said|mentioned|stated) (this|that|it) (|to you) ${EARLIER}`,
          'I told you so',
          '(I|we) (|have|had|already|previously|clearly) warned you',
        ],
        replace: 'as a reminder,',
      },
    ],
    instructed: [
      {
        phrases: [
          'you (were|have been|had been) (|already|clearly|explicitly|repeatedly|duly|previously) warned (|that)',
          'you (were|have been|had been) (already|clearly|explicitly|repeatedly|duly|previously) (told|informed|advised|notified|reminded|instructed) (|that)',
          'you (were|have been|had been) (told|informed|advised|notified|reminded) (before|several times|multiple times|many times|twice|repeatedly|more than once) (|that)',
        ],
        replace: 'as a reminder,',
        notBefore: INVERSION,
      },
      {
        phrases: [
          'you (were|had been) (|clearly|explicitly|already|repeatedly|previously|always) (supposed|meant|expected|required|told|asked|instructed|advised) to',
          'you (had|needed) to (do|have done) (it|this|that) (before|earlier|yourself)',
        ],
        replace: 'the next step was to',
        notBefore: INVERSION,
        // "you were supposed to receive a refund": what we owed the customer.
        notAfter: ['receive', 'get', 'have', 'be', 'see', 'hear', 'hear back', 'benefit', 'enjoy'],
      },
    ],
    act: [
      {
        phrases: [`you (|have|had) ${ADV} (ignored|disregarded|overlooked|skipped|bypassed)`, 'you keep (ignoring|missing|skipping|forgetting)'],
        replace: 'you may have missed',
        notBefore: INVERSION,
      },
      {
        phrases: [
          `you (|have|had) ${ADV} missed (the|a|an|one of the|some|several|our|my|this|that|these|those|both) (|return|payment|renewal|cancellation|delivery|booking|setup|set up|installation|first|last|final|second|third|important|security|verification|activation|confirmation) (step|steps|instruction|instructions|warning|warnings|note|notice|deadline|cut off|cutoff|part|section|field|requirement|requirements|prompt|reminder|reminders|terms|condition|conditions|rules|window|payment|payments|due date|renewal date|return window|email|e mail|message|sms|text)`,
        ],
        replace: 'you may have missed {tail}',
        notBefore: INVERSION,
      },
      {
        phrases: [`you (|have|had) ${ADV} (failed|neglected|forgot|forgotten|omitted|chose not|decided not|didn't bother|did not bother|never bothered|could not be bothered) to`],
        replace: "you didn't get a chance to",
        notBefore: INVERSION,
        // "you failed to log in": the system failed, not the customer.
        notAfter: ['receive', 'get', 'see', 'hear', 'load', 'connect', 'log', 'sign', 'access', 'open', 'download', 'sync', 'pair', 'reach', 'find', 'pass', 'meet', 'qualify', 'authenticate', 'verify', 'mention'],
      },
      {
        phrases: [
          `you ${ADV} (did not|have not|had not|never|did not even|have not even|never even|clearly did not|obviously did not) (read|follow|followed|check|checked|heed|heeded|notice|noticed|bother|bothered)`,
          `you ${ADV} (did not|have not|had not|never|did not even|have not even|never even) (listen to|listened to|pay attention to|paid attention to|look at|looked at|read through)`,
          `you (clearly|obviously|evidently) (did not|have not|had not) (read|follow|check|look at|listen to|pay attention to|heed|notice)`,
          'you (clearly|obviously|evidently) (didnt|didn t) (read|follow|check)',
        ],
        replace: "it's easy to miss",
        notBefore: INVERSION,
      },
      {
        phrases: ['you (never|did not|failed to) (inform|notify|warn|tell) us', 'you (never|did not) (informed|notified|told) us'],
        replace: "we didn't hear",
        notBefore: INVERSION,
      },
      {
        phrases: [
          `you ${ADV} (misunderstood|misread|misinterpreted|misunderstand|misheard)`,
          `you (|have|had) ${ADV} (misunderstood|misread|misinterpreted|misheard)`,
        ],
        replace: 'there may have been a misunderstanding about',
        notBefore: INVERSION,
      },
      {
        phrases: ['you (clearly|obviously|evidently) (did not|do not|have not|had not|were not|cannot|could not|never)'],
        replace: 'it looks like {rest}',
        notBefore: INVERSION,
      },
      {
        phrases: [
          `you (|have|had) ${ADV} (broke|broken|damaged|ruined|destroyed|caused|corrupted|misused|mishandled|wrecked|deleted it|deleted them|messed up|screwed up|messed it up|screwed it up|mixed up|dropped|spilled|spilt|tampered with|forced|overloaded)`,
          'you (did not|have not|never|failed to) (cancel|pay|return|respond|reply|renew|submit|send|register|claim|book|confirm|activate|report) (|it|them|the order|the item|the form|your order) (in time|on time|before the deadline)',
          'you (did|have done|had done) (something|it|this|that|everything) (wrong|incorrectly|improperly)',
        ],
        hint: 'Describe what happened to the account or device, not what the customer did wrong.',
        notBefore: INVERSION,
        // "you dropped by", "you dropped off the parcel".
        notAfter: ['by', 'in', 'off', 'out', 'us', 'me', 'a line', 'over'],
      },
    ],
    actAmbiguous: [],
    forgot: [],
    forgotAmbiguous: [],
    hindsightAmbiguous: [],
    slipAmbiguous: [],
    slip: [
      {
        phrases: ['you (got|have got|did|have done|are getting|are doing|typed|entered|spelled|spelt|filled|set|read) (it|this|that|that one|this one|something|everything|the * ) (|all|completely) wrong'],
        replace: 'there was a mix-up',
      },
      {
        phrases: ['you (|have|had) (entered|typed|selected|chose|chosen|picked|used|gave us|given us|provided|ordered|bought|booked|sent us|set up) (the|a) wrong'],
        hint: 'Say what needs correcting ("the IBAN on file doesn\'t match"), not who got it wrong.',
      },
      {
        phrases: ['you (did not|have not|never) (do|done|complete|completed|follow|followed|set|configure|configured|install|installed|enter|entered|fill|filled) (it|this|that|them|the steps|the instructions|everything|the form) (correctly|properly|right)'],
        hint: 'Say what needs to change, not what the customer did wrong.',
      },
    ],
    rhetorical: [
      {
        phrases: [
          'how many times (do|must|will|should|did|have) (I|we) (have to|need to|got to|) (tell|told|explain|explained|say|said|repeat|repeated|remind|reminded)',
          'did you (even|actually|really|ever) (read|look|check|try|bother|open|follow|listen)',
          'have you (even|actually) (read|looked|checked|tried|bothered|opened|followed|listened)',
          'why (did not|didn t|have not|would not) you (just|simply|) (read|follow|check|contact|tell|call|listen|ask|look|update|back up|wait)',
          'what part of * (did not|do not) you (understand|get)',
        ],
        hint: 'Drop the rhetorical question; state the answer and the next step.',
      },
    ],
    counterfactual: [
      {
        phrases: [
          'if (you|only you) had (|just|only|simply|actually|bothered to|taken the time to|cared to) (read|followed|listened|checked|double checked|paid attention|contacted|called|told|backed up|waited|updated|looked|noticed|heeded|asked|done|kept|saved|charged|installed|registered|confirmed|activated|cancelled|canceled|paid|returned|replied|responded|taken|been more careful|been careful|used|entered|filled in|filled out|completed|let us know|reached out|got in touch|gotten in touch|logged out|signed out|turned off|switched off|plugged in|scrolled|opened)',
          'if (you|only you) had not (ignored|skipped|missed|deleted|changed|removed|dropped|opened|forced|unplugged|reset|disabled|overlooked)',
          'if you would (|just|only|simply|actually) (followed|listened|checked|contacted|called|backed up|waited|updated|looked|noticed|heeded|bothered)',
          'if you (had|would) (|just|only|simply|actually) bothered to',
          'had you (|just|only|simply|actually|bothered to|taken the time to) (read|followed|listened|checked|double checked|paid attention|contacted|called|told|backed up|waited|updated|looked|noticed|heeded|kept|saved|registered|confirmed|activated|cancelled|canceled|paid|returned|replied|responded|been more careful|been careful|let us know|reached out|got in touch)',
          'had you not (ignored|skipped|missed|deleted|changed|removed|dropped|opened|forced|unplugged|reset|disabled|overlooked)',
        ],
        hint: 'Skip the "if you had …"; say what we can do now.',
      },
    ],
    hindsight: [
      {
        phrases: [
          'you (|really|clearly|obviously|definitely|simply) (should|ought to) (|just|really|first|at least|also) have',
          'you (|really|clearly|obviously|definitely|simply) (should|ought) not (|to) have',
          'you (should|could) of',
          'you could (|just|simply|easily|at least|also) have (avoided|prevented|checked|read|called|contacted|asked|saved|backed up|followed|noticed|waited|updated|cancelled|canceled|told|informed|looked|reported)',
          'you (should|could|ought to) (|just|simply|easily) have known',
        ],
      },
    ],
    guess: [
      {
        phrases: ['you (must|must have) (|accidentally|mistakenly|inadvertently|probably|somehow|then|also|just|already|obviously|clearly) have'],
      },
    ],
  },
  negations: ['not', 'no', 'never', 'none', 'nobody', 'neither', 'nor', 'hardly', 'nothing'],
  conditionals: ['if', 'unless', 'whether', 'case', 'when', 'whenever', 'once', 'suppose', 'supposing', 'maybe', 'perhaps', 'possible', 'might', 'may', 'worry', 'wonder', 'wondering'],
  empathy: [
    'sorry', 'apologise', 'apologize', 'apologies', 'apology', 'understand', 'understandable', 'hear', 'heard',
    'sympathise', 'sympathize', 'shame', 'pity', 'happens', 'common', 'worries', 'glad', 'happy',
  ],
  admissions: ['our mistake', 'our fault', 'our error', 'our side', 'our end', 'our part', 'we should', 'we made', 'we failed', 'wrong information', 'incorrect information', 'wrongly', 'incorrectly told', 'mistakenly', 'misinformed', 'by mistake', 'the wrong', 'incorrect'],
  hedgeOpeners: ['it seems', 'it seems that', 'it appears', 'it appears that', 'apparently', 'it looks like', 'seems like', 'looks like'],
  notYet: ['yet'],
  hedges: ['looks', 'seems', 'seem', 'appears', 'apparently', 'probably', 'perhaps', 'maybe', 'likely', 'possibly'],
  adverbs: ['just', 'simply', 'first', 'also', 'really', 'then', 'already', 'probably', 'accidentally', 'mistakenly', 'inadvertently', 'somehow', 'obviously', 'clearly', 'definitely', 'at', 'least', 'actually', 'maybe', 'perhaps'],
  informational: [
    'received', 'got', 'gotten', 'seen', 'heard', 'had', 'noticed', 'felt', 'thought', 'wondered', 'waited',
    'enjoyed', 'loved', 'experienced', 'meant', 'missed', 'arrived', 'found', 'spotted', 'gone',
    'hoped', 'wanted', 'liked', 'gathered', 'realised', 'realized', 'worked', 'appeared', 'shown', 'popped',
  ],
  passive: 'been',
  participles: {
    read: 'read', done: 'do', made: 'make', known: 'know', told: 'tell', sent: 'send', taken: 'take', kept: 'keep',
    left: 'leave', put: 'put', set: 'set', written: 'write', given: 'give', gone: 'go', brought: 'bring',
    bought: 'buy', thought: 'think', paid: 'pay', got: 'get', gotten: 'get', shut: 'shut', let: 'let',
    said: 'say', heard: 'hear', seen: 'see', chosen: 'choose', broken: 'break', forgotten: 'forget', lost: 'lose',
    run: 'run', hit: 'hit', cut: 'cut', held: 'hold', built: 'build', spent: 'spend', found: 'find',
    understood: 'understand', misunderstood: 'misunderstand', misread: 'misread', mistaken: 'mistake',
    undone: 'undo', overwritten: 'overwrite', rewritten: 'rewrite', shown: 'show', thrown: 'throw', drawn: 'draw',
    driven: 'drive', come: 'come', become: 'become', begun: 'begin', fallen: 'fall', frozen: 'freeze',
    stolen: 'steal', spoken: 'speak', worn: 'wear', torn: 'tear', hidden: 'hide', eaten: 'eat', sold: 'sell',
    meant: 'mean', felt: 'feel', fed: 'feed', led: 'lead', won: 'win', dealt: 'deal', unplugged: 'unplug',
    logged: 'log', plugged: 'plug', created: 'create', deleted: 'delete', treated: 'treat', waited: 'wait',
    visited: 'visit', edited: 'edit', exited: 'exit', limited: 'limit', credited: 'credit', deposited: 'deposit',
    invited: 'invite', united: 'unite', routed: 'route', synced: 'sync', focused: 'focus', been: 'be',
    cancelled: 'cancel', labelled: 'label', travelled: 'travel', modelled: 'model', controlled: 'control',
    enrolled: 'enrol', totalled: 'total', channelled: 'channel', signalled: 'signal', levelled: 'level',
    added: 'add', paused: 'pause', caused: 'cause', housed: 'house', backed: 'back', checked: 'check',
    clicked: 'click', locked: 'lock', unlocked: 'unlock', tracked: 'track', packed: 'pack', picked: 'pick',
    heated: 'heat', repeated: 'repeat', typed: 'type', reset: 'reset', completed: 'complete', competed: 'compete',
    developed: 'develop', enveloped: 'envelop', guided: 'guide', wasted: 'waste', pasted: 'paste', cited: 'cite',
    recited: 'recite', excited: 'excite', ignited: 'ignite', tasted: 'taste', hated: 'hate', quit: 'quit', seated: 'seat', cheated: 'cheat', defeated: 'defeat',
  },
  pasts: {
    done: 'did', gone: 'went', taken: 'took', given: 'gave', written: 'wrote', broken: 'broke', forgotten: 'forgot',
    chosen: 'chose', seen: 'saw', known: 'knew', shown: 'showed', thrown: 'threw', drawn: 'drew', driven: 'drove',
    run: 'ran', come: 'came', become: 'became', begun: 'began', fallen: 'fell', frozen: 'froze', stolen: 'stole',
    spoken: 'spoke', worn: 'wore', torn: 'tore', hidden: 'hid', eaten: 'ate', gotten: 'got', mistaken: 'mistook',
    undone: 'undid', overwritten: 'overwrote', rewritten: 'rewrote',
  },
  doubles: ['add', 'odd', 'egg', 'ebb', 'err', 'purr', 'buzz', 'fizz', 'inn'],
  couldVerbs: ['avoided', 'prevented', 'checked', 'read', 'called', 'contacted', 'asked', 'saved', 'backed', 'followed', 'noticed', 'waited', 'updated', 'cancelled', 'canceled', 'told', 'informed', 'looked', 'reported', 'known'],
  subordinators: ['because', 'since', 'as', 'so', 'and', 'but', 'after'],
  causes: ['because', 'since', 'as', 'given that', 'seeing that', 'seeing as', 'due to the fact that', 'owing to the fact that', 'cause', 'cos', 'coz'],
  complementizers: ['that', 'to'],
  notClause: ['this', 'that', 'it', 'so', 'several', 'many', 'twice', 'before', 'already', 'again', 'multiple', 'repeatedly', 'more', 'about', 'on', 'in', 'by', 'yesterday', 'last'],
  // For "{tail}" rewrites: the object of "you missed the deadline" starts here.
  determiners: ['the', 'a', 'an', 'one', 'some', 'several', 'our', 'my', 'this', 'that', 'these', 'those', 'both'],
  dropWords: ['clearly', 'obviously', 'evidently', 'apparently', 'simply', 'just', 'totally', 'completely'],
  templates: {
    recap: 'to recap',
    hindsight: 'next time, it helps to {base}',
    hindsightNegative: "next time, it's best not to {base}",
    hindsightFallback: "it's best to have",
    hindsightNegativeFallback: "it's best not to have",
    guess: 'it looks like you {past}',
  },
};
