import type { NoOverpromiseData } from './index.ts';

// Actions the agent controls ("vă promit să vă sun mâine"): a commitment, not an overpromise.
const OWN = 'să (vă|te|îți|vă mai|) (sun|scriu|contactez|anunț|răspund|verific|țin|trimit|revin|informez|caut|ajut)';
// "garantat 2 ani", "garantată pe viață": the warranty sense, not a promise; "preț garantat" is a price policy.
const WARRANTY = ['* (ani|an|luni|lună|zile)', '(pentru|pe|timp de) * (ani|an|luni|lună)', '(pentru|pe) (un|o) (an|lună)', 'pe viață', 'de (producător|lege)', 'prin lege', 'împotriva', 'contra'];
const PRICE = ['preț', 'rambursare', 'banii înapoi'];
const PERCENT = '(100 %|sută la sută|o sută la sută|100 la sută)';
const HAPPEN = '(întâmpla|repeta|produce|petrece)';
// Meeting the problem again: "nu veți mai vedea această eroare". Not "primi": "nu veți mai primi
// e-mailuri de la noi" is an action support controls.
const MEET = '(avea|întâmpina|întâlni|vedea|observa|păți|suferi)';
const DET = '(această|aceasta|acest|aceste|acești|nicio|niciun|vreo|vreun|aceeași|aceeasi|același|acelasi|alte|alt|altă)';
// Problems that could come back, as a present or a future: "nu se mai blochează niciodată".
const STALL = '(bloca|blochează|strica|strică|defecta|defectează|opri|oprește|închide|închide|deconecta|deconectează|întrerupe|întrerupe|reseta|resetează)';

