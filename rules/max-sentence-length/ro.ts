import type { MaxSentenceLengthData } from './index.ts';

export const ro: MaxSentenceLengthData = {
  dropJoiners: ['și', 'iar'],
  keepJoiners: ['dar', 'însă', 'deci', 'totuși', 'apoi', 'așadar', 'altfel'],
  clauseStarts: [
    'vă', 'noi', 'am', 'ați', 'vom', 'puteți', 'acest', 'aceasta', 'acesta', 'dacă', 'când', 'după', 'înainte',
    'în', 'ne', 'le', 'îl', 'o', 'colegii', 'echipa', 'nu', 'se', 'ca', 'să',
  ],
  subjects: ['noi', 'eu', 'dumneavoastră', 'dvs', 'ei', 'ele', 'voi', 'colegii', 'echipa'],
  subordinators: [
    'dacă', 'când', 'deși', 'pentru', 'deoarece', 'întrucât', 'după', 'înainte', 'până', 'de', 'în', 'cu',
    'fără', 'pe', 'având', 'odată', 'cum', 'între', 'conform',
  ],
};
