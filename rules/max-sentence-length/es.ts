import type { MaxSentenceLengthData } from './index.ts';

export const es: MaxSentenceLengthData = {
  dropJoiners: ['y', 'e'],
  keepJoiners: ['pero', 'así', 'entonces', 'además', 'luego', 'también'],
  clauseStarts: [
    'le', 'les', 'lo', 'la', 'nosotros', 'usted', 'ustedes', 'esto', 'eso', 'este', 'esta', 'también', 'además',
    'hemos', 'puede', 'podemos', 'vamos', 'si', 'cuando', 'después', 'antes', 'luego', 'ya', 'no', 'se', 'por',
    'mientras',
  ],
  subjects: ['nosotros', 'nosotras', 'usted', 'ustedes', 'yo', 'ellos', 'ellas', 'vosotros'],
  subordinators: [
    'si', 'cuando', 'aunque', 'porque', 'como', 'mientras', 'antes', 'después', 'hasta', 'desde', 'en', 'para',
    'con', 'sin', 'durante', 'dado', 'debido', 'una', 'tras', 'según',
  ],
};
