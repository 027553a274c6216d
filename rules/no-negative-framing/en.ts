import type { NoNegativeFramingData } from './index.ts';

// After "we can't" / "we're unable to": verbs that describe what we perceive or feel, or
// idioms ("we can't wait"), not a service we refuse. "do anything" and "help you with that"
// belong to no-evasive.
const NOT_A_REFUSAL = [
  'wait', 'thank*', 'imagine', 'believe', 'begin', 'stress', 'emphasi*', 'overstate', 'express',
  'apologi*', 'say', 'tell', 'see', 'find', 'locate', 'hear', 'determine', 'identify', 'reproduce',
  'replicate', 'detect', 'trace', 'read', 'open', 'load', 'seem', 'get enough', 'praise', 'recommend',
  'agree', 'argue', 'disagree', 'deny', 'blame', 'resist', 'stop', 'be sure', 'be certain', 'be happier', 'be held',
  'reach', 'contact', 'connect', 'access', 'view', 'verify', 'confirm', 'remember',
  'do (anything|much|more|nothing)', '(help|assist) (you|) with (that|this|it|those|these)',
  // Playful teasers ("we can't give away all our secrets") refuse no service.
  '(give|spill|reveal|share) (away |)(all |any of |)(our|my|the) (secret*|surprise*)', 'spoil the surprise', 'say too much',
];

