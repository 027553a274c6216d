import type { NoNegativeFramingData } from './index.ts';

// After "nu putem" / "nu se poate": verbs of perception and idioms, not a refused service.
// "face nimic" and "ajuta cu asta" belong to no-evasive.
const VERBS = '(astepta|vedea|gasi|localiza|identifica|imagina|crede|multumi|confirma|accesa|verifica|contacta|detecta|reproduce|deschide|citi|nega)';
const NOT_A_REFUSAL = [
  VERBS,
  `sa ${VERBS}`,
  'sa (asteptam|vedem|vad|gasim|gasesc|identificam|confirmam|confirm|verificam|verific|accesam|contactam|cred|credem)',
  'face (nimic|mai mult|mare lucru)',
  'sa (facem|fac) (nimic|mai mult|mare lucru)',
  'ajuta (cu|in) (asta|aceasta|acest lucru)',
  'spune (sigur|exact|de ce|cand|cum|daca|ce)',
  '(va|iti|ti) spune (sigur|exact|de ce|cand|cum|daca|ce)',
];

const CLITIC = '(va|v|il|l|o|le|i|ti|te|ne|vi|v o|v l|)';

export const ro: NoNegativeFramingData = {
  phrases: {
    refusal: [
      {
        phrases: [
          `nu ${CLITIC} (putem|pot|vom putea|voi putea|am putea|as putea)`,
          `nu ${CLITIC} mai (putem|pot|vom putea|voi putea|am putea|as putea)`,
          'nu se (mai |)(poate|pot|va putea|vor putea)',
          `nici nu ${CLITIC} (putem|pot|vom putea|am putea)`,
        ],
        notAfter: NOT_A_REFUSAL,
      },
      {
        phrases: ['nu avem cum'],
        // "Nu avem cum să știm" is not knowing (no-evasive), not a refusal.
        notAfter: ['(sa |)(stim|stiu|aflam|ghicim|prevedem|anticipam)'],
      },
      {
        // Impersonal refusals: nobody says "noi", yet the answer is no ("nu mai e posibilă",
        // "nu intră în discuție", "nu ne este permisă").
        phrases: [
          'nu (mai |)(este|e|va fi|ar fi|mai este|mai e) (posibil|posibila|posibile|posibili|cu putinta)',
          'nu ne (mai |)(este|e|va fi|ar fi) (posibil|posibila|posibile|posibili|permis|permisa|permise|permisi|ingaduit|ingaduita|ingaduite)',
          'nu (mai |)(este|e|sunt) (permis|permisa|permise|permisi|ingaduit|ingaduita|ingaduite)',
          'nu (mai |)(poate |)intra in discutie',
          'nici (nu |)(poate fi vorba|intra in discutie)',
          'nu poate fi vorba de',
          '(este|e) (total |complet |)(exclus|exclusa)',
          'nu (sta|este|e) in (puterea|mana|mainile) (noastra|noastre|mea|mele)',
          '(depaseste|depasesc|iese din|ies din|este in afara|e in afara) (atributiile|competentele|posibilitatile|competenta|atributiilor|competentelor|posibilitatilor) (noastre|mele|noastra)',
          'nu (mai |)(poate|pot|va putea|vor putea) fi (reluat*|refacut*|efectuat*|procesat*|emis*|reemis*|acceptat*|onorat*|aprobat*|acordat*|stornat*|inversat*|reprogramat*|redeschis*|corectat*|refacturat*|recalculat*|compensat*|despagubit*|rambursat*|schimbat*|transferat*|anulat*|modificat*|returnat*|reparat*|prelungit*|mutat*|deblocat*|recuperat*|reactivat*|inlocuit*|restituit*|preschimbat*|amanat*|aplicat*|folosit*|utilizat*|combinat*|cumulat*|trimis*|livrat*|facut*)',
          'nu se (mai |)(fac|face|efectueaza|acorda|emit|emite|ramburseaza|returneaza|accepta|admit) (retururi|rambursari|schimburi|exceptii|reduceri|returnari|despagubiri|compensatii|rambursarea|returul|schimbul|anulari|anularea)',
          'nu exista (nicio|nici o|vreo|) (sansa|optiune|optiunea) (de|sa)',
          'nu (avem|oferim|exista) (aceasta|asemenea|o astfel de|astfel de) (posibilitate|optiune|varianta|posibilitati|optiuni|variante)',
          'nu (avem|oferim) (optiunea|varianta) (de|sa)',
        ],
        // "Este exclus ca altcineva să vă vadă parola" reassures; "exclus din ofertă" describes the offer.
        notAfter: ['ca', 'pentru (nimeni|altcineva|alte persoane|terti)', 'din', 'de la', 'orice risc'],
      },
      {
        phrases: [
          'nu (este|e|va fi|ar fi) (posibil|cu putinta)',
          'nu ne (este|e|va fi) (posibil|permis)',
          '(ne|imi) (este|e|va fi) imposibil',
          '(este|e) imposibil',
        ],
        // "Nu este posibil ca altcineva să vă vadă parola" reassures; it refuses nothing.
        notAfter: ['ca', 'pentru (nimeni|altcineva|alte persoane|terti)'],
      },
      {
        phrases: [
          'nu avem (voie|posibilitatea|dreptul|nicio posibilitate|nicio modalitate|nici o posibilitate)',
          'nu (este|e|sunt) (permis|permisa|permise|permisi)',
          'nu se (permite|permit|accepta|admite|admit)',
          'nu (mai |)(acceptam|oferim|permitem|rambursam|emitem|vindem|livram|prelungim|transferam|schimbam)',
          '(trebuie sa|suntem nevoiti sa|sunt nevoit sa) (refuzam|respingem|refuz|resping)',
          '(cererea|solicitarea|reclamatia|cererea dumneavoastra|solicitarea dumneavoastra) (a fost|este) (respinsa|refuzata)',
          'nu (facem|efectuam|acordam) (retururi|rambursari|schimburi|exceptii|reduceri)',
          'nu (este|e|sunt) (rambursabil*|transferabil*|returnabil*)',
          'nerambursabil*',
          'netransferabil*',
          'nu (poate|pot|va putea|vor putea) fi (rambursat*|schimbat*|transferat*|anulat*|modificat*|returnat*|reparat*|prelungit*|mutat*|deblocat*|recuperat*|reactivat*|inlocuit*|restituit*|preschimbat*|amanat*|aplicat*|folosit*|utilizat*|combinat*|cumulat*|trimis*|livrat*)',
          'nu (puteti|poti|veti putea|vei putea) (returna|anula|schimba|transfera|modifica|folosi|utiliza|rezerva|combina|solicita|cere|prelungi|amana)',
          'nu exista (nicio|nici o|vreo|) (posibilitate|modalitate|cale|varianta|posibilitatea|modalitatea|calea|varianta) (de|sa)',
          'nu (suntem|sunt) (autorizati|autorizat|autorizata|in masura)',
          '(este|e) impotriva (politicii|regulilor|conditiilor)',
          'politica (noastra |)nu (permite|ne permite)',
        ],
      },
      {
        // The refused service named by its verb: "Nu dăm banii înapoi", "nu reparăm în garanție", "nu facem livrări sâmbăta".
        phrases: [
          'nu (mai |)(dam|returnam|restituim|inapoiem|reparam|inlocuim|rezervam|programam|despagubim|compensam|onoram|aprobam|primim|preluam|ridicam|deblocam|reactivam|redeschidem|reemitem|refacem|reprogramam|amanam|expediem|decontam|facturam|montam|instalam|mutam|anulam|modificam) (banii|suma|contravaloarea|avansul|garantia|plata|taxa|comenzile|comanda|coletele|coletul|produsele|produsul|aparatele|aparatul|programari|programarea|rezervari|rezervarea|retururi|returul|comenzi|colete|produse|cereri|cererea|solicitari|solicitarea|biletele|biletul|abonamentul|abonamente|contractul|contracte|camera|camere|masina|masini|livrari|livrarea|reclamatii|reclamatia|facturi|factura|bani|sume|platile|plata|in|la|pentru|pe|decat|dupa|inainte|in weekend|sambata|duminica|telefonic|online|acasa)',
          'nu (mai |)(facem|efectuam|oferim|acordam|asiguram|organizam|prestam) (livrari|livrare|programari|rezervari|reparatii|deplasari|montaj|instalari|transport|ramburs|rambursul|retur|returul|extinderi|prelungiri|exceptii|reduceri|discounturi|credite|rate|avansuri|vizionari|probe|modificari|transferuri|schimburi|anulari|despagubiri|compensatii) (|in|la|pentru|pe|decat|dupa|inainte|sambata|duminica|in weekend|acasa|online|telefonic)',
        ],
        // "Nu dăm datele dumneavoastră nimănui" reassures; "nu luăm comision" is good news.
        notAfter: ['nimanui', 'fara', 'niciodata fara', 'datele', 'parola', 'comision', 'taxe', 'bani in plus', 'nimic'],
      },
    ],
    alternative: [
      { phrases: ['ce (putem|pot|am putea|as putea) (face|oferi|propune)'] },
      {
        phrases: ['(va|il|o|le|i|ti|te|ne|vi|) (putem|pot|am putea|as putea|vom putea|voi putea)'],
        notBefore: ['nu', `nu ${CLITIC}`, `nu ${CLITIC} mai`, 'nu mai', 'nici', 'nu se', 'se'],
      },
      {
        phrases: ['(puteti|poti|veti putea|vei putea)'],
        notBefore: ['nu', 'nu (le|o|il|l|mai|va|te)'],
        // Pointing to a page to read is information, not a way forward ("puteți consulta condițiile").
        notAfter: ['(consulta|vedea|citi|gasi|verifica|contacta|scrie|raspunde|suna)'],
      },
      {
        phrases: [
          '(va|iti|ti|) (oferim|ofer|propunem|propun|sugeram|sugerez|recomandam|recomand)',
          'aveti (posibilitatea|optiunea|varianta)',
          'ai (posibilitatea|optiunea|varianta)',
          'daca (doriti|preferati|vreti|vrei|preferi|doresti|va intereseaza|te intereseaza)',
          'ca alternativa',
          'alternativ*',
          '(o|alta|cealalta|singura|cea mai buna) (optiune|varianta)',
          '(optiunea|varianta|optiunile|variantele)',
          'in loc (de|sa)',
          'in locul',
          'cu placere',
          'bucuros sa',
          'bucurosi sa',
          'am (adaugat|rezervat|aplicat|emis|prelungit|oferit|solicitat|activat|pregatit)',
          'intre timp',
          'vestea buna',
        ],
      },
      { phrases: ['(este|e|va fi|ar fi) posibil'], notBefore: ['nu', 'ne', 'nu ne', 'mai', 'nu mai'] },
    ],
    contrast: [{ phrases: ['dar', 'insa', 'totusi', 'in schimb', 'cu toate acestea', 'ci'] }],
    closing: [
      {
        phrases: [
          '(alte|orice|mai multe) (intrebari|nelamuriri|neclaritati|probleme)',
          '(orice|altceva) (alta |)(intrebare|problema|nelamurire)',
          'daca (mai |)aveti nevoie de (ceva|ajutor|orice)',
          'daca (mai |)ai nevoie de (ceva|ajutor|orice)',
          'va stam la dispozitie',
          'va stam la dispozitia',
          'nu ezitati',
          'suntem aici',
        ],
      },
    ],
    conditional: [
      { phrases: ['daca', 'in cazul in care', 'in caz ca', 'decat daca', 'cand', 'atunci cand', 'cu exceptia cazului'] },
    ],
  },
  coordinators: ['sau', 'si', 'ori'],
  addAlternative: ' Ce putem face este …',
};