export const ro: NoOverpromiseData = {
  phrases: {
    frame: [
      {
        phrases: [
          '(vă|îți|iți|ți) (promit|promitem|garantez|garantăm|jur|jurăm) că', '(vă|te) (asigur|asigurăm) că',
          '(vă|îți|te) (pot|putem) (promite|garanta|asigura) că', '(promit|promitem|garantez|garantăm) că',
          '(vă|îți|ți) (dau|dăm) cuvântul (meu|nostru) (de onoare|) că', '(vă|îți|ți) (dau|dăm|ofer|oferim) garanția că', '(aveți|ai) cuvântul (meu|nostru) (de onoare|) că',
          '(sunt|suntem) (absolut|complet|total|pe deplin|100 %|sută la sută|o sută la sută) (sigur|sigură|siguri|sigure) că',
          // "vă asigur 100% că", "îți garantez sută la sută că".
          `(vă|te) (asigur|asigurăm) ${PERCENT} că`, `(vă|îți|iți|ți) (promit|promitem|garantez|garantăm|jur|jurăm) ${PERCENT} că`,
          `(vă|îți|te) (pot|putem) (promite|garanta|asigura) ${PERCENT} că`, `(promit|promitem|garantez|garantăm) ${PERCENT} că`,
          `(vă|te|îți|ți) (pot|putem) ${PERCENT} (promite|garanta|asigura) că`,
        ],
        replace: 'estimăm că',
        notAfter: [OWN, '(că|) (vă|te|) (voi|vom) (suna|scrie|contacta|anunța|răspunde|verifica|ține|trimite|informa|analiza|reveni|face tot posibilul)'],
      },
      {
        phrases: [
          '(vă|îți|iți|ți) (promit|promitem|garantez|garantăm|jur|jurăm)', '(aveți|ai) cuvântul (meu|nostru) (de onoare|)',
          '(vă|îți|ți) (dau|dăm) cuvântul (meu|nostru) (de onoare|)', 'pe cuvânt (de onoare|)',
          `(vă|te) (asigur|asigurăm) ${PERCENT}`, `(vă|îți|iți|ți) (promit|promitem|garantez|garantăm|jur|jurăm) ${PERCENT}`,
        ],
        replace: 'estimăm',
        notAfter: [OWN, 'că', 'ca'],
      },
    ],
    softFrame: [
      {
        phrases: [
          '(fiți|fii) (sigur|sigură|siguri|sigure|liniștit|liniștită|liniștiți|liniștite|convins|convinsă|convinși) că',
          '(puteți|poți) fi (sigur|sigură|siguri|sigure|liniștit|liniștită|liniștiți|liniștite|convins|convinsă|convinși) că',
          '(sunt|suntem) (sigur|sigură|siguri|sigure|convins|convinsă|convinși) că', '(credeți|crede)-mă', 'credeți mă', 'crede mă',
          'nu vă faceți (nicio|) (grijă|griji)', 'nu (îți|vă) face (nicio|) (grijă|griji)', 'nu-ți face (nicio|) (grijă|griji)', 'nu vă îngrijorați',
        ],
        replace: 'estimăm că',
      },
    ],
    softClaim: [
      { phrases: ['cu (siguranță|certitudine)', 'fără (nicio|niciun|) (îndoială|dubiu)', 'garantat (că|)', 'sigur că'], replace: 'probabil' },
    ],
    claim: [
      { phrases: ['garantat', `garantat ${PERCENT}`, `${PERCENT} garantat`, '(absolut|complet|total) garantat'], replace: 'estimat', notBefore: PRICE, notAfter: WARRANTY },
      { phrases: ['garantată', `garantată ${PERCENT}`, `${PERCENT} garantată`, '(absolut|complet|total) garantată'], replace: 'estimată', notBefore: PRICE, notAfter: WARRANTY },
      { phrases: ['garantate', `garantate ${PERCENT}`, `${PERCENT} garantate`, '(absolut|complet|total) garantate'], replace: 'estimate', notBefore: PRICE, notAfter: WARRANTY },
      { phrases: ['garantați', `garantați ${PERCENT}`, `${PERCENT} garantați`], replace: 'estimați', notAfter: ['că', 'ca', 'dumneavoastră'] },
      { phrases: ['(garantăm|garantez)'], replace: 'estimăm', notAfter: [OWN, 'că'] },
      { phrases: [`${PERCENT} (sigur|sigură|siguri|sigure)`, `(sigur|sigură|siguri|sigure) ${PERCENT}`], replace: 'destul de {-1}', notBefore: ['sunteți', 'ești', 'dacă'] },
      { phrases: [`${PERCENT} (rezolvat|rezolvată|rezolvate|funcțional|funcțională|reparat|reparată|sigur|sigură)`], replace: '{-1}' },
      { phrases: ['sută la sută', 'o sută la sută'], replace: '' },
      { phrases: ['(rezolvat|rezolvată|rezolvate|remediat|remediată|reparat|reparată) (definitiv|pentru totdeauna|pentru totdeauna)'], replace: '{0}' },
      { phrases: ['definitiv (rezolvat|rezolvată|rezolvate|remediat|remediată)'], replace: '{-1}' },
    ],
    never: [
      { phrases: ['nu se (va|vor) mai întâmpla (niciodată|vreodată|)', 'niciodată nu se (va|vor) mai întâmpla', 'nu o să se mai întâmple (niciodată|vreodată|)'], replace: 'nu ar trebui să se mai întâmple' },
      { phrases: ['nu se (va|vor) mai repeta (niciodată|vreodată|)', 'niciodată nu se (va|vor) mai repeta', 'nu o să se mai repete (niciodată|vreodată|)'], replace: 'nu ar trebui să se mai repete' },
      { phrases: ['nu se (va|vor) mai produce (niciodată|vreodată|)', 'niciodată nu se (va|vor) mai produce', 'nu o să se mai producă (niciodată|vreodată|)'], replace: 'nu ar trebui să se mai producă' },
      { phrases: ['nu se (va|vor) mai petrece (niciodată|vreodată|)', 'niciodată nu se (va|vor) mai petrece'], replace: 'nu ar trebui să se mai petreacă' },
      { phrases: ['nu (vi|ți|îți|iți) se (va|vor) mai întâmpla (niciodată|vreodată|)', 'nu (vi|ți|îți) se (va|vor) mai întâmpla'], replace: 'nu ar trebui să {1} se mai întâmple' },
      { phrases: ['nu va mai avea loc (niciodată|vreodată|)', 'niciodată nu va mai avea loc'], replace: 'nu ar trebui să mai aibă loc' },
      { phrases: ['nu (va|vor) mai (apărea|exista|reapărea) niciodată'], replace: 'nu ar trebui să mai {-2}' },
      { phrases: ['nu (va|vor) mai cădea (niciodată|)', 'nu o să mai cadă (niciodată|)'], replace: 'nu ar trebui să mai cadă' },
      { phrases: ['nu (va|vor) mai (apărea|reapărea)'], replace: 'nu ar trebui să mai apară', notAfter: ['niciodată'] },
      { phrases: ['nu (va|vor) mai (exista|fi) (nicio|niciun|vreo|vreun) (problemă|eroare|întârziere|defecțiune|problemă de acest fel)'], replace: 'nu ar trebui să mai existe {-2} {-1}' },
      {
        phrases: ['nu (veți|vei|veti) mai (avea|întâmpina|întâlni) (această|aceasta|această|nicio|vreo|aceeași|aceeasi) (problemă|eroare|defecțiune|întârziere)'],
        replace: 'nu ar trebui să mai apară {-2} {-1}',
      },
      { phrases: [`nu (veți|vei|veti) mai ${MEET} ${DET} *`], replace: 'nu ar trebui să mai apară {-2~}' },
      { phrases: ['nu (va|vor) mai reveni', 'nu o să mai revină', 'nu mai revine niciodată'], replace: 'nu ar trebui să mai revină', notAfter: ['la', 'cu', 'pe', 'în', 'asupra'] },
      { phrases: ['nu o să mai (apară|reapară)', 'nu mai (apare|reapare) niciodată'], replace: 'nu ar trebui să mai apară' },
      // Present for future, sealed with "niciodată"/"vreodată": "ceasul nu se mai blochează niciodată".
      { phrases: [`nu se mai ${STALL} (niciodată|vreodată)`, `nu se (va|vor) mai ${STALL} (niciodată|vreodată|)`, `nu o să se mai ${STALL} (niciodată|vreodată|)`], replace: 'nu ar trebui să mai aibă această problemă' },
      { phrases: [`nu se mai ${HAPPEN} niciodată`, 'nu se mai (întâmplă|repetă|produce|petrece) (niciodată|vreodată)'], replace: 'nu ar trebui să se mai întâmple' },
      { phrases: ['niciodată (de acum încolo|de acum înainte)', 'niciodată niciodată'], replace: '' },
    ],
    alone: [{ phrases: ['promis', 'promit', 'promitem'], replace: 'Vă țin la curent' }],
  },
  negators: ['nu', 'nici', 'niciodata', 'nimeni', 'nimic', 'fara'],
  hedges: ['sper', 'sperăm', 'speră', 'încercăm', 'încerc', 'posibilul', 'estimăm', 'probabil', 'ar'],
  firstPerson: ['eu', 'noi'],
  controllable: ['suna', 'scrie', 'contacta', 'verifica', 'anunta', 'informa'],
  outcome: [
    'vor', 'veti', 'vei', 'fi', 'functiona', 'ajunge', 'merge', 'rezolva', 'rezolvat', 'rezolvata', 'rezolvate', 'rambursat',
    'rambursata', 'returnat', 'returnati', 'livrat', 'livrata', 'niciodata', 'reveni', 'primi',
    'primiti', 'repara', 'reparat', 'reparata', 'remedia', 'remediat', 'disparea', 'inapoi',
  ],
  future: ['va', 'vor', 'vom'],
  standalone: 'Vă țin la curent',
  conjunction: 'că',
};
