import type { PreferWeData } from './index.ts';

// Adverbs that sit between the modal and "să" ("trebuie doar să", "va trebui mai întâi să").
// "doar"/"numai" are left out on purpose: "trebuie doar să apăsați" reassures, like English "only".
const ADVERB = '(|neaparat|mai intai|intai|acum|apoi|deci|totusi|de asemenea|si|in primul rand|atunci|oricum|imediat)';

export const ro: PreferWeData = {
  phrases: {
    command: [
      {
        phrases: [
          `(dumneavoastra|dvs|tu|voi) ${ADVERB} trebuie ${ADVERB} sa`,
          `trebuie ${ADVERB} sa`,
          `va trebui ${ADVERB} sa`,
          `o sa trebuiasca ${ADVERB} sa`,
          '(o sa fiti|o sa fii|veti fi|vei fi) (obligat|obligata|obligati|obligate|nevoit|nevoita|nevoiti|nevoite) sa',
          '(o sa fie|va fi) (nevoie|necesar|obligatoriu) (|ca) sa',
          '(e|este|o sa fie|va fi) cazul sa',
          '(aveti|ai|veti avea|vei avea|o sa aveti|o sa ai) nevoie (|ca) sa',
          '(o sa vreti|o sa vrei|veti vrea|vei vrea) sa',
          '(ati face|ai face) bine sa',
          '(sunteti|esti|veti fi|vei fi) (obligat|obligata|obligati|obligate|nevoit|nevoita|nevoiti|nevoite) sa',
          'aveti obligatia sa',
          '(e|este|va fi) (nevoie|necesar|obligatoriu|musai|imperativ) (|ca) sa',
        ],
        replace: 'hai să',
        notBefore: ['nu', 'n', 'nici', 'doar', 'numai'],
      },
    ],
  },
  conditionals: ['daca', 'cazul', 'caz', 'cand', 'oricand', 'eventual'],
  relativeHeads: ['ce', 'tot ce', 'care', 'pe care', 'cat', 'singurul lucru', 'unde', 'decat'],
  relativisers: [],
  complementVerbs: [],
  determiners: [],
  clauseOpeners: [],
  transparent: [],
  empathy: ['inteleg', 'intelegem', 'stiu', 'stim', 'regret', 'regretam', 'rau', 'pacat', 'neplacut', 'frustrant', 'mentionat', 'spus', 'scris', 'povestit', 'aflat', 'vad', 'observ'],
  // "trebuie să fiți acasă", "trebuie să așteptați": a state or a wait, not a task.
  notTask: ['fiti', 'fii', 'asteptati', 'astepti', 'stiti', 'stii', 'intelegeti', 'intelegi', 'suportati', 'suporti', 'primiti', 'primesti'],
  notTaskPhrases: ['tineti cont', 'tineti seama', 'tii cont', 'retineti ca', 'retii ca', 'stiti ca'],
  presence: [
    'acasa', 'prezent', 'prezenta', 'prezenti', 'prezente', 'disponibil', 'disponibila', 'disponibili', 'disponibile',
    'acolo', 'aici', 'la adresa', 'la domiciliu', 'la locatie', 'la fata locului', 'pe aproape', 'la birou', 'la sediu',
    'la ghiseu', 'la agentie', 'la magazin', 'la aeroport', 'la programare', 'la ora', 'de gasit', 'pe faza', 'langa telefon',
    'in apropiere', 'personal',
  ],
  verb: 'second-person',
  beforeVerb: [],
  clitics: ['va', 'v', 'ti', 'iti', 'te', 'il', 'l', 'o', 'le', 'i', 'ii', 'li', 'ne', 'ni', 'mi', 'imi', 'ma', 'm', 'se', 's', 'si', 'vi', 'mai', 'tot', 'doar', 'neaparat', 'imediat', 'totusi', 'chiar'],
  secondPersonClitics: ['va', 'v', 'ti', 'iti', 'te'],
  personalClitics: ['va', 'v', 'vi', 'ti', 'iti', 'te', 'ne', 'ni', 'mi', 'imi', 'ma', 'm', 'se', 's'],
  pluralToWe: [
    ['ați', 'ăm'], ['aţi', 'ăm'], ['ati', 'ăm'], ['âți', 'âm'], ['âţi', 'âm'],
    ['eți', 'em'], ['eţi', 'em'], ['eti', 'em'], ['iți', 'im'], ['iţi', 'im'], ['iti', 'im'],
  ],
  singularToWe: [['ezi', 'ăm'], ['ești', 'im'], ['eşti', 'im'], ['esti', 'im']],
  singularLookalikes: ['miti'],
  ownAction: ['singur', 'singura', 'singuri', 'singure', 'personal', 'insiva', 'insuti', 'insati', 'pe cont propriu', 'dumneavoastra insiva'],
  customerVerbs: [
    'fiti', 'fii', 'aveti', 'ai', 'achitati', 'platiti', 'semnati', 'veniti', 'aduceti', 'prezentati', 'raspundeti', 'contactati', 'trimiteti',
    'completati', 'atasati', 'sunati', 'scrieti', 'returnati', 'predati', 'ridicati', 'confirmati', 'accesati',
    'achiti', 'platesti', 'semnezi', 'vii', 'aduci', 'prezinti', 'raspunzi', 'contactezi', 'trimiti', 'completezi',
    'atasezi', 'suni', 'scrii', 'returnezi', 'predai', 'ridici', 'confirmi',
  ],
  towardsUs: ['ne', 'noua', 'noi', 'nostru', 'noastra'],
  letsAfter: ['si', 'apoi', 'acum', 'deci', 'dar', 'iar', 'mai', 'intai', 'astazi', 'azi', 'maine', 'atunci', 'ca'],
  collaborative: 'hai să',
  request: 'vă rugăm să',
  requestInformal: 'te rugăm să',
};
