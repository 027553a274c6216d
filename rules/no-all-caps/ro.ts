import { COMMON_ACRONYMS } from './common.ts';
import type { NoAllCapsData } from './index.ts';

export const ro: NoAllCapsData = {
  acronyms: [
    ...COMMON_ACRONYMS,
    'CNP', 'CUI', 'CIF', 'ANAF', 'ANPC', 'ANCOM', 'RCA', 'CASCO', 'ITP', 'CFR', 'RATB', 'STB', 'BCR', 'BRD', 'ING',
    'CEC', 'SRL', 'SA', 'PFA', 'II', 'TVA', 'RON', 'UE', 'SUA', 'RO', 'AWB', 'FAN', 'CARGUS', 'SAMEDAY', 'DPD',
    'GLS', 'EMAG', 'OLX', 'ROMTELECOM', 'RCS', 'RDS', 'UPC', 'DIGI', 'SMS', 'FAQ', 'DM', 'JUD', 'NR', 'STR',
    'BL', 'SC', 'AP', 'ET',
  ],
  shoutWords: [
    'nu', 'acum', 'doar', 'tot', 'toate', 'toti', 'nimic', 'deloc', 'niciodata', 'imediat', 'atentie', 'nici',
    'numai', 'azi', 'astazi', 'trebuie', 'cititi', 'opriti', 'stop', 'niciun', 'nicio', 'deja', 'mai', 'aici', 'vreodata', 'orice', 'asta', 'acel', 'bine', 'rau', 'gata', 'prea',
  ],
  shortWords: [
    'si', 'sa', 'nu', 'de', 'la', 'cu', 'pe', 'in', 'un', 'ca', 'ce', 'va', 'ne', 'am', 'ati', 'ai', 'are',
    'din', 'mai', 'ori', 'sau', 'fi', 'le', 'li', 'il', 'ii', 'al', 'ale', 'lui', 'cel', 'cea', 'cei', 'ei',
    'ea', 'el', 'eu', 'tu', 'noi', 'voi', 'cum', 'ora', 'zi', 'azi', 'tot', 'vom', 'vor', 'sunt', 'fost', 'iar',
    'dar', 'nu-l', 'v-am', 'n-a',
  ],
  // Cuvinte obișnuite care poartă accentul frazei: unul singur cu majuscule într-o propoziție cu
  // litere mici e strigăt („eticheta TREBUIE scanată”). Lipsesc articolele, prepozițiile și
  // conjuncțiile (singure cu majuscule sunt sigle: „CE”, „SA”) și cuvintele-cheie sau etichetele (da, stop).
  functionWords: [
    // verbe auxiliare și modale
    'trebuie', 'poate', 'pot', 'putem', 'puteti', 'este', 'sunt', 'era', 'fost', 'vor', 'vom', 'veti',
    // negație și adverbe
    'nu', 'nici', 'niciodata', 'deloc', 'doar', 'numai', 'decat', 'mai', 'foarte', 'prea', 'tare', 'chiar',
    'inca', 'deja', 'acum', 'azi', 'astazi', 'imediat', 'mereu', 'intotdeauna', 'aici', 'bine', 'rau',
    'vreodata', 'tocmai', 'exact', 'mult', 'putin',
    // cuantificatori
    'tot', 'toata', 'toate', 'toti', 'fiecare', 'orice', 'oricare', 'nimic', 'nimeni', 'niciun', 'nicio',
    // pronume și demonstrative accentuate
    'dumneavoastra', 'voi', 'asta', 'acesta', 'aceasta',
  ],
  letterWords: ['O', 'A', 'E', 'I'],
  hyphenPieces: ['ul', 'ului', 'uri', 'urile', 'urilor', 'lor', 'v', 's', 'n', 'l', 'm', 't', 'i', 'ne', 'va', 'mi', 'ti', 'si', 'le', 'li', 'am', 'ati', 'ai', 'au', 'a', 'o', 'as', 'ar', 'il', 'ii', 'e', 'el', 'ea', 'ma', 'ta', 'sa', 'te', 'se', 'lui'],
  properCase: [],
  phrases: {
    // Team additions (the `add` option) land here: words that shout when written in capitals.
    shout: [],
    codeBefore: [
      {
        phrases: [
          '(codul|cod|numarul|numar|referinta|referinta|voucherul|voucher|cuponul|cupon|id|utilizator|sku|pnr|awb) (de|al|) (rezervare|rezervarii|comanda|comenzii|urmarire|client|clientului|reducere|activare|tichet|tichetului|) (este|e|)',
          '(rezervarea|comanda|tichetul|cazul|coletul) (numarul|nr|cu numarul|) (este|e|)',
          '(folositi|introduceti|aplicati|mentionati) codul',
        ],
      },
    ],
    nameBefore: [{ phrases: ['(domnule|domnul|domnului|doamna|doamnei|domnisoara|dl|dna|stimate|stimata|dr|prof|ing|numele|nume|prenume|subsemnatul|subsemnata|titular|titularul|titulara|destinatar|destinatarul|clientul|clienta)', 'pe numele', 'd (le|na|nei|lui)'] }],
    labelBefore: [
      {
        phrases: [
          '(apasati|apasa|apasam|apasand|dati|da|faceti|fa|facand) (clic|click) (pe|)',
          '(apasati|apasa|apasand|atingeti|atinge|selectati|selecteaza|alegeti|alege|bifati|bifeaza|debifati) (pe|)',
          '(clic|click) pe',
          '(mergeti|mergi|intrati|accesati|deschideti|navigati) (la|in|pe|) (sectiunea|meniul|pagina|fila|)',
          '(tastati|tastand|tasteaza|scrieti|scrie|introduceti|introdu|trimiteti|trimite|raspundeti|raspunde) (cuvantul|)',
          '(butonul|butoanele|buton|fila|tabul|optiunea|optiunile|meniul|linkul|tasta|tastele|campul|pictograma|iconita|caseta|setarea|sectiunea|rubrica|folderul|dosarul|fisierul|comanda|cuvantul|eticheta|ecranul|pagina|starea|statusul|modul|aplicatia|aplicatiei|planul|abonamentul|cardul|programul|pachetul|serviciul|modelul|model|versiunea|editia|marca|marimea|culoarea|ledul|led|leduri|ledurile|indicatorul|lumina|portul|mufa)',
          '(numit|numita|denumit|denumita|intitulat|intitulata|marcat|marcata|scrie|apare)',
        ],
      },
    ],
    labelAfter: [{ phrases: ['(buton|butonul|fila|optiune|optiunea|meniu|tasta|fisier|fisierul|aplicatie|aplicatia|app|led|ledul)'] }],
  },
};
