import type { NoBlameData } from './index.ts';

const YOUR = '(dumneavoastra|dvs|d voastra|voastra|ta)';
const HOW = '(cum|dupa cum|asa cum|precum|dupa cum bine stiti)';
const TOLD = '(spus|zis|explicat|mentionat|precizat|comunicat|transmis|scris|aratat|indicat|informat|anuntat|specificat|repetat|subliniat)';
// The same, optional, for "v-am explicat deja de două ori că …".
const EARLIER_OPT = '(|deja|anterior|de mai multe ori|de doua ori|de trei ori|de atatea ori|si inainte|mai devreme|inainte|la telefon|pe e mail|in scris)';
// What went wrong, as the subject of "… vine de la dumneavoastră".
const FAULT = '(problema|problemele|eroarea|erorile|defectiunea|defectul|avaria|vina|cauza|greseala|sursa problemei|cauza problemei|originea problemei)';
const COMES = '(este|e|a fost|era|vine|venea|a venit|provine|provenea|tine|se afla|apare|a aparut|s a produs|porneste|a pornit|se gaseste|sta|consta)';
// Customer tasks whose omission causes the problem ("pentru că nu ați achitat"), as participles.
const TASK = '(achitat|platit|confirmat|activat|anulat|returnat|trimis|completat|salvat|actualizat|reinnoit|raspuns|anuntat|inregistrat|asteptat|oprit|deconectat|atasat|semnat|prezentat|validat|ridicat|predat|introdus|selectat|instalat|descarcat|transmis|incarcat datele|facut plata|facut backup|facut o copie|dat curs|respectat termenul|apasat|bifat|scanat|tiparit|printat|adus|folosit)';
// Participles of what a counterfactual reproach says the customer should have done ("dacă ați fi citit …").
const SHOULD = '(citit|urmat|respectat|ascultat|verificat|sunat|contactat|anuntat|asteptat|salvat|actualizat|oprit|tinut cont|acordat atentie|consultat|fost atent|fost atenta|fost atenti|fost mai atent|fost mai atenta|fost mai atenti|achitat|platit|confirmat|activat|anulat|returnat|completat|reinnoit|raspuns|inregistrat|deconectat|citit cu atentie|citit mai atent|uitat|intrebat|facut backup|facut o copie|procedat corect|respectat pasii|urmat pasii|urmat instructiunile|citit instructiunile)';
// An earlier message named as where the customer was told: "în mailul trecut", "în răspunsul meu anterior".
const PRIOR_MESSAGE = '(in|prin|la) (mailul|e mailul|emailul|mesajul|raspunsul|scrisoarea|apelul|telefon|convorbirea|discutia|notificarea|sms ul|conversatia|chatul|ultimul mail|ultimul e mail|ultimul mesaj|ultimul raspuns|ultima discutie|ultima convorbire) (|meu|nostru|de) (|anterior|anterioara|trecut|trecuta|precedent|precedenta|dinainte|de ieri|de alaltaieri|de saptamana trecuta|de luni|de marti|de miercuri|de joi|de vineri|de sambata|de duminica|ieri|saptamana trecuta)';
const EARLIER = '(deja|anterior|de mai multe ori|de doua ori|de trei ori|de atatea ori|si inainte|mai devreme|inainte|in repetate randuri|in mesajul anterior|in e mailul anterior)';

