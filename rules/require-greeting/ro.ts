import type { RequireGreetingData } from './index.ts';

export const ro: RequireGreetingData = {
  phrases: {
    greeting: [
      {
        phrases: [
          'buna (ziua|seara|dimineata|dimineta)', 'ziua buna',
          'salut*', 'servus', 'neata', 'hello', 'hi', 'hey', 'hei', 'hola',
          'stimat*', 'mult stimat*', 'prea stimat*', 'onorat*',
          'draga', 'dragi', 'dragul (meu|nostru)', 'draga (mea|noastra)',
          'in atentia',
          'sarut mana', 'sarut mainile', 'saru mana', 'sarumana',
          'bine ati venit', 'bine ai venit', 'bun venit',
        ],
      },
    ],
    greetingWord: [
      // "Bună, Alexandru," greets; "Bună întrebare!" / "Vestea bună: ..." does not.
      { phrases: ['buna'], notAfter: ['vestea', 'veste', 'intrebare', 'observatie', 'idee', 'parte'] },
    ],
    title: [
      {
        phrases: [
          'domnule', 'domnul', 'doamna', 'doamnei', 'domnisoara', 'domnisoarei', 'dle', 'dna', 'dl', 'dra',
          'doctore', 'doamna doctor', 'domnule doctor', 'domnule director', 'doamna director',
        ],
      },
    ],
    preamble: [
      { phrases: ['subiect', 'subiectul', 're', 'fw', 'fwd', 'ref', 'referinta', 'tichet', 'ticket', 'catre', 'cc', 'de la', 'data'] },
    ],
  },
  insert: 'Bună ziua,',
  insertPlain: 'Buna ziua,',
};
