import type { RequireGreetingData } from './index.ts';

export const en: RequireGreetingData = {
  phrases: {
    greeting: [
      {
        phrases: [
          'hi', 'hii', 'hiya', 'hello', 'helo', 'hallo', 'hullo', 'hey', 'heya', 'heyo', 'howdy',
          'dear', 'my dear', 'dearest',
          'greetings', "season's greetings", 'seasons greetings', 'warm greetings', 'warmest greetings',
          'good (morning|afternoon|evening|day)',
          'top of the morning',
          'to whom it may concern',
          'welcome (back|aboard)',
          'happy (monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|new year|holidays)',
          'hola', 'bonjour', 'ciao',
        ],
      },
    ],
    greetingWord: [
      // "Morning, Ana!" greets; "Morning deliveries resume on Monday." does not.
      { phrases: ['morning', 'afternoon', 'evening', 'aloha', 'salut', 'hej', 'yo'] },
    ],
    title: [
      { phrases: ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'madam', 'madame', 'sir or madam', 'sir madam'] },
    ],
    preamble: [
      { phrases: ['subject', 're', 'fw', 'fwd', 'ref', 'reference', 'ticket', 'case', 'to', 'cc', 'from', 'date'] },
    ],
  },
  insert: 'Hello,',
};
