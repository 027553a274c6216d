import type { NoHostilityData } from './index.ts';

// "not stupid", "no such thing as a stupid question", "this may sound silly, but": reassurance
// or self-deprecation, not an insult.
const NEGATED = [
  'not', 'no', 'never', 'nothing', 'not (at all|remotely|in any way)', 'no such thing as (a|an)', 'not a', 'not an', 'not being',
  'never a', 'never an', 'no question is', 'is not', 'are not', 'was not', 'were not', 'nothing is', 'far from',
  '(may|might|could) (be|sound|seem) (a|an|like a|like an|)', '(may|might|could) sound', 'feel', 'feel a bit', 'feel (so|very|really)',
  '(i|we) (feel|felt|look|looked)', '(i|we) (feel|felt|look|looked) (a bit|a little|so|very|really|quite|rather|pretty)',
  'i am', 'i\'m', 'we are', '(i|we) (was|were|am|are) (a bit|being|so)', 'i was', 'we were', 'how', 'my',
];
const QUESTION_AFTER = ['question', 'questions'];
const SELF_AFTER = ['me', 'of me', 'of us', 'mistake on (our|my) (part|side|end)', 'on (our|my) (part|side)', 'question but', 'questions but'];

export const en: NoHostilityData = {
  phrases: {
    insult: [
      {
        phrases: ['stupid*', 'idiot*', 'moron*', 'imbecil*', 'cretin*', 'dimwit*', 'halfwit*', 'nitwit*', 'dumbass*', 'dumb ass', 'numpty', 'numpties', 'nincompoop*', 'dunce*', 'bonehead*', 'pea brain*', 'brainless', 'retard', 'retards', 'retarded', 'loser', 'losers', 'jerk', 'jerks', 'buffoon*', 'simpleton*', 'ignoramus*', 'twit', 'twits', 'prat', 'prats', 'pillock*', 'plonker*', 'berk'],
        notBefore: NEGATED,
        notAfter: [...SELF_AFTER, 'proof', 'proofing', 'light', 'lights', 'box'],
      },
      {
        phrases: ['ridiculous', 'absurd', 'ludicrous', 'laughable', 'preposterous', 'pathetic', 'asinine', 'idiotic', 'moronic', 'brainless', 'childish', 'infantile', 'farcical', 'outrageous demand', 'ridiculous demand'],
        notBefore: [...NEGATED, 'seem', 'seems', 'feels', 'can feel', 'can seem', 'must feel', 'must seem', 'i know it (seems|feels|looks|sounds)'],
        // "It's absurd that you had to wait this long" sides with the customer.
        notAfter: [
          ...SELF_AFTER, 'that you (had|have|were|waited|got|did not|didn\'t|had to|have had|have been|are still|were still|still)',
          'that (this|it) (took|has taken|happened|is still)', 'how (long|much)', 'amount of (time|waiting)', 'wait', 'delay',
          'that we', 'on our part',
        ],
      },
      {
        phrases: ['nonsense', 'drivel', 'twaddle', 'balderdash', 'poppycock', 'hogwash', 'claptrap', 'baloney', 'codswallop', 'gibberish', 'rubbish', 'garbage', 'tripe', 'bunk'],
        // Only as a judgement: "is nonsense", "what rubbish", "talking rubbish"; "rubbish collection" is a bin day.
        requireBefore: [
          'is', 'was', 'are', 'were', 'that is', 'this is', 'it is', 'sounds', 'sounds like', 'sounds like (a load of|complete|total|utter)',
          'complete', 'total', 'utter', 'absolute', 'pure', 'such', 'talking', 'talk', 'talks', 'spouting', 'what', 'what (a|a load of)',
          'load of', 'lot of', 'bunch of', 'pile of', 'piece of', 'frankly', 'simply', 'just', 'plain', 'is (frankly|simply|just|complete|total|utter|absolute|pure|clearly|obviously)',
          'is (a load of|a lot of|a bunch of|a pile of)', '^',
        ],
        requireAfter: ['$', 'and', 'but', 'because', 'since', 'as', 'if', 'when', 'to', 'from', 'that'],
        notBefore: [...NEGATED, 'no', 'the', 'your', 'our', 'of the', 'household', 'garden'],
        notAfter: ['collection*', 'bin*', 'bag*', 'day', 'disposal', 'truck', 'lorry', 'removal', 'pickup', 'pick up', 'service', 'can', 'chute', 'collector*', 'tip'],
      },
      {
        phrases: ['is (frankly|simply|just|complete|total|utter|absolute|pure|) nonsense', 'is a (load|lot|pile) of (nonsense|rubbish|garbage)'],
        replace: "doesn't match what we see",
        notBefore: NEGATED,
      },
      {
        phrases: ['(that is|this is|it is) (frankly|simply|just|complete|total|utter|absolute|pure|) nonsense', '(that is|this is|it is) a (load|lot|pile) of (nonsense|rubbish|garbage)'],
        replace: "that doesn't match what we see",
        notBefore: NEGATED,
      },
      {
        phrases: [
          '(is|are|was|were|sounds|seems|be|being|so|really|pretty|plain|just|frankly|a bit|rather|quite|bit|totally|utterly|you are|that is|it is|this is|they are|he is|she is) (dumb|daft|silly|lazy|clueless|incompetent|ignorant|gullible|foolish)',
          '(you are|you\'re|are you|being|you were) (so|really|just|a bit|being|quite|rather|totally|completely|) (hysterical|paranoid|dense|thick|senile|naive|delusional|unhinged|mental|nuts|crazy|insane|irrational)',
          '(you are|you\'re|you were) (being|) (so|really|just|a bit|quite|rather|totally|completely|) (unreasonable|difficult|childish|rude|ridiculous|absurd|silly|immature|impossible|annoying|a pain)',
          '(dumb|daft|silly|stupid|foolish|lazy|ignorant|pointless|idiotic|ridiculous) (request|complaint|claim|idea|thing to ask|thing to do|thing to say|excuse|argument|demand|customer|customers|person|people|user|users|behaviour|behavior|comment|email|message|ticket)',
          '(a|an|such a|such an|what a|what an) (fool|clown|moron|idiot|imbecile|loser|jerk|brat|nutcase|nutter|lunatic|crybaby|cry baby|drama queen|troll|time waster|timewaster)',
          '(is|are|was|what|that is|it is|this is) a joke', 'you people',
          '(shut up|shut your mouth|shut your face|shut your trap|shut your gob|stfu)',
          'waste of (space|oxygen|skin)',
          'a pain in the (neck|ass|arse|backside|butt)',
          'shame on you', 'you should be ashamed', 'you ought to be ashamed',
          'use your (brain|head|eyes|common sense)', 'get a clue', 'how dare you', 'who do you think you are',
          '(do not|don\'t) take that tone', 'learn (how to|to) use (it|the|your|a)',
          'you (clearly|obviously|really|) (have no idea|have no clue|do not know|don\'t know) what you (are|\'re) (doing|talking about)',
          '(stop|quit) being (difficult|rude|unreasonable|a pain|childish|ridiculous|silly|stupid|dramatic|awkward|so difficult)',
          '(do not|don\'t) be (stupid|ridiculous|an idiot|absurd|dumb|daft|a fool|a baby|childish|so stupid|so dense|thick|dense|such a baby|an ass)',
          'can (you not|not you) read', 'learn to read', 'can you even read', 'do you (even|) (know how to|understand) (read|english)',
          'are you (stupid|dumb|thick|blind|deaf|an idiot|a moron|insane|crazy|mad|daft|dense|illiterate)',
          '(is it|is that|it is|that is) too (hard|difficult|much) (for you|) to (understand|read|follow|grasp)',
          '(any|an) (idiot|fool|moron) (can|could|would|knows)',
        ],
        notBefore: [...NEGATED, 'thank'],
        notAfter: [...QUESTION_AFTER.map((q) => `${q} but`), 'of me', 'of us', 'on our part', 'on my part', 'loading', 'load', 'susan', 'sunday', 'mode', 'putty', 'season', 'shop'],
      },
      {
        // "You can't even read a simple manual"; not "you can't read messages in the app".
        phrases: ['(you|he|she) (can not|cannot|can\'t) (even|) read'],
        requireAfter: ['$', 'a (simple|basic|manual|label|sign)', '(simple|basic|properly|english|instructions)', 'the (manual|instructions|label|email|terms)'],
        notBefore: ['if', 'saying', 'mean', 'that'],
      },
      {
        phrases: ['(dumb|silly|stupid|daft) (question|questions)'],
        // "There are no stupid questions", "this may be a silly question, but…" reassure.
        requireBefore: ['(that is|that\'s|this is|what a|such a|such|a really|a very|really|very|so|a|your|asking)'],
        notBefore: ['(may|might|could) (be|sound like|seem like) a', 'not a', 'no', 'never a', 'no such thing as a', 'are no', 'is no', '(if|whether) (this|it|that) (is|was|sounds like|seems like) a', '(probably|perhaps|maybe) a', 'ask a', 'asking a', 'asked a', 'have a'],
        notAfter: ['but'],
      },
      {
        // A superlative verdict on the customer's message: "the silliest complaint I've read all week".
        phrases: [
          '(the|your|this|that|a) (silliest|dumbest|stupidest|daftest|lamest|weakest|flimsiest|feeblest|worst|pettiest|most absurd|most ridiculous|most pathetic|most laughable|most ludicrous|most idiotic|most childish|most petty|most pointless|most nonsensical|most far fetched|most outlandish|most preposterous|most entitled|most unreasonable|most bizarre|most inane|most asinine) (complaint|complaints|request|requests|claim|claims|excuse|excuses|demand|demands|argument|arguments|question|email|emails|message|messages|ticket|review|story|reason|idea|comment|theory|grievance|moan|whinge|rant|accusation)',
          '(the|a) (silliest|dumbest|stupidest|daftest|lamest|most absurd|most ridiculous|most pathetic|most laughable|most ludicrous|most idiotic|most inane) (thing|things) (i|we) (have|\'ve|) (ever|) (heard|read|seen|received|been asked)',
        ],
        notBefore: ['not', 'never', 'far from', 'hardly'],
        notAfter: ['on (our|my) (part|side)', 'of (ours|mine)', 'we (made|gave|had)'],
      },
      {
        // Belittling the customer's experience: "from someone who has run exactly one campaign".
        phrases: [
          '(someone|somebody|a person|people|anyone|a customer|a guy|a man|a woman) who (has|have|had|) (run|done|made|had|launched|organised|organized|managed|built|sold|booked|flown|ordered|placed|owned|written|created|used|tried|hosted|set up|worked|bought|rented|published|opened) (exactly|precisely|all of|a grand total of|a whopping|one whole|a single whole) (one|1|two|2|a single|one single)',
          '(coming from|from|and this from|this from|this coming from|that from|rich coming from) (someone|somebody|a person|a customer|a guy|a man|a woman|anyone) who (has|have|\'s|) (never|barely|hardly|clearly never|obviously never) (run|done|made|had|launched|organised|organized|managed|built|sold|worked|used|tried|set up|been)',
          '(you have|you\'ve|you) (run|done|made|had|launched|organised|organized|managed|built|sold|hosted|set up) (exactly|precisely|all of|a grand total of|a whopping) (one|1|two|2|a single)',
          '(you are|you\'re) (hardly|not exactly|clearly not|obviously not|certainly not) (an expert|an authority|a professional|the expert|an engineer|a pro|a specialist|an insider)',
          'who are you to (tell|lecture|teach|question|judge|criticise|criticize|explain to|advise) (us|me|anyone)',
          'you (clearly|obviously|evidently|) (do not|don\'t) know the first thing about',
        ],
        notBefore: ['if', 'whether', 'not'],
      },
      {
        // "You've only ever run one campaign" is a put-down only while the customer's advice is the topic.
        phrases: [
          '(you have|you\'ve|you) (only|just) (ever|) (run|done|made|had|launched|organised|organized|managed|built|sold|hosted|set up) (one|1|a single|two|2)',
          '(you have|you\'ve) never (run|done|launched|organised|organized|managed|built|worked in|set up) (a|an|one|any)',
        ],
        requireNearby: 'lectureCue',
        notBefore: ['if', 'whether', 'as', 'since', 'because'],
      },
    ],
    profanity: [
      {
        phrases: [
          'fuck*', 'f ck*', 'f k', 'f ing', 'sh t', 'sh tty', 'b tch*', 'fck', 'fcking', 'fckin', 'fuk', 'fukin', 'fuking', 'motherf*', 'shit', 'shits', 'shitty', 'shite', 'shitting', 'bullshit*', 'bullcrap',
          'crap', 'crappy', 'damn', 'dammit', 'damnit', 'goddamn*', 'goddam', 'damned', 'wtf', 'stfu', 'ffs', 'omfg', 'jfc',
          'asshole*', 'arsehole*', 'ass hole', 'bastard*', 'bitch*', 'dickhead*', 'cock up', 'piss', 'pissed', 'piss off', 'pissing',
          'bloody hell', 'bloody (stupid|ridiculous|idiot*|annoying|useless|hell|customers|people|stupidity)', 'hell no', 'the hell', 'go to hell', 'to hell with', 'sod off', 'sod it', 'screw you', 'screw it', 'screw that',
          'jesus christ', 'for god\'s sake', 'for gods sake', 'for christ\'s sake', 'for crying out loud', 'bollocks', 'wanker*', 'twat*', 'tosser*', 'cunt*', 'frigging', 'friggin', 'effing',
        ],
        // "damned" is also a film title; "crap" in "craps" the dice game is not matched.
        notAfter: ['united'],
      },
    ],
    dismissive: [
      {
        phrases: ['whatever', 'tough', 'too bad', 'so what', 'big deal', 'meh', 'duh', 'yawn', 'boo hoo', 'boohoo', 'tough luck', 'hard luck', 'tough cookies', 'tough titties', 'get over it', 'deal with it', 'live with it', 'suck it up', 'grow up', 'get a grip', 'get a life', 'get lost', 'go away', 'shut up', 'shush', 'whatever then', 'fine whatever', 'anyway whatever', 'do whatever you (want|like)', 'whatever you (want|like|think)', 'suit yourself'],
        // "Whatever." or "Whatever, we've added…" on its own; "whatever restaurant you order from" is neutral.
        requireBefore: ['^'],
        requireAfter: ['$'],
        notAfter: ['shop'],
      },
      {
        phrases: [
          'whatever you say', '(i|we) (do not|could not|couldn\'t|can not|cannot) care (less|)', '(i|we) (really|honestly|frankly|just|) (do not|don\'t) care',
          'who cares', 'nobody cares', 'no one cares', 'no one really cares', 'frankly (i|we) do not care', 'like (i|we) care', 'as if (i|we) care',
          // "That's your problem, not ours" deflects (no-evasive reports it); the insult next to it, if any, is ours.
          'tough luck', 'hard luck', 'tough cookies', 'too bad for you', 'take it or leave it', 'end of (story|discussion|conversation)',
          '(just|you will have to|you\'ll have to|you need to|you have to|you\'ll just have to|you will just have to) (deal|live) with it',
          '(you need to|you have to|please|just|you should) (grow up|get over it|get a grip|get a life|shut up|suck it up)',
          '(stop|quit) (whining|whinging|moaning|complaining|crying|bothering us|bothering me|pestering us|pestering me|harassing us|spamming us|nagging|bugging us|bugging me)',
          '(do not|don\'t) (bother|pester|nag|bug) (us|me)', 'leave (us|me) alone', 'get off (our|my) back',
          '(do not|don\'t) waste (our|my) time', '(stop|quit) wasting (our|my) time', '(you are|you\'re) wasting (our|my) time', '(a|such a) waste of (our|my) time',
          'we have better things to do', 'i have better things to do', 'we are not (your|a) (babysitter|babysitters|nanny|nannies|personal assistant)',
          'not (our|my) job to (babysit|hold your hand|teach you|spoon feed|spoonfeed)',
          '(i|we) (will|won\'t|will not) (not|) (respond|reply) to (any|this|these) (more|further|) (nonsense|rubbish|messages like this)',
          'give me a break', 'give us a break', 'give it a rest', 'enough is enough',
          '(waste|wasting) (my|our) time (arguing|discussing|debating|on this|on you|with you|explaining)',
          'figure it out (yourself|on your own|for yourself)', 'work it out (yourself|on your own|for yourself)', '(just|go) google it', 'look it up yourself',
          'you get what you pay for', 'what do you expect (for|at) (that|this) price', 'do your own research',
          '(you are|you\'re) not (our|the) only customer', 'we have (other|more important) customers',
          '(we are|we\'re) not (mind readers|magicians|psychics|miracle workers)', 'like it or not',
          '(we are|we\'re|i am|i\'m) not (going to|gonna) waste (any more|more|any|our|my) (time|of our time|of my time)',
          '(do not|don\'t) bother (contacting|writing to|emailing|calling|messaging) (us|me)',
          '(we|i) (will not|won\'t) be (responding|replying) to (any more|any further|your) (emails|messages|complaints|tweets)'
        ],
        notBefore: ['if', 'whether', 'so that', 'not', 'help you', 'hold'],
        notAfter: ['to (help|support|assist)', 'of (your|the) (data|privacy|security)'],
      },
      {
        // "Spare me the drama", "I'd appreciate fewer lectures": waving off what the customer wrote.
        phrases: [
          'spare (me|us) (the|your|all the|all your|any more|any further|the whole) (drama|dramatics|theatrics|histrionics|lecture|lectures|lecturing|sermon|sermons|speech|speeches|sob story|sob stories|excuses|attitude|whining|moaning|tantrum|tantrums|outrage|indignation|life story|lesson|lessons|advice|opinions|commentary|performance|act|song and dance)',
          'save (the|your) (drama|dramatics|theatrics|histrionics|lecture|lectures|sermon|sermons|speech|sob story|sob stories|excuses|outrage|indignation|tantrum|tantrums) (for|)',
          'cut (out|) the (drama|dramatics|theatrics|histrionics|attitude|lecture|lectures|sermon|sob story|excuses|whining|moaning|act)',
          '(enough|quite enough) (with|of) (the|your|all the|all your|this) (drama|dramatics|theatrics|histrionics|lectures|lecture|lecturing|sermons|sermon|complaining|whining|moaning|attitude|excuses|tantrums)',
          '(i|we) (do not|don\'t) need (the|your|a|any|another|all the) (drama|dramatics|theatrics|histrionics|lecture|lectures|sermon|sermons|lesson|lessons|speech)',
          '(i would|i\'d|we would|we\'d) appreciate (fewer|less|no more|a lot less|a little less|a bit less|far fewer|far less|much less) (lectures|lecturing|drama|dramatics|theatrics|attitude|sermons|sermonising|lessons|complaining|whining|moaning|advice|tips|instructions|opinions|tantrums)',
          '(please|) (do not|don\'t) (lecture|preach to|patronise|patronize) (me|us)', '(stop|quit) (lecturing|preaching to|patronising|patronizing|moralising|moralizing at) (me|us)',
          'drop the (attitude|drama|act|theatrics|dramatics|sob story)', '(get|come|climb) (down|) off your high horse',
          '(i am|i\'m|we are|we\'re) not interested in (your|any more of your|any of your) (lectures|lecture|sermons|opinions|advice|drama|theories|excuses)',
          '(nobody|no one) asked (you|for your opinion|for your advice|for your input)', 'who asked for your (opinion|advice|input)',
        ],
        notBefore: ['if', 'whether'],
      },
      {
        // "I'm not wasting any more time on this": the customer is not worth our time.
        phrases: [
          '(i am|i\'m|we are|we\'re) not (wasting|spending|going to spend|gonna spend|about to waste) (any more|more|any|any further|another|another minute|another second|another moment|another word|my|our|further) (time|minute|minutes|second|seconds|energy|breath|words)',
          '(i|we) (will|won\'t|will not|shall not|can\'t|cannot|can not|refuse to) (not|) (waste|spend) (any more|more|any further|another|any|further) (time|minute|minutes|second|breath|energy|words) (on|with|arguing|discussing|debating|explaining)',
          '(i|we) (have|\'ve) (already|) wasted (enough|too much|far too much|quite enough|more than enough) (time|breath|energy) (on|with|arguing|explaining)',
          '(this|that|it|you|this conversation|this complaint|this discussion) (is|are|\'s|\'re) (not|no longer|hardly) worth (my|our) (time|while|breath|effort)',
          '(i am|i\'m|we are|we\'re) done (with you|with this conversation|with this discussion|arguing|discussing this|talking about this|explaining)',
        ],
        notBefore: ['if', 'whether'],
      },
    ],
    sarcasm: [
      {
        phrases: [
          'are you (serious|kidding|joking|kidding me|having a laugh|for real)', 'you (must|have got to|have to|\'ve got to|got to) be (kidding|joking)( me|)',
          'you cannot be serious', 'you can\'t be serious', 'is this a joke', 'is that a joke', 'what a joke', 'thanks for nothing',
          'surprise surprise', 'yeah right', 'yeah yeah', 'oh come on', 'cry me a river', 'good luck with that',
          'welcome to the real world', 'welcome to adulthood', 'if you say so', 'whatever floats your boat', 'well duh', 'no shit', 'newsflash',
          'congratulations (you|on) (broke|breaking|managed to break|managing to break)', 'well done (you|on) (broke|breaking)', 'captain obvious',
          // Mock praise for a mishap: "Congratulations, you've managed to lock yourself out".
          '(congratulations|congrats|well done|bravo|nice going|nice one|nice job|good job|great job|great work|way to go) (you have|you\'ve|you|) (somehow|actually|really|successfully|finally|now|) (managed|succeeded) (to|in) (break|breaking|lock|locking|delete|deleting|wipe|wiping|lose|losing|brick|bricking|crash|crashing|erase|erasing|corrupt|corrupting|block|blocking|overwrite|overwriting|ruin|ruining|mess|messing|screw|screwing|disable|disabling|destroy|destroying|damage|damaging|void|voiding|cancel|cancelling|canceling|flood|flooding|burn|burning|drown|drowning|jam|jamming|freeze|freezing|overload|overloading|short|shorting)',
          '(congratulations|congrats|well done|bravo|nice going|nice job|good job|great job|way to go) (you have|you\'ve|you|) (somehow|actually|really|successfully|) (broken|bricked|wiped|deleted|erased|corrupted|ruined|destroyed|locked yourself out|blocked yourself|voided your warranty|messed it up|messed everything up|screwed it up|screwed everything up)',
          'what part of * (do not|did not|don\'t|didn\'t) you (understand|get)', 'what part of * * (do not|did not|don\'t|didn\'t) you (understand|get)',
          'what part of * * * (do not|did not|don\'t|didn\'t) you (understand|get)', 'what part of * * * * (do not|did not|don\'t|didn\'t) you (understand|get)',
          'how many (more|) times (do|must|will|have|should|am|did) (i|we) (have to|need to|got to|) (tell|explain|say|repeat|ask)',
          '(for|this is) the (hundredth|thousandth|millionth|umpteenth|gazillionth) time',
          'i (do not|don\'t) know (what else|how else) to tell you',
          'read my lips', 'did you (even|actually) (try|look|check|bother|think)', '(i have|i\'ve|we have|we\'ve) (told|explained to|said to) you (a thousand|a hundred|a million|countless|several|multiple|many) times',
          '(i have|i\'ve|we have|we\'ve) (already|) (told|explained this to|said this to) you (a thousand|a hundred|a million|countless|several|multiple|many) times', 'do you (even|actually) (read|listen)', 'are you (even|actually) (reading|listening)', 'did you (even|actually) (read|bother)',
          'why (on earth|the hell|in the world) would you',
          'i (cannot|can\'t|can not) believe (you|anyone) (would|could)', 'what were you thinking', 'what did you expect', 'what do you expect',
          'sorry to burst your bubble',
        ],
        notBefore: ['not', 'if'],
        notAfter: ['and (thank|thanks|we)'],
      },
      {
        // "Nice try, but we know it was delivered"; not the playful "Nice try 😁 Check out…".
        phrases: ['nice try', 'good try'],
        requireAfter: ['$', 'but', 'however'],
        notAfter: ['and'],
      },
      {
        phrases: ['seriously', 'come on', 'excuse me', 'srsly', 'really now'],
        // Only as a sneering one-word question: "Seriously?" / "Come on?" / "Hello?".
        requireBefore: ['^'],
        requireAfter: ['?'],
        notAfter: ['*', '* *'],
      },
      {
        // Exasperated interjections opening a rebuttal: "Oh please, the photos show…", "Come on, it's one day late."
        phrases: [
          'oh please', 'oh puh lease', 'puh lease', 'come on', 'come on now', 'oh come on now', 'give me strength', 'spare me', 'as if', 'get real',
          'pfft', 'pff', 'gimme a break', 'oh give me a break', 'i mean really', 'do me a favour', 'do me a favor', 'oh do me a favour', 'oh do me a favor',
        ],
        // Left out on purpose: "ugh", "geez", "good grief", "for heaven's sake" side with the customer as often as they sneer.
        requireBefore: ['^'],
        requireAfter: ['$'],
        // "Come on, let's get this sorted!" and "Come on you Reds!" cheer; "come on in / down / over" invite.
        // "Oh please, do let us know" and "Come on, send us a DM" go on with a friendly request.
        notAfter: [
          'you', 'let us', 'lets', 'join', 'over', 'down', 'in', 'by', 'back', 'and (join|see|visit|try|check)',
          'do', 'let', 'send', 'dm', 'reach', 'feel', 'get in touch', 'contact', 'tell', 'give', 'reply', 'follow', 'check', 'keep', 'share',
          'message', 'call', 'email', 'stay', 'enjoy', 'have', 'drop', 'pop', 'swing', 'stop by', 'visit', 'treat', 'grab', 'come',
        ],
      },
      {
        phrases: ['seriously now', 'seriously though', 'really though', 'you are kidding', 'you\'re kidding', 'you are joking', 'you\'re joking', 'you must be joking', 'you must be kidding'],
        // Only as a sneering question of its own: "Seriously now?".
        requireBefore: ['^'],
        requireAfter: ['?'],
        notAfter: ['*'],
      },
      {
        // "The nerve!", "what a cheek", "you've got some nerve": contempt for the customer's request.
        phrases: [
          '(the|what a|what) (nerve|cheek|gall|audacity)', 'the sheer (nerve|cheek|gall|audacity)', 'of all the (nerve|cheek)',
          '(you have|you\'ve|you\'ve got|you have got|you got|they have|they\'ve got|people have|some people have) (some|a lot of|quite a|quite some|real|the) (nerve|cheek|gall)',
          '(talk about|such) (nerve|cheek|gall|audacity)', 'rich coming from you', 'pot calling the kettle black',
        ],
        requireAfter: [
          '$', 'of (it|some people|you|this|that|them)', 'to (ask|demand|claim|call|say|suggest|accuse|complain|expect|blame|come|write|threaten|tell|lecture|criticise|criticize|question|insist)',
          '(asking|demanding|claiming|calling|saying|suggesting|accusing|complaining|expecting|blaming|coming|writing|threatening|telling|lecturing|criticising|criticizing|questioning|insisting)',
        ],
        notBefore: ['no', 'not', 'without'],
        notAfter: ['centre', 'center', 'damage', 'pain', 'block', 'ending*', 'to (a|an|the) (refund|replacement|compensation)'],
      },
      {
        // "You're so entitled." / "the sheer entitlement": never "you're entitled to a refund".
        phrases: ['(how|so|very|incredibly|pretty|rather|a bit|quite|such|completely|totally) entitled', 'the (sheer|absolute) entitlement', '(such|what) entitlement', 'talk about entitlement'],
        requireAfter: ['$', 'of (it|some people|you|this|that|them)'],
        notBefore: ['no', 'not', 'without', 'feel', 'feeling'],
      },
    ],
    threat: [
      {
        phrases: [
          '(you will|you\'ll|you are going to|you\'re going to|you\'re gonna|you gonna) regret (this|it|that|)',
          '(this is|consider this|consider this your|this is your) (last|final|only) warning', '(last|final) warning',
          'you have been warned', 'you\'ve been warned', 'consider yourself warned', 'see you in court', 'don\'t push (it|your luck|me)', 'do not push (it|your luck|me)',
          'watch your (mouth|tone|language)', '(you|i) know where you live', 'we know where you live', 'you asked for it', 'you have been reported', 'we have reported you',
          '(we|i) (will|shall|are going to|am going to|\'ll) (take|pursue|start|begin|initiate|commence) legal (action|proceedings|steps) against you',
          '(we|i) (will|shall|are going to|am going to|\'ll) (sue|prosecute) you', '(we|i) (will|shall|are going to|\'ll) (call|involve|contact|notify|inform) the police',
          '(we|i) (will|shall|are going to|\'ll) (report|blacklist|ban|block) you',
          '(you will|you\'ll) (never|not) (be able to|) (order|shop|buy|fly|travel|book) (with|from) us again',
        ],
        notBefore: ['not', 'if'],
      },
      {
        // "…or else." closing a demand; "or else we can send a courier" is an alternative.
        phrases: ['or else'],
        requireAfter: ['$'],
      },
      {
        // "If you keep reporting missing items, we will close your account": only with a cue.
        phrases: [
          '(we|i) (will|shall|are going to|am going to|would|\'ll|may|might|can|could|reserve the right to|will have to|will need to|will be forced to|will be obliged to|have no choice but to|will have no choice but to|would have no choice but to|have no option but to|will have no option but to|are obliged to|will not hesitate to|are going to have to) (close|suspend|terminate|ban|block|deactivate|disable|delete|cancel|restrict|blacklist|freeze|lock|limit|remove|cut off|shut down) (your|the) (account|membership|subscription|service|access|orders|card|line|profile|loyalty account|rewards account|account permanently)',
          // The same with what the customer holds with us spelled out: "terminate your merchant contract", "end your lease".
          '(we|i) (will|shall|are going to|am going to|would|\'ll|may|might|can|could|reserve the right to|will have to|will need to|will be forced to|will be obliged to|have no choice but to|will have no choice but to|would have no choice but to|have no option but to|will have no option but to|are obliged to|will not hesitate to|are going to have to) (close|suspend|terminate|end|ban|block|deactivate|disable|delete|cancel|restrict|blacklist|freeze|lock|limit|remove|cut off|shut down|revoke|withdraw|void|disconnect|stop|tear up|rescind) (your|the) (|merchant|seller|vendor|customer|user|business|member|loyalty|rewards|premium|mobile|broadband|rental|service|gym|trading|partner|driver|host|courier|reseller|affiliate|club|supply|energy|phone|internet|insurance|store) (account|accounts|contract|contracts|agreement|agreements|policy|policies|lease|tenancy|plan|cover|coverage|warranty|listing|listings|store|shop|booking|bookings|reservation|reservations|deliveries|supply|connection|privileges|benefits|discount|discounts|credit|card|pass|badge|licence|license|registration|enrolment|enrollment|place|spot|seat|tickets|ticket|service|services|membership|subscription|access|profile|line)',
          '(we|i) (will|shall|\'ll|may|might|will have to|will be forced to|have no choice but to|will not hesitate to) (hand|pass|refer|escalate|forward|send|turn) (this|the matter|the case|your case|your file|your account|it|you) (over|on|) to (our|a|the) (lawyers|solicitors|attorneys|legal team|legal department|debt collectors|debt collection agency|collections team|collection agency|police|courts|authorities|bailiffs)',
          '(we|i) (will|shall|are going to|\'ll|may|might|will have to|will be forced to|have no choice but to|will have no choice but to) (ban|block|blacklist|bar|remove) you',
          'your (account|membership|subscription|access|profile|line|service) (will|may|might|could|would) be (permanently|) (closed|suspended|terminated|banned|blocked|deactivated|deleted|restricted|frozen|cancelled|canceled|locked|limited|removed|cut off|shut down|blacklisted)',
          '(you will|you\'ll|you may|you might|you could) be (permanently|) (banned|blocked|blacklisted|reported|removed|barred|charged a fee|prosecuted|sued)',
          '(we|i) (will|shall|are going to|\'ll|may|might|will have to|will not hesitate to|reserve the right to) (take|pursue|start|begin|initiate|seek) (legal|further|disciplinary|appropriate|serious) (action|proceedings|steps|measures)',
          '(we|i) (will|shall|are going to|\'ll|may|might|will have to|will not hesitate to) (refuse|stop|no longer) (to|) (serve|serving|accept|accepting|process|processing|deliver|delivering|deal|dealing) (you|your orders|your claims|your complaints|your requests|your messages|with you)',
          '(we|i) (will|shall|\'ll|may|might|will have to) (charge|bill|fine) you',
          '(we|i) (will|shall|\'ll) (no longer|not) (respond|reply) to you',
          '(will|would|may|could|can) (result in|lead to) (the|a|) (closure|suspension|termination|deactivation|cancellation|ban|blocking|permanent closure|permanent suspension) of your (account|membership|subscription|access)',
          '(will|would|may|could|can) (result in|lead to) your (account|membership|subscription|access) being (closed|suspended|terminated|deactivated|cancelled|canceled|banned|blocked)',
        ],
        needsCue: true,
        notBefore: ['not', 'if', 'unless', 'whether', 'asked', 'requested', 'wanted', 'want', 'like', 'prefer', 'can', 'to'],
        // A closure the customer asked for, or a safety step, is no threat.
        notAfter: ['as (you |)(requested|asked|instructed|wished|discussed|agreed)', 'at your request', 'for you', 'for your (security|protection|safety)', 'to protect', 'on your behalf', 'if you (want|wish|prefer|would like|ask|request|confirm|like)', 'once you (confirm|reply|let us know)', 'when you (ask|are ready|confirm)'],
      },
    ],
    threatCue: [
      {
        phrases: [
          'if you (keep|continue|persist|carry on|insist|go on)', 'if (you|this|it) (does|do|happens|happen|occurs) (this|that|it|) again', 'if this (happens|continues|persists) (again|)',
          'if you (contact|message|email|e mail|call|write to|report) (us|) (again|one more time|once more)', 'if you (complain|threaten|abuse|insult|swear at|shout at|harass|are rude to) (us|our staff|our agents|our team|our drivers|our riders|)',
          'if you (claim|ask for|request) (another|one more|more) (refund|refunds|compensation|voucher|vouchers)',
          'if you (do not|don\'t|will not|won\'t) (stop|cease|calm down|apologi*|withdraw|retract|remove|take down|delete|pay up)',
          'if (there is|there are|we receive|we get|we see) (one|any|another) (more|further|) (complaint|complaints|claim|claims|report|reports|message|messages|refund request|refund requests|review|reviews|chargeback|chargebacks)',
          'one more (complaint|message|claim|report|refund request|request|time|email|e mail|call|chargeback|review|word)',
          '(one more|another|any more|any further|a further|a second|a third) (chargeback dispute|dispute|disputes|late payment|late payments|missed payment|missed payments|bounced payment|bounced payments|no show|no shows|false alarm|false alarms|strike|incident|incidents|violation|violations|breach|breaches|unpaid invoice|returned parcel|cancelled booking|late return|damaged item|missing item claim)', 'any (more|further) (complaints|messages|claims|reports|refund requests|requests|abuse|chargebacks|reviews|emails|calls)',
          'another (complaint|claim|report|refund request|chargeback|message like this)', 'next time you', 'the next time you', 'unless you (stop|cease|apologi*|pay|withdraw|retract|remove|delete|take down|calm down)',
          'stop (contacting|messaging|emailing|calling|complaining|reporting|claiming|asking for refunds|abusing|harassing|threatening|insulting|spamming)',
          '(second|third|fourth|fifth|sixth|seventh|tenth|nth|umpteenth) (complaint|claim|report|refund request|refund|chargeback|time this month|time this week|time this year|missing item report)',
          'or else', 'should (this|it|these|such) (continue|persist|happen again|behaviour|behavior|complaints)', 'if this continues', '(continue|carry on|go on) like this', 'keep this up', 'any repeat', 'repeated (complaints|claims|refund requests|abuse)', 'further (complaints|claims|abuse|messages|refund requests) (will|may|could)', 'if this behaviour', 'if this behavior', 'such behaviour', 'such behavior', 'this behaviour', 'this behavior', 'abusive', 'abuse our', 'abusing our',
          'too many (complaints|claims|refund requests|refunds|chargebacks|reports)', 'suspicious (number|amount) of (complaints|claims|refunds|refund requests)',
          'keep (complaining|reporting|claiming|asking|contacting|messaging|threatening|posting|sending|writing|emailing|calling|requesting|opening|filing|leaving)', 'continue to (complain|report|claim|contact|message|threaten|post)',
        ],
      },
    ],
    reported: [
      {
        phrases: [
          'you (said|say|says|feel|felt|called|call|described|describe|mentioned|wrote|write|think|thought|found|find|consider|considered|believe|believed|claim|claimed|told us|told me|referred to)',
          '(i am|i\'m|we are|we\'re) sorry (you|that you) (feel|felt|found|think|thought)',
          'your (message|email|e mail|review|post|tweet|comment|complaint) (said|says|called|calls|described|describes)',
          '(customers|users|people|some customers|many customers) (say|said|feel|felt|call|called|think|thought|find|found)',
          'in your words', 'as you put it',
        ],
        // "What you said is nonsense" is our judgement of what the customer said.
        notBefore: ['what', 'everything', 'anything', 'all', 'whatever'],
      },
    ],
    lectureCue: [
      {
        phrases: [
          'lecture', 'lectures', 'lecturing', 'sermon*', 'preach*', 'lesson', 'lessons', 'advice on (how|running|managing|doing)', 'tips on (how|running|managing|doing)',
          'how to (run|do|manage|handle|build|grow|operate|organise|organize) (a|an|our|my|the|this|your)', 'how (we|i) (should|ought to) (run|do|manage|handle)',
          'tell (us|me) how to', 'teach (us|me)', 'teaching (us|me)', 'telling (us|me) how', 'explain to (us|me) how', 'do (our|my) (job|jobs)',
        ],
      },
    ],
  },
  words: {
    clauseOpeners: ['and', 'oh', 'well', 'so', 'but', 'ok', 'okay', 'look', 'listen', 'honestly', 'frankly', 'just', 'then', 'now', 'yeah', 'yes', 'sure'],
    instructionVerbs: [],
  },
  conjunctions: ['and', 'but', 'so', 'or', 'yet', 'because', 'as', 'since', 'which', 'although', 'though', 'while'],
  coordinators: ['and', 'but', 'so', 'or', 'yet'],
};