export const ro: NoBlameData = {
  phrases: {
    reproach: [
      {
        phrases: [
          `(e|este|a fost|era|ar fi|va fi) (|in totalitate|exclusiv|numai|doar|complet|in intregime) vina ${YOUR}`,
          'vina (este|e|a fost|va|iti|ii) (|in totalitate|exclusiv|numai|doar) (a dumneavoastra|a dvs|a ta|a voastra|apartine|va apartine|iti apartine)',
          '(sunteti|esti|ati fost|ai fost) (|singurul|singura|singurii) (de vina|vinovat|vinovata|vinovati|responsabil|responsabila|responsabili)',
          `(greseala|neglijenta|neatentia|eroarea) ${YOUR}`,
          `(o|e o|a fost o|este o) (greseala|eroare|neatentie|neglijenta) (din partea|de partea|a) ${YOUR}`,
          '(eroare|greseala) (de utilizator|a utilizatorului|a clientului|umana din partea dumneavoastra)',
          `(este|e|a fost|era) (responsabilitatea|raspunderea) ${YOUR}`,
        ],
        hint: 'Descrieți ce s-a întâmplat și pasul următor, fără a spune a cui e vina.',
      },
      {
        phrases: [
          `(din|prin) (vina|cauza|greseala|neatentia|neglijenta) ${YOUR}`,
          'din (vina|cauza) (dumneavoastra|dvs|ta|voastra) (|proprie)',
          '(din cauza|ca urmare a|datorita) (neatentiei|neglijentei|greselii|erorii|utilizarii gresite) (dumneavoastra|dvs|tale|voastre)',
        ],
        replace: '',
        hint: 'Scoateți partea cu vina; problema și soluția sunt de ajuns.',
      },
    ],
    attribution: [
      {
        phrases: [
          `${FAULT} ${COMES} (|clar|evident|exclusiv|doar|numai|in totalitate) (de la|la) (dumneavoastra|dvs|d voastra|tine|voi)`,
          `${FAULT} ${COMES} (|clar|evident|exclusiv|doar|numai|in totalitate) (din partea|de partea|pe partea|in partea) ${YOUR}`,
          `${FAULT} se datoreaza (|exclusiv|doar|numai) (dumneavoastra|dvs|tie|voua)`,
          `(o|e o|este o|a fost o|exista o) (problema|eroare|defectiune) (din partea|de partea|pe partea|la) ${YOUR}`,
          `(problema|eroarea|defectiunea) (de partea|din partea|pe partea) ${YOUR}`,
        ],
        hint: 'Spuneți ce anume nu funcționează (o setare, conexiunea, aparatul), nu de partea cui e problema.',
      },
    ],
    cause: [
      {
        phrases: [
          `(nu|n) (ati|ai) (|mai|nici macar|niciodata) ${TASK}`,
          '(nu|n) (v ati|te ai) (|mai) (asigurat|autentificat|conectat|inregistrat|deconectat|prezentat|logat|delogat|interesat|uitat|confirmat|activat|verificat|actualizat|abonat|dezabonat)',
          '(ati|ai) (|pur si simplu|complet) (omis|ratat|sarit peste|uitat de|scapat din vedere|lasat sa expire|lasat sa treaca|depasit termenul|pierdut termenul)',
          '(ati|ai) (ales|selectat|introdus|folosit|completat|bifat|trimis) (|o|un) (varianta|optiunea|datele|adresa|codul|numarul|tariful|marimea|data|produsul|varianta|model|modelul) (gresita|gresit|gresite|incorecta|incorect|incorecte|eronata|eronat|eronate)',
        ],
        hint: 'Spuneți ce lipsește sau ce trebuie schimbat („plata nu ne-a parvenit”), nu ce nu a făcut clientul.',
        notAfter: ['nimic', 'nicio', 'niciun', 'nimeni'],
      },
      {
        // Mishandling given as the reason: "pentru că ați umblat la presiune", "deoarece ai lăsat aparatul în ploaie".
        phrases: [
          '(ati|ai|v ati|te ai) (|singur|singura|singuri|chiar|deja|probabil) (umblat|bagat mana|jucat|apucat sa desfaceti|apucat sa desfaci)',
          '(ati|ai) (|singur|singura|singuri|chiar|probabil) (desfacut|demontat|deschis carcasa|fortat|scapat|trantit|lovit|udat|spalat|calcat|uscat in uscator|supraincarcat|suprasolicitat|supraumplut|indoit|rasucit|zgariat|spart|crapat|taiat|vopsit|lipit|modificat|reglat|dereglat|desigilat|rupt sigiliul|rupt eticheta|aruncat|pierdut|stricat|defectat|blocat|resetat|sters|dezinstalat|conectat gresit|montat gresit|legat gresit|folosit un incarcator|folosit alt incarcator|folosit piese|folosit un cablu|turnat|varsat|pus in masina de spalat|pus in cuptor|bagat in priza|scos din priza|intrerupt alimentarea|oprit alimentarea|oprit centrala|inchis robinetul|deschis robinetul)',
          '(ati|ai) (|singur|singura|singuri|probabil) lasat (|aparatul|telefonul|laptopul|masina|bicicleta|coletul|produsul|usa|geamul|fereastra|robinetul|ea|el|le|i|o|l) (|deschis|deschisa|pornit|pornita|in|la|afara|peste noapte|nesupravegheat|nesupravegheata|in ploaie|in soare|in masina|in priza|la incarcat|descuiat|descuiata)',
          '(ati|ai) (|venit|ajuns|sosit|platit|anulat|returnat|trimis|raspuns) (prea tarziu|cu intarziere|dupa termen|in ultima clipa)',
        ],
        hint: 'Spuneți ce s-a întâmplat cu aparatul sau contul și cum remediem, nu ce a greșit clientul.',
        notAfter: ['la cererea noastra', 'cum v am (rugat|cerut|recomandat|sugerat)', 'cum ti am (cerut|recomandat|sugerat)', 'impreuna cu', 'cu ajutorul'],
      },
    ],
    told: [
      {
        phrases: [
          `${HOW} (v am|ti am|va am) (mai|deja|tot) ${TOLD}`,
          `${HOW} (v am|ti am|va am) ${TOLD} ${EARLIER}`,
          // Without "mai"/"deja", only "cum v-am spus": "așa cum v-am comunicat" is often a neutral recap.
          `${HOW} (v am|ti am|va am) (spus|zis|repetat)`,
          `${HOW} (vi s a|ti s a|v a|vi se) (mai|deja|tot) ${TOLD}`,
          `${HOW} (vi s a|ti s a|v a) ${TOLD} ${EARLIER}`,
          `${HOW} am (mai|deja|tot) ${TOLD}`,
          `${HOW} am ${TOLD} ${EARLIER}`,
          `${HOW} (s a|a fost) (mai|deja) ${TOLD}`,
          `${HOW} (s a|a fost) ${TOLD} ${EARLIER}`,
          `${HOW} (v am|ti am|v a) (mai|deja|tot) (precizat|comunicat|transmis|explicat|spus)`,
          `${HOW} (am|v am|ti am|va am|vi s a|ti s a|v a|s a|a fost|am mai|v am mai|ti am mai) (|si|deja|tot) ${TOLD} (|si|deja|tot|clar) ${PRIOR_MESSAGE}`,
        ],
        replace: 'recapitulând',
      },
    ],
    statement: [
      {
        phrases: [
          `v am (mai|tot|deja) ${TOLD} ${EARLIER_OPT} (|ca)`,
          `v am ${TOLD} ${EARLIER} ${EARLIER_OPT} (|ca)`,
          'va (repet|mai spun o data|spun inca o data|reamintesc inca o data) (|ca)',
          'va (tot|mai) (spun|explic|repet) (|ca)',
        ],
        replace: 'vă reamintesc că',
      },
      {
        phrases: [
          `ti am (mai|tot|deja) ${TOLD} ${EARLIER_OPT} (|ca)`,
          `ti am ${TOLD} ${EARLIER} ${EARLIER_OPT} (|ca)`,
          'iti (repet|mai spun o data|spun inca o data) (|ca)',
          'iti (tot|mai) (spun|explic|repet) (|ca)',
        ],
        replace: 'îți reamintesc că',
      },
    ],
    instructed: [
      {
        phrases: [
          '(ati fost|ai fost) (|deja|clar|in mod clar) (avertizat|avertizata|avertizati|avertizate|atentionat|atentionata|atentionati|atentionate|prevenit|prevenita|preveniti)',
          `(ati fost|ai fost) (anuntat|anuntata|anuntati|informat|informata|informati|instiintat|instiintata|instiintati|notificat|notificata|notificati) ${EARLIER}`,
          `(ati fost|ai fost) (deja|clar) (anuntat|anuntata|anuntati|informat|informata|informati|instiintat|instiintata|notificat|notificata)`,
          `(ati fost|ai fost) (anuntat|anuntata|anuntati|informat|informata|informati|instiintat|instiintata|notificat|notificata) (clar|in mod clar|explicit|in scris|din timp)`,
          '(v am|ti am|v a|ti a) (|deja|tot|clar) (avertizat|atentionat|prevenit)',
          '(v am|ti am|vi s a|ti s a) (|mai|deja|tot) atras atentia',
          `(v am|ti am) (anuntat|informat|instiintat|notificat) ${EARLIER}`,
          '(vi s a|ti s a) (|deja|clar) (atras atentia|spus clar)',
        ],
        hint: 'Nu-i amintiți clientului că a fost avertizat; explicați situația și pasul următor.',
      },
    ],
    act: [
      {
        phrases: [
          '(nu|n) (ati|ai) (|mai|nici macar) (citit|urmat|respectat|ascultat|verificat|parcurs|observat|consultat)',
          '(nu|n) (ati|ai) (|mai|nici macar) (tinut cont|tinut seama) (de|)',
          '(nu|n) (ati|ai) (|mai|nici macar) (acordat atentie|dat atentie|luat in seama|bagat in seama|bagat de seama)',
          '(nici macar nu|nici nu) (ati|ai) (citit|urmat|verificat|observat|tinut cont de)',
        ],
        replace: 'e ușor de ratat',
      },
      {
        phrases: ['(nu|n) ne (ati|ai) (anuntat|informat|spus|comunicat|instiintat|anuntat la timp|spus la timp)'],
        replace: 'nu am aflat',
      },
      {
        phrases: ['ati (|complet|pur si simplu|total) (ignorat|neglijat|trecut cu vederea|sarit peste|nesocotit)'],
        replace: 'poate nu ați observat',
      },
      {
        phrases: ['ai (|complet|pur si simplu|total) (ignorat|neglijat|trecut cu vederea|sarit peste|nesocotit)'],
        replace: 'poate nu ai observat',
      },
      {
        phrases: ['ati (uitat|omis|neglijat) sa'],
        replace: 'nu ați apucat să',
      },
      {
        phrases: ['ai (uitat|omis|neglijat) sa'],
        replace: 'nu ai apucat să',
      },
      {
        phrases: ['(ati|ai) (inteles gresit|inteles eronat|interpretat gresit|interpretat eronat|citit gresit|inteles pe dos)'],
        replace: 'a fost o neînțelegere privind',
      },
      {
        phrases: [
          '(ati|ai) (stricat|deteriorat|defectat|cauzat|provocat|distrus|blocat singur|blocat singura|udat|fortat|lovit)',
          '(ati|ai) scapat (telefonul|aparatul|laptopul|dispozitivul|tableta|ceasul|camera)',
          '(nu|n) (ati|ai) (anulat|platit|achitat|returnat|raspuns|trimis|confirmat|reinnoit|depus) (|comanda|abonamentul|produsul|cererea|factura|formularul) (la timp|in termen|in termenul|la termen)',
          '(nu|n) (ati|ai) fost (atent|atenta|atenti)',
          '(era|este|e) (de datoria|datoria|obligatia|responsabilitatea) (dumneavoastra|dvs|ta) sa',
          '(cauzat|cauzata|cauzate|provocat|provocata|provocate) de (dumneavoastra|dvs|tine|voi)',
          'din propria (|dumneavoastra|ta) vina',
          '(nu|n) v (ati|ai) uitat (la|pe|in)',
          '(v ati|te ai) (inselat|incurcat)',
        ],
        hint: 'Descrieți ce s-a întâmplat cu contul sau aparatul, nu ce a greșit clientul.',
      },
    ],
    actAmbiguous: [],
    forgot: [],
    forgotAmbiguous: [],
    hindsightAmbiguous: [],
    slipAmbiguous: [],
    slip: [
      {
        phrases: [
          '(ati|ai) (introdus|scris|configurat|setat|instalat|completat|conectat|folosit|utilizat|montat) (gresit|incorect|eronat|prost)',
          '(ati|ai) (facut|procedat) (gresit|incorect|eronat|prost)',
          '(ati|ai) (gresit|facut o greseala|facut greseala|facut o eroare)',
        ],
        hint: 'Spuneți ce trebuie schimbat, nu ce a greșit clientul.',
      },
    ],
    rhetorical: [
      {
        phrases: [
          'de cate ori (trebuie|sa|va|ti|vi|iti) (sa|mai|am|spun|repet|explic|zic)',
          'oare (nu|n) (ati|ai) citit',
          'nici macar (nu|n) (ati|ai) (citit|verificat|deschis|observat)',
          'de ce (nu|n) (ati|ai) (citit|urmat|verificat|sunat|anuntat|respectat)',
          'de ce nu ne (ati|ai) (anuntat|spus|sunat|scris)',
        ],
        hint: 'Renunțați la întrebarea retorică; dați răspunsul și pasul următor.',
      },
    ],
    counterfactual: [
      {
        phrases: [
          `daca (|dumneavoastra|dvs|tu) (ati fi|ai fi) (|mai|doar|macar|pur si simplu) ${SHOULD}`,
          'daca (|dumneavoastra|dvs|tu) (ne ati fi|ne ai fi|mi ati fi|mi ai fi) (|mai|doar|macar) (anuntat|sunat|contactat|scris|spus|informat|trimis|intrebat|semnalat)',
          'daca (|dumneavoastra|dvs|tu) (v ati fi|te ai fi) (|mai|doar|macar) (uitat|asigurat|informat|interesat|conectat|autentificat|deconectat|inregistrat|documentat)',
          'daca (|dumneavoastra|dvs|tu) (nu|n) (ati fi|ai fi) (ignorat|sarit peste|omis|sters|schimbat|modificat|deschis|fortat|desfacut|udat|scapat|resetat|dezinstalat|uitat)',
        ],
        hint: 'Evitați „dacă ați fi …”; spuneți ce putem face acum.',
      },
    ],
    hindsight: [
      {
        phrases: [
          `(|dumneavoastra|dvs|tu) (ar fi trebuit|trebuia|trebuiau|nu trebuia|n ar fi trebuit|nu ar fi trebuit|era cazul|era bine|ar fi fost bine) (|deja|mai intai|totusi) sa`,
          '(ati|ai) fi putut (evita|preveni|citi|verifica|suna|anunta|observa|contacta|astepta|urma|consulta|salva|opri|intreba)',
        ],
      },
    ],
    guess: [],
  },
  negations: ['nu', 'n', 'nici', 'niciodata', 'niciun', 'nicio', 'deloc'],
  conditionals: ['daca', 'cazul', 'caz', 'cand', 'poate', 'posibil', 'probabil', 'eventual', 'ingrijorati', 'ingrijora'],
  empathy: ['rau', 'regret', 'regretam', 'scuze', 'scuzati', 'iertati', 'inteleg', 'intelegem', 'firesc', 'normal', 'oricui', 'oricine'],
  admissions: ['greseala noastra', 'vina noastra', 'eroarea noastra', 'din greseala', 'gresit informat', 'informatii gresite', 'informatii incorecte', 'incorect', 'partea noastra', 'ne cerem scuze'],
  hedgeOpeners: ['se pare ca', 'pare ca', 'aparent', 'se pare'],
  notYet: ['inca'],
  hedges: ['pare', 'probabil', 'poate', 'posibil', 'eventual'],
  adverbs: ['deja', 'totusi', 'mai', 'intai', 'doar'],
  // "ar fi trebuit să primiți deja un e-mail": information, not blame.
  informational: ['primiti', 'primesti', 'vedeti', 'vezi', 'aveti', 'ai', 'gasiti', 'gasesti', 'stiti', 'stii', 'ajunga', 'observati'],
  participles: {},
  clitics: ['va', 'v', 'ti', 'iti', 'te', 'il', 'l', 'o', 'le', 'i', 'ii', 'li', 'ne', 'ni', 'mi', 'imi', 'ma', 'm', 'se', 's', 'si', 'vi', 'mai', 'tot', 'deja', 'nu', 'n'],
  informalClitics: ['ti', 'iti', 'te', 'tu', 'ai'],
  subordinators: ['pentru', 'deoarece', 'intrucat', 'iar', 'si', 'dar', 'caci', 'fiindca', 'din', 'dat', 'avand'],
  causes: ['pentru ca', 'deoarece', 'intrucat', 'fiindca', 'caci', 'din moment ce', 'dat fiind ca', 'avand in vedere ca', 'pt ca'],
  complementizers: ['ca', 'sa'],
  dropWords: [],
  templates: {
    recap: 'recapitulând',
    hindsight: 'data viitoare, vă recomandăm să',
    hindsightInformal: 'data viitoare, îți recomandăm să',
    hindsightNegative: 'data viitoare, vă recomandăm să nu',
    hindsightNegativeInformal: 'data viitoare, îți recomandăm să nu',
    hindsightFallback: 'ar fi fost util să',
    could: 'data viitoare, puteți',
    couldInformal: 'data viitoare, poți',
    guess: '',
  },
};
