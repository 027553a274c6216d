import type { NoEvasiveData } from './index.ts';

const SORT_IT = "something I'll sort out for you";
const PASS_IT = "something I'm passing to our <team> team today";
const NEXT_STEP = 'one thing we can do: <next step>';
const CONTACT = 'contact <team> at <contact>';
const CHECKING = "I'm checking";
const CHECK_WORKS = "I'll check that it works by <time>";
const CHECK_FIXED = "I'll check that this fixed it by <time>";
const TODAY = 'by <time> today';
const BY_DATE = 'by <date>';

// "I don't know if you've seen our new app" opens a topic; it hides no answer.
const CONVERSATIONAL = ['(if|whether) you', 'about you', 'how to thank', 'what (we|i) would do without'];

export const en: NoEvasiveData = {
  phrases: {
    dismiss: [
      { phrases: ['(is|was) not (really |actually |exactly |strictly |technically |)(our|my) (problem|issue|concern|business|fault|headache|worry)'], replace: `is ${SORT_IT}` },
      { phrases: ['are not (really |actually |exactly |strictly |technically |)(our|my) (problem|issue|concern|business|fault|headache|worry)'], replace: `are ${SORT_IT}` },
      { phrases: ['not (really |actually |exactly |strictly |technically |)(our|my) (problem|issue|concern|business|fault|headache|worry)'], replace: SORT_IT },
      {
        phrases: [
          '(that|this|it) is (a |)you (problem|issue|thing) (not ours|not mine|not an us problem|)',
          '(that|this|it) is (all |really |)your (own |)(problem|lookout|headache|funeral) (not ours|not mine|)',
          '(that|this|it) is (all |really |)your (own |)(business|concern|responsibility) (not|and not) (ours|mine|our problem|my problem)',
        ],
        replace: "that's something I'll help you with",
      },
      { phrases: ['(is|are) yours (and |)not (ours|mine)'], replace: "is something I'll help you with" },
      { phrases: ['(that|this|it) is not on (us|me)'], replace: "that's something I'll follow up on" },
      { phrases: ['(is|was) not (really |actually |exactly |strictly |technically |)(our|my) (department|job|responsibility|area|remit|call|decision|role|team)'], replace: `is ${PASS_IT}` },
      { phrases: ['are not (really |actually |exactly |strictly |technically |)(our|my) (department|job|responsibility|area|remit|call|decision|role|team)'], replace: `are ${PASS_IT}` },
      { phrases: ['not (really |actually |exactly |strictly |technically |)(our|my) (department|job|responsibility|area|remit)'], replace: PASS_IT },
      { phrases: ['above my pay grade'], replace: "for <team>, and I'm passing it to them today" },
      { phrases: ['(is|has) nothing to do with (us|me)'], replace: "is for <team> to handle, and I'll follow up with them by <time>" },
      { phrases: ['nothing to do with (us|me)'], replace: "for <team> to handle, and I'll follow up with them by <time>" },
      { phrases: ['out of (our|my) hands'], replace: "with <team>, and I'll update you by <time>" },
      {
        phrases: [
          'nothing (more|else|further|) (that |)we (can|could) do',
          'not (much|a lot|a great deal|much more|anything) (that |)we (can|could) do',
          'nothing (more|else|further|) (that |)can be done',
          '(we|we really) (can not|are unable to|are not able to) do (anything|much|a thing) (more|else|further|)',
        ],
        replace: NEXT_STEP,
      },
      {
        phrases: ['(is|was) not (much|a lot|a great deal|much more|anything) (that |)(we|i) (can|could) do'],
        replace: `is ${NEXT_STEP}`,
      },
      {
        phrases: [
          'nothing (more|else|further|) (that |)i (can|could) do',
          'not (much|a lot|a great deal|much more|anything) (that |)i (can|could) do',
          '(i|i really) (can not|am unable to|am not able to) do (anything|much|a thing) (more|else|further|)',
        ],
        replace: 'one thing I can do: <next step>',
      },
      {
        phrases: [
          'we (can not|are unable to|are not able to) (help|assist) (you |)with (that|this|it|those|these)',
          'we do not (deal with|handle|do) (that|this|those|these) (here|)',
        ],
        replace: "we'll pass that to <team> today",
      },
      {
        phrases: [
          'i (can not|am unable to|am not able to) (help|assist) (you |)with (that|this|it|those|these)',
          'i do not (deal with|handle|do) (that|this|those|these) (here|)',
        ],
        replace: "I'll pass that to <team> today",
      },
      {
        phrases: ['not something (we|i) (can|could) (help|assist) (you |)with', 'not something (we|i) (deal with|handle|cover|look after|get involved in)'],
        replace: "something I'll pass to <team> today",
      },
      { phrases: ['(we|i) (are|am) not (responsible|liable|accountable) for'], replace: "we'll follow up on" },
      {
        phrases: ['(my|our) hands are tied', 'it is what it is', '(that|this|it) is (just|simply) (how|the way) it is', '(that|this|it) is just how things are'],
        replace: 'what I can do is <next step>',
      },
      { phrases: ['(i am|we are) (just|only) the messenger*'], replace: "I'm following this up for you" },
      { phrases: ['(i|we) have (done|tried) (all|everything) (i|we) (can|could)'], replace: "what I'll do next is <next step> by <time>" },
      {
        phrases: ['(i am|we are) not sure what (else |more |)to tell you', '(i am|we are) not sure what (else |more |)(i|we) can tell you'],
        replace: "I'm checking this for you and will reply by <time>",
      },
      {
        phrases: ['not sure what (else |more |)to tell you', '(i|we) do not know what (else |more |)to tell you', 'not sure what (else |more |)(i|we) can tell you'],
        replace: 'checking this for you and will reply by <time>',
      },
      { phrases: ['your guess is as good as mine', 'beats me', 'who knows really'], replace: "I'm finding out for you" },
    ],
    handoff: [
      {
        phrases: [
          '(ask|contact|try|call|email|e mail|ring|phone|message|check with|speak to|speak with|talk to|talk with|reach out to|get in touch with|write to|go to|ask around) (someone|somebody|anyone|anybody) else',
          '(find|get) (someone|somebody) else to (help|fix|look|answer|deal|handle|sort)',
          '(contact|ask|try|call|email|check with|speak to|talk to|reach out to) (another|a different|the relevant|the appropriate|the correct|some other) (department|team|company|provider|person|office)',
        ],
        replace: CONTACT,
      },
      { phrases: ['(someone|somebody) else (will have to|has to|needs to|should|can|could|will need to)'], replace: '<team> at <contact> can' },
      {
        phrases: [
          'take (it|this|that|the matter|this matter|that matter|your complaint|the issue) up with',
          'sort (it|this|that) out with',
          '(raise|discuss) (it|this|that) (directly |)with',
        ],
        replace: 'contact',
      },
      {
        phrases: [
          '(a question|a matter|an issue|one) for (the|your|another|a different) (bank|manufacturer|airline|courier|carrier|seller|store|provider|department|team|company|insurer|retailer|developer)',
          '(a question|a matter|an issue|one) for (someone|somebody) else',
        ],
        replace: "something I'll ask <team> about today",
      },
      {
        phrases: [
          '(i am|i am really|i am just) not the (right|best|correct|appropriate) (person|one) (to ask|to help|to talk to|to speak to|to answer this|to answer that|to deal with this|to deal with that|to handle this|to handle that|for this|for that|)',
          '(we are|we are really) not the (right|best|correct|appropriate) (people|team|department) (to ask|to help|to talk to|to speak to|to answer this|to answer that|to deal with this|to deal with that|to handle this|to handle that|for this|for that|)',
        ],
        replace: "I'm passing this to <team>, who will reply by <time>",
      },
      {
        phrases: [
          '(is|are) (the|their|his|her) (manufacturer|manufacturers|bank|banks|airline|airlines|courier|couriers|carrier|carriers|seller|sellers|restaurant|supplier|suppliers|developer|developers|retailer|retailers|store|vendor|vendors|provider|providers|network|landlord|insurer) (problem|responsibility|business|issue|concern|department|job)',
          "(is|are) (the|their|his|her) (manufacturer's|bank's|airline's|courier's|carrier's|seller's|restaurant's|supplier's|developer's|retailer's|store's|vendor's|provider's|network's|landlord's|insurer's) (problem|responsibility|business|issue|concern|department|job)",
          '(is|are) (their|his|her) (problem|responsibility|business|issue|concern)',
        ],
        replace: "is something I'll chase with them by <time>",
      },
      {
        phrases: [
          "(that|this|it|which) is (the|their|his|her) (manufacturer|manufacturers|bank|banks|airline|airlines|courier|couriers|carrier|carriers|seller|sellers|restaurant|supplier|suppliers|developer|developers|retailer|retailers|store|vendor|vendors|provider|providers|network|landlord|insurer|manufacturer's|bank's|airline's|courier's|carrier's|seller's|restaurant's|supplier's|developer's|retailer's|store's|vendor's|provider's|network's|landlord's|insurer's) (problem|responsibility|business|issue|concern|department|job)",
          '(that|this|it|which) is (their|his|her) (problem|responsibility|business|issue|concern)',
        ],
        replace: "that's something I'll chase with them by <time>",
      },
      {
        phrases: [
          '(a matter |an issue |something |a thing |one |)(to sort out |to resolve |to settle |to be sorted out |)between (you|yourself) and your (isp|bank|provider|internet provider|broadband provider|network provider|mobile provider|phone company|carrier|network|operator|card issuer|courier|airline|seller|retailer|manufacturer|landlord|insurer|employer|host|hosting provider|registrar|it department|it team|administrator|admin|building management)',
          '(a matter |an issue |something |a thing |one |)(to sort out |to resolve |to settle |to be sorted out |)between (you|yourself) and the (bank|courier|airline|seller|retailer|manufacturer|landlord|insurer|card issuer|registrar)',
        ],
        replace: "something I'll raise with <provider> myself by <time>",
      },
      {
        phrases: [
          "(is|are|lies|sits) (on|at) your (internet |broadband |mobile |network |phone |)(isp's|bank's|provider's|carrier's|network's|operator's|issuer's|courier's|airline's|seller's|retailer's|manufacturer's|landlord's|insurer's|employer's|host's|registrar's|administrator's|company's) (end|side)",
          "(is|are|lies|sits) (on|at) the (isp's|bank's|carrier's|courier's|airline's|seller's|retailer's|manufacturer's|landlord's|insurer's|registrar's) (end|side)",
          '(is|are|lies|sits) (on|at) your (isp|bank|provider|internet provider|broadband provider|carrier|operator|card issuer) (side|end)',
          '(is|are) (down to|up to) your (isp|bank|provider|internet provider|broadband provider|network provider|mobile provider|phone company|carrier|operator|card issuer|courier|airline|seller|retailer|manufacturer|landlord|insurer|employer|host|hosting provider|registrar|it department|it team|administrator) to (sort out|sort|fix|resolve|deal with|handle|look into|answer|explain)',
          '(is|are) down to your (isp|bank|provider|internet provider|broadband provider|network provider|mobile provider|phone company|carrier|operator|card issuer|courier|airline|seller|retailer|manufacturer|landlord|insurer|employer|host|hosting provider|registrar|it department|it team|administrator)',
          '(is|are) (a question|a matter|an issue|one|something) for you and your (isp|bank|provider|internet provider|broadband provider|carrier|operator|card issuer|courier|airline|seller|retailer|manufacturer|landlord|insurer|employer|registrar)',
          '(is|are) (one |something |)for your (isp|bank|provider|internet provider|broadband provider|network provider|mobile provider|phone company|carrier|operator|card issuer|courier|airline|seller|retailer|manufacturer|landlord|insurer|employer|host|hosting provider|registrar|it department|it team|administrator) to (sort out|sort|fix|resolve|deal with|handle|look at|look into|answer|explain)',
        ],
        replace: "is something I'll raise with <provider> myself by <time>",
      },
    ],
    unknown: [
      { phrases: ['i (really |honestly |just |)do not know', 'i (have|have got|got) (no|not a) (idea|clue)', 'i do not have (a clue|any idea|an answer)'], notAfter: CONVERSATIONAL, replace: CHECKING },
      { phrases: ['we (really |honestly |just |)do not know', 'we (have|have got|got) (no|not a) (idea|clue)', 'we do not have (a clue|any idea|an answer)'], notAfter: CONVERSATIONAL, replace: "we're checking" },
      { phrases: ['no idea (why|what|how|when|where|if|whether|who)', 'no clue (why|what|how|when|where|if|whether|who)'], replace: CHECKING },
      {
        phrases: ['i am (really |honestly |just |)not (sure|certain)', 'i am unsure'],
        notAfter: ['i', 'you', 'we', 'that', 'this', 'it', 'there', 'of', 'about', 'if you', 'whether you', '(what|how) you', 'exactly what you', 'everyone'],
        replace: CHECKING,
      },
      {
        phrases: ['we are (really |honestly |just |)not (sure|certain)', 'we are unsure'],
        notAfter: ['i', 'you', 'we', 'that', 'this', 'it', 'there', 'of', 'about', 'if you', 'whether you', '(what|how) you', 'exactly what you', 'everyone'],
        replace: "we're checking",
      },
      { phrases: ['(i|we) (honestly |really |just |)(can not|could not) (say|tell you) why'], replace: "I'm checking why" },
      { phrases: ['(i|we) (honestly |really |just |)(can not|could not) (say|tell you) what'], replace: "I'm checking what" },
      { phrases: ['(i|we) (honestly |really |just |)(can not|could not) (say|tell you) how'], replace: "I'm checking how" },
      { phrases: ['(i|we) (honestly |really |just |)(can not|could not) (say|tell you) when'], replace: "I'm checking when" },
      { phrases: ['(i|we) (honestly |really |just |)(can not|could not) (say|tell you) (if|whether)'], replace: "I'm checking whether" },
      { phrases: ['i wish i knew', 'i wish we knew'], replace: "I'm finding out" },
      { phrases: ['dunno'], replace: "I'm checking" },
      {
        // Intensified "no idea": "I haven't the faintest idea", "not the foggiest", "zero clue".
        phrases: [
          '(i|we) (have not|do not have|have not got|have not really got) (the|a) (faintest|foggiest|slightest|remotest|vaguest|least|first|earthliest) (idea|clue|notion)',
          '(i|we) (have not|do not have|have not got) (a|any) (clue|idea)',
          '(i|we) (have|have got|got) (absolutely |literally |honestly |really |)(no|zero) (earthly |real |)(idea|clue)',
          'not the (faintest|foggiest|slightest|remotest|vaguest|first) (idea|clue|notion)',
          '(honestly|frankly|genuinely|really|truly|absolutely|literally|zero|no earthly|no real) (no |not a |)(idea|clue) (why|what|how|when|where|if|whether|who)',
        ],
        notAfter: CONVERSATIONAL,
        replace: CHECKING,
      },
      {
        phrases: [
          '(no one|nobody|none of us) (here |on our side |on our end |in the team |)(really |actually |)knows (why|what|how|when|where|if|whether)',
          '(god|goodness|heaven|lord) (only |)knows (why|what|how|when|where|if|whether)',
          "(it is|that is|that one is) (anyone's|anybody's) guess",
          '(there is |)no (way|real way) (to|of|for us to|for me to) (know|knowing|tell|telling|say|saying|predict|predicting) (when|why|what|how|if|whether|where)',
          'there is no (telling|knowing|saying) (when|why|what|how|if|whether|where)',
        ],
        replace: "I'm finding out",
      },
    ],
    unknownAtEnd: [
      {
        phrases: [
          '(honestly |frankly |really |genuinely |absolutely |literally |)(no|zero) (earthly |real |)(idea|clue)',
          'not a clue',
          'search me',
          '(who|god|goodness|heaven|lord) (only |really |)knows',
          '(i|we) (honestly |really |just |)(could not|can not) (say|tell you)',
        ],
        // "ask anyone who knows", "the colleague who knows" point to someone; "who knows" alone shrugs.
        notBefore: ['anyone', 'anybody', 'someone', 'somebody', 'everyone', 'everybody', 'person', 'people', 'one', 'colleague', 'colleagues', 'agent', 'team', 'staff', 'those', 'expert', 'engineer', 'technician', 'else'],
        replace: "I'm checking and will reply by <time>",
      },
    ],
    unknownSe: [],
    hedge: [
      {
        phrases: [
          '(in theory|theoretically|in principle|technically|in theory at least|hopefully) (it|this|that|everything|things|all) (should|ought to) (now |)(work|be working|work fine|work again|be back to normal)',
          '(it|this|that|everything|things|all) (should|ought to) (now |)(work|be working|work fine|work again|be back to normal)',
          '(it|this|that) (might|may) (work|do it)',
          'hopefully (this|that|it|these|the update|the fix|the steps|the change|the reset) (will |should |)(work|works|does the trick|do the trick)',
          'hopefully (this|that|it) (will be|is|gets|should be) working',
          '(i|we) hope (it|this|that) (works|will work|does the trick|will do the trick)',
          'fingers crossed (it|this|that) (works|will work|does the trick)',
          '(it|this|that) will probably (work|do it|fix it|be fine)',
          '(it|this|that) (probably|likely) (works|will work)',
          'should (now |)be (working|sorted|fixed|resolved|back up) now',
        ],
        notAfter: ['on', 'with', 'for (all|any|every|most|both)', 'in (all|any|every|most|both)', 'across', 'offline', 'without'],
        // "how this should work" is about design, not a promise about the fix.
        notBefore: ['how', 'whether', 'why', 'what', 'where', 'when'],
        replace: CHECK_WORKS,
      },
      {
        phrases: [
          '(it|this|that|these|those) should (fix|solve|resolve|sort|sort out|take care of|clear) (it|this|that|the issue|the problem|things|everything|the error)',
          '(it|this|that|these|those) should sort (it|this|that|things|everything) out',
          '(it|this|that|these) (should|ought to) do (the trick|it)',
          'hopefully (this|that|it|these|the update|the fix|the steps|the change|the reset) (will |should |)(fix|fixes|solve|solves|resolve|resolves|sort|sorts|sorts out|sort out|clear|clears) (it|this|that|things|everything|the issue|the problem|the error)',
          'hopefully (this|that|it) (will be|is|gets|should be) (fixed|resolved|sorted)',
          'hopefully (this|that|it|these|the update|the fix|the steps|the change|the reset) (will |should |)(sort|sorts) (it|this|that|things|everything) out',
          '(i|we) hope (it|this|that) (sorts|will sort) (it|this|that|things|everything) out',
          '(i|we) hope (it|this|that) (fixes|will fix|solves|will solve|sorts|will sort) (it|this|that|things|everything|the issue|the problem|the error)',
          'fingers crossed (it|this|that) (fixes|will fix) (it|this|that|things|everything|the issue|the problem|the error)',
        ],
        replace: CHECK_FIXED,
      },
      {
        phrases: [
          'should (fix|solve|resolve|sort|sort out|take care of|clear) (it|this|that|things|everything|the issue|the problem|the error)',
          'should sort (it|this|that|things|everything) out',
        ],
        replace: "should fix it, and I'll confirm with you by <time>",
      },
      { phrases: ['(might|may|could) be (fixed|resolved|addressed|added|included) in (a|the|an) (future|next|later|upcoming) (update|release|version)'], replace: 'is planned for <release> on <date>' },
      { phrases: ['wait and see', 'give it (some|a little|a bit of|more) time'], replace: "wait until <date>; I'll check it then" },
      {
        phrases: [
          '(it|this|that|the issue|the problem|the error|things) (may|might|should|will probably|could) (resolve|sort|fix|clear|sort out) itself',
          '(it|this|that|the issue|the problem|the error|things) (may|might|should|will probably|could) sort itself out',
        ],
        replace: "I'll check that it's resolved by <time>",
      },
      {
        phrases: ['(maybe|perhaps|just|maybe just|perhaps just) try (something|anything) (else|different)', '(maybe|perhaps) try (a few|some) (other |different |)things'],
        replace: 'I suggest <specific step>',
      },
      {
        // A hedged try-another with no tail: "maybe try a different browser", "perhaps use another card".
        phrases: [
          '(maybe|perhaps|possibly) (you could |you can |you might |you may want to |just |)(try|use|switch to|try using|try with|go with) (another|a different|some other|other|a new|a second) *',
        ],
        replace: 'I suggest <specific step>',
      },
      {
        phrases: [
          'try (something|anything) (else|different)',
          'try (a few|some) (other|different) things',
          'try (other|different) (things|stuff)',
          '(play|mess|fiddle) (around|about) with (it|the settings|them)',
        ],
        replace: 'try <specific step>',
      },
    ],
    hedgeTail: [
      {
        phrases: [
          '(maybe |perhaps |possibly |just |maybe just |you could |you might |)(try|try using|try with|try switching to) (*|* *|* * *|* * * *) (or something|or whatever|or anything|or so|who knows|you never know|or something like that|or something similar|or something along those lines|or some such|or similar|or the like)',
          '(maybe|perhaps|possibly) (use|switch to|restart|reinstall|reset|update|clear) (*|* *|* * *|* * * *) (or something|or whatever|or anything|who knows|you never know|or something like that|or something similar|or some such)',
        ],
        // "If you try another card or something, ..." names a condition, not a suggestion.
        notBefore: ['if', 'when', 'once', 'unless', 'you', 'we', 'i', 'they', 'to', 'did', 'have', 'will'],
        replace: 'I suggest <specific step>',
      },
    ],
    reassurance: [
      {
        phrases: [
          '(in theory|theoretically|in principle|technically|hopefully) (it|this|that|everything|things|all|you|we) should be (fine|ok|okay|good|all good|all right|alright|sorted|resolved|fixed|all set)',
          '(it|this|that|everything|things|all|you|we) should (now |)be (fine|ok|okay|good|all good|all right|alright|sorted|resolved|fixed|all set)',
        ],
        replace: "I'll check that it's sorted by <time>",
      },
    ],
    condition: [{ phrases: ['(as|so) long as', 'provided', 'providing', 'if', 'once', 'assuming'] }],
    vagueTime: [
      {
        phrases: [
          'as soon as possible',
          'asap',
          'a s a p',
          'as (soon|quickly|fast) as (we|i|they|the team|we possibly|i possibly) (can|are able|am able|possibly can)',
          'as (quickly|fast|promptly|early) as possible',
          'at (the|our) earliest (opportunity|convenience|possible time)',
          'as and when (we|i) (can|are able)',
          'in the (very |)near future',
          '(sometime|some time) soon',
        ],
        replace: TODAY,
      },
      { phrases: ['in due (course|time)', 'in a timely (manner|fashion)'], replace: BY_DATE },
      {
        // "We'll see when we get to the Frankfurt server": the customer is left to wait and guess.
        phrases: ['(we|i) (will|shall) (just |)(see|have to see|need to see) (about |)when', 'let us see when', '(it |)remains to be seen when'],
        replace: "we'll confirm by <date> when",
      },
      { phrases: ['(it |)remains to be seen (whether|if)'], replace: "we'll confirm by <date> whether" },
      { phrases: ['time will tell'], replace: "we'll know by <date>" },
      { phrases: ['(will|would) eventually'], replace: 'will, by <date>,' },
    ],
    vagueWhen: [
      {
        phrases: [
          'at some (point|stage)',
          'at some (later|future) (point|stage|date|time)',
          'one of these (days|weeks|months)',
          'one day soon',
          'sooner or later',
          'some day',
          'someday',
          'at a later (date|time|stage)',
          'eventually',
          '(sometime|some time) (later|in the future|down the line|down the road)',
          'in the fullness of time',
        ],
        replace: BY_DATE,
      },
    ],
    future: [
      {
        phrases: [
          '(will|shall|going to|gonna|hope to|plan to|expect to|intend to)',
          '(should|may|might|could) (get|hear|receive|contact|call|reply|respond|arrive|be in touch|get back|have)',
        ],
      },
    ],
    vagueTimeAtEnd: [
      {
        phrases: [
          '(when|whenever) (we|i) (can|are able|am able|are able to|am able to)',
          'when possible',
          '(when|whenever) (we|i|they|he|she|someone|the team) (get|gets|have|has) (a chance|the chance|time|a moment|round to it|around to it)',
          '(when|whenever) (they|he|she|the team) (can|are able|is able)',
          '(when|whenever) time allows',
          '(when|whenever|if) (we|i|they|the team) (get|gets) (to it|round to it|around to it|a minute|a spare minute|the time)',
          '(when|whenever) (we|i|they|the team) (find|have|has) (the |a |some |)(time|moment|minute|spare moment)',
        ],
        replace: TODAY,
      },
    ],
    commitment: [
      {
        phrases: [
          '(i|we) (will|shall|am going to|are going to) (find out|check|look|ask|investigate|get back|come back|update|confirm|call|contact|write|email|e mail|reply|follow up|let you know|chase|escalate|send|forward|pass|raise|find|dig|test|review)',
          'let me (check|find out|ask|look|confirm|investigate|chase|see)',
          'let us (check|find out|ask|look|confirm|investigate)',
          '(i|we) (am|are) (checking|looking into|finding out|investigating|asking|chasing|escalating|reviewing)',
          '(i|we) (have|have just|have already) (asked|escalated|contacted|passed|raised|forwarded|reached out|booked|arranged)',
          '(you can|you could|please) (reach|contact|call|email|e mail|phone|ring|write to) (them|him|her|it|the team|our team) (at|on|via|by|through|here)',
        ],
      },
    ],
    concreteTime: [
      {
        phrases: [
          '(today|tonight|tomorrow|tomorrows)',
          'this (morning|afternoon|evening)',
          '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
          '(noon|midday|midnight|eod|cob)',
          'end of (the |)(day|business day|working day)',
          'close of business',
          'no later than',
          'within (the hour|the day|a day|an hour|the next hour)',
          'within * (minute*|hour*|day*|working day*|business day*)',
          'within * * (minute*|hour*|day*|working day*|business day*)',
          'in (the next |)* (minute*|hour*)',
        ],
      },
    ],
    request: [
      {
        phrases: [
          'please',
          'kindly',
          'you (should|must|need|have to|will need|will have to|may want|might want|want to|would need|are required|are asked|get|can|could|come|stop|drop|visit|reply|respond|send|call|contact|check|update|return|pay|book|make|let|try|are welcome)',
          '(we|i) (recommend|advise|suggest|ask|urge|encourage|would recommend|would suggest|would ask|would advise)',
          '(we|i) (need|require|would need|will need) (you|your|the|a|these|those|this|that|it|them|some|proof|photos|a copy)',
          'it is (important|best|recommended|advisable|essential)',
          'make sure',
          'be sure to',
          'fingers crossed',
          '(should|must|needs to|has to|need to|have to) be (done|made|completed|submitted|paid|returned|sent|filed|received|booked|cancelled|canceled|renewed|updated)',
        ],
      },
    ],
    imperative: [
      {
        phrases: [
          '(reply|respond|contact|call|send|return|pay|update|check|book|come|visit|submit|complete|email|ring|confirm|upload|sign|get in touch|let us know|write to|message|dm|drop|reach out|act|register|apply|renew|cancel)',
        ],
      },
    ],
  },
  knowComplements: [],
  futureEndings: [],
  questionWords: ['why', 'what', 'how', 'when', 'where', 'if', 'whether', 'who', 'which'],
  months: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  dateLinks: ['of'],
};