export const en: NoNegativeFramingData = {
  phrases: {
    refusal: [
      { phrases: ['(we|i) can not', '(we|i) (can|could) no longer'], notAfter: NOT_A_REFUSAL },
      {
        phrases: [
          '(we|i) (are|am) (unable|not able|no longer able) to',
          '(we|i) (are|am) (currently|unfortunately|sadly|afraid) (unable|not able) to',
          '(we|i) (will|would|shall) not be able to',
          '(we|i) (will|would) no longer be able to',
        ],
        notAfter: NOT_A_REFUSAL,
      },
      {
        phrases: [
          '(we|i) (are|am) not (allowed|permitted|authorised|authorized|in a position) to',
          '(we|i) (have|got) no way (to|of)',
          'you (can not|are not able to|are unable to|will not be able to|are not allowed to|are not permitted to|can no longer) (return|cancel|change|transfer|exchange|get a refund|request a refund|claim a refund|upgrade|downgrade|book|rebook|reschedule|modify|amend|combine|use|redeem|extend|split)',
          '(is|are) not something (we|i) (can|are able to|are allowed to)',
          '(it|this|that|which) is not something (we|i) (can|are able to|are allowed to)',
          '(is|it is) (not|against) our policy to',
          '(we|i) do not have the (ability|option|possibility|means|authority|permission) to',
          '(we|i) no longer (offer|support|sell|stock|provide|accept|ship|carry|make|allow)',
          '(we|i) (must|have to|will have to|need to|are obliged to|are forced to) (decline|refuse|reject|deny)',
          '(request|claim|application|appeal|complaint) (has been|was|is|have been) (declined|rejected|denied|refused)',
          '(we|i) do not (offer|accept|support|provide|issue|refund|exchange|sell|ship|deliver|honour|honor|cover|reimburse|compensate|do refunds|do exchanges|make exceptions)',
          '(we|i) (will|shall) not (refund|accept|replace|exchange|reimburse|compensate|honour|honor|cover|reverse|waive|approve|reinstate|make an exception)',
          '(we|i) (are|am) not (going|prepared|willing) to (refund|accept|replace|exchange|reimburse|compensate|honour|honor|cover|reverse|waive|approve|make)',
        ],
      },
      {
        phrases: [
          // The service the answer refuses, with any adverb agents put in front: "we don't book same-day appointments".
          '(we|i) (|currently|normally|usually|generally|unfortunately|sadly|simply|just|really|presently|as a rule|ever) (do not|never) (book|schedule|reserve|arrange|organise|organize|take|hold|install|repair|fix|service|collect|pick up|transfer|swap|upgrade|downgrade|extend|split|print|lend|rent|hire|price match|match|waive|grant|approve|process|reopen|unlock|unblock|amend|modify|reschedule|rebook|reissue|replace|refund|exchange|deliver|ship|post|courier|dispatch|send out|offer|accept|issue|honour|honor|cover|reimburse|compensate|guarantee|operate|serve|stock|backdate|pro rata|prorate|credit|pay out|cash out|reverse|cancel|convert|combine|merge)',
          '(we|i) (will|shall) not (be|) (book|booking|schedule|scheduling|reserve|reserving|arrange|arranging|repair|repairing|fix|fixing|transfer|transferring|extend|extending|reopen|reopening|unlock|unlocking|amend|amending|reschedule|rescheduling|rebook|rebooking|reissue|reissuing|refund|refunding|deliver|delivering|ship|shipping|offer|offering|issue|issuing|grant|granting|backdate|backdating|credit|crediting|pay out|cancel|cancelling|change|changing|accept|accepting|approve|approving|collect|collecting)',
        ],
        // "We never cancel your plan without asking", "we won't change anything on your account": reassurance.
        notAfter: ['without', 'anything', 'any (of|personal|data|details|information|payment|card)', 'your (data|details|personal|information|card|password|payment|account without)', 'unless', 'behind', 'on your behalf without', 'automatically', 'so', 'much', 'well', 'by mistake', 'twice', 'again'],
      },
      {
        phrases: ['(we|i) do not do'],
        // "We don't do that here" is a deflection: no-evasive reports it.
        notAfter: ['anything', 'any', 'so', 'much', 'well', 'this often', 'it often', '(that|this|those|these) here'],
      },
      {
        // "We don't allow anyone else to log in to your account" reassures about privacy.
        phrases: ['(we|i) do not (allow|permit)'],
        notAfter: ['(anyone|anybody|others|other people|outsiders|strangers|third|unauthori*|staff|employees|our staff|our employees)'],
      },
      {
        phrases: [
          '(it|this|that|which) (is|will be|would be) (not|no longer) possible',
          '(it|this|that|which) (will|would) not be possible',
          '(will|would) not be possible',
          '(it|this|that|which) is not an option',
          '(is|are) not an option',
          '(it|this|that) (is|will be|would be) (currently|unfortunately|sadly|simply|just) not possible',
          '(it|this|that) (is|will be|would be) impossible',
          '(is|are) (not|no longer) possible',
          '(is|are) (currently|unfortunately|sadly|simply) not possible',
          'not possible (for us|for me)',
          'impossible for (us|me)',
        ],
        // "It's not possible for anyone else to see your password" reassures; it refuses nothing.
        notAfter: ['for (anyone|anybody|someone|somebody|others|other|hackers|third|outsiders|strangers|the|your|it|them|this|that)', 'that'],
      },
      {
        phrases: ['there is no way (to|for us|for me|we can|i can|of)', 'there is not (a|any) way (to|for us|for me|we can|i can|of)'],
        // "There's no way to know when ..." is not knowing (no-evasive), not a refusal.
        notAfter: ['(know|knowing|tell|telling|say|saying|predict|predicting|guess|guessing)', 'to (know|tell|say|predict|guess)'],
      },
      {
        // Impersonal refusals: nobody says "we", yet the answer is no.
        phrases: [
          '(is|are|was|would be|will be) (completely |totally |simply |absolutely |just |sadly |unfortunately |really |)out of the question',
          '(is|are|was|would be|will be) (completely |totally |simply |sadly |unfortunately |really |)off the table',
          'not something (that |)(we|i) (are|am) (able|allowed|permitted|in a position) to',
          'not something (that |)(we|i) (can|could) (offer|provide|accommodate|support|arrange|approve|accept|refund|change|do)',
          'not something (that |)(we|i) (offer|provide|support|accept)',
          '(is|are) not something (that is|that can be|which can be) (done|offered|allowed|changed|arranged|accommodated)',
          '(is|are) (out of|not in) (our|my) hands',
          '(is|are|falls|fall) (outside|beyond) (our|my) (remit|authority|powers)',
          '(is|are) not (within|in) (our|my) (power|remit|gift|authority)',
          '(is|are) (not|no longer|unfortunately not|sadly not) (feasible|doable|viable|permissible)',
          '(is|are) (not|no longer|unfortunately not|sadly not) (eligible|entitled) (for|to)',
          '(is|are) (unable|not able) to be (changed|refunded|cancelled|canceled|transferred|exchanged|returned|modified|reversed|extended|processed|reinstated|restored|recovered|upgraded|moved|rescheduled|amended|reissued|replaced|waived|reopened|reactivated|redeemed|applied|credited|honoured|honored)',
          'there (is|are) (no|not a|not any) (option|options|possibility|provision|facility|mechanism|means) (to|for us|for me|of)',
          '(we|i) (will|would|shall) not be (allowed|permitted|in a position) to',
        ],
      },
      {
        phrases: [
          '(is|are|be) not (allowed|permitted)',
          '(it|this|that|which|there) is (not|currently not|unfortunately not|strictly not) (allowed|permitted)',
          '(is|are) (currently|unfortunately|strictly|sadly) not (allowed|permitted)',
          '(is|are) (strictly |)(prohibited|forbidden) (by|under|for|on)',
          '(is|are) against (our|the) (policy|policies|rules|terms)',
          '(it|this|that|which) is against (our|the) (policy|policies|rules|terms)',
          '(policy|policies|rules|terms|conditions|system) (do|does|will) not (allow|permit)',
        ],
      },
      {
        phrases: [
          '(can not|will not|cannot|can no longer|will no longer) be (changed|refunded|cancelled|canceled|transferred|exchanged|returned|modified|reversed|extended|processed|done|undone|reinstated|restored|recovered|unblocked|unlocked|accepted|issued|upgraded|downgraded|moved|rescheduled|amended|split|combined|merged|reissued|replaced|repaired|waived|renamed|reopened|reactivated|redeemed|applied|credited|honoured|honored|guaranteed|shipped|delivered|sent|paused|frozen|removed|deleted|edited|accommodated|approved|granted|arranged|offered|provided|allowed|permitted|supported|booked|made|authorised|authorized|covered|compensated|reimbursed|fast tracked|expedited|prioritised|prioritized)',
        ],
        // "Your booking cannot be cancelled without your consent" reassures.
        notAfter: ['without', 'by (anyone|anybody|others|third|mistake|accident)', 'accidentally'],
      },
      {
        phrases: [
          '(is|are) (not|non) (refundable|transferable|transferrable|exchangeable|returnable|changeable|cancellable|cancelable|eligible for a refund|eligible for refunds|eligible for a return|eligible for returns|eligible for an exchange|eligible for exchanges)',
          '(it|this|that|which) is (not|non) (refundable|transferable|transferrable|exchangeable|returnable|changeable|cancellable|cancelable)',
          'non (refundable|transferable|transferrable|exchangeable|returnable|changeable|cancellable)',
          'nonrefundable',
          'nontransferable',
        ],
      },
    ],
    alternative: [
      {
        phrases: [
          'what (we|i) (can|could) (do|offer|suggest)',
          "here is what (we|i) (can|could)",
          '(we|i) (can|could)',
          '(we|i) (can|could) (still|also|instead|however)',
          // The emphatic "do" that turns to what we have: "we don't waive the fee, but we do offer savings".
          '(we|i) (do|did) (offer|have|provide|accept|support|sell|stock|ship|deliver|run|cover|allow|arrange|book|give|refund|exchange|price match|carry|take|repair|replace|credit|waive|honour|honor|make)',
        ],
        notAfter: ['not', 'never', 'no longer'],
      },
      { phrases: ['(we|i) (would|will|are|am) (be |)(happy|glad|pleased|delighted) to', '(happy|glad) to help'] },
      {
        phrases: ['(we|i) will', '(we|i) (are|am) going to'],
        notAfter: [
          'keep you (updated|posted|informed)', 'let you know', 'be in touch', 'update you', 'notify', 'get back to you',
          // Passing feedback on is no way forward for the customer's request.
          '(pass|share|forward|note|log|record) (on |)(your|this|the|that|these) (feedback|thoughts|comments|suggestion|suggestions|request|idea)',
          'pass (it|this|that|them) on', 'make sure (it|this|your feedback) (gets|is) passed', 'let (the|our) (right |relevant |)(team|teams|devs|developers) know',
          'not', 'never', 'return*', 'close', 'cancel', 'delete', 'remove', 'charge', 'keep', 'dispose',
          '(send|ship|post|mail) (it|them|this|that|the|your) back', '(send|ship|post|mail) (it|them|this|that|the|your) * back',
          '(send|ship|post|mail) back', 'be (returning|closing|charging)',
        ],
      },
      {
        phrases: [
          '(we|i) (have|have just|have also|have already) (added|arranged|booked|reserved|issued|applied|credited|refunded|upgraded|extended|set up|opened|raised|escalated|requested|ordered|offered|replied|responded|sent you|messaged you|emailed you|called you|reached out)',
          '(our|the) (team|agents|specialists|colleagues|experts|partner|partners) (have|has|will|can) (replied|responded|sent you|messaged you|emailed you|called you|reached out|contact you|call you|help)',
          '(can|could|would) you (please |)(dm|send|share|provide|give|tell|confirm|let|reply|email|message|call|check|try)',
          '(we|i) (offer|recommend|suggest|propose|advise)',
          '(we|i) (would|should) (recommend|suggest|propose|advise)',
          '(we|i) (would|will) (like|love) to (offer|help|suggest)',
          'let me (check|see|offer|arrange|set up|book|send|add|help)',
          'let us (check|see|offer|arrange|set up|book|send|add|help)',
        ],
      },
      {
        phrases: ['you (can|could|may|might|are able to|will be able to|are welcome to)', 'you are free to', 'feel free to'],
        // Pointing to a page to read is information, not a way forward ("You can view your order history at ...").
        notAfter: ['not', 'never', 'no longer', '(find|read|view|see|learn|refer|review|consult|look|check our|check the|check your|reach us|contact us|reply|get in touch|also find|also read)', 'feel free to (contact|reach|get in touch|reply|ask)'],
      },
      {
        phrases: [
          'instead',
          'alternative*',
          '(an|another|other|the best|the next|one|a second) option',
          'the options',
          '(is|are) (still|also|) possible',
          '(if|should) you (would like|prefer|would rather|want|wish|are interested)',
          'in the meantime',
          'the good news',
          'good news',
          'workaround',
        ],
      },
    ],
    contrast: [{ phrases: ['but', 'however', 'though', 'that said', 'nevertheless'] }],
    closing: [
      {
        phrases: [
          '(any|other|further|more) (questions|queries|concerns|problems|issues)',
          'anything else',
          'if you need (anything|any help|any further|further help|help|assistance|any assistance)',
          'if there is anything',
          "we are (always |)here (to help|for you|if you need)",
          'do not hesitate',
        ],
      },
    ],
    conditional: [
      { phrases: ['if', 'unless', 'whether', 'in case', 'provided (that|)', 'as long as', 'when', 'whenever', 'in the event'] },
    ],
  },
  coordinators: ['or', 'and'],
  addAlternative: ' What we can do is …',
};
