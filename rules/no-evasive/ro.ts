import type { NoEvasiveData } from './index.ts';

const RESOLVE = 'e ceva ce rezolvăm noi';
const PASS_IT = 'e ceva ce transmit azi echipei <echipa>';
const NEXT_STEP = 'ce putem face este <pasul următor>';
const CONTACT = 'contactați <echipa> la <contact>';
const CHECK_WORKS = 'verific până la ora <ora> că merge';
const CHECK_FIXED = 'verific până la ora <ora> că s-a rezolvat';
const TODAY = 'astăzi până la ora <ora>';
const BY_DATE = 'până pe <data>';

// "Nu știu dacă ați văzut noua aplicație" opens a topic; it hides no answer.
const CONVERSATIONAL = ['daca (ati|ai|v ati|va|te) (vazut|auzit|observat|stiut|aflat|primit|apucat)', 'cum sa (va|iti|ti|) multumesc', 'cum sa (va|iti|ti|) multumim'];

export const ro: NoEvasiveData = {
  phrases: {
    dismiss: [
      {
        phrases: [
          'nu (e|este|era|i) (problema|treaba|grija|vina) (noastra|mea)',
          'nu (ne|ma) (priveste|intereseaza)',
        ],
        replace: RESOLVE,
      },
      { phrases: ['nu (sunt|erau) (problema|treaba|grija) (noastra|mea)'], replace: 'sunt ceva ce rezolvăm noi' },
      { phrases: ['nu (raspundem|raspund) (pentru|de)', 'nu (suntem|sunt) (responsabili|responsabil|responsabila) (pentru|de)'], replace: 'ne ocupăm de' },
      { phrases: ['(avem|am) mainile legate'], replace: NEXT_STEP },
      { phrases: ['(asta|aceasta) (e|este) problema (dumneavoastra|ta|voastra)'], notAfter: ['de', 'cu'], replace: 'asta e ceva la care vă ajutăm' },
      {
        // Handing the problem back: "e treaba dumneavoastră, nu a noastră", "asta-i grija ta".
        phrases: [
          '(asta |aceasta |)(e|este|i|ramane|sunt) (treaba|grija) (dumneavoastra|dvs|dv|ta|voastra|dumitale|fiecaruia) (nu a noastra|nu a mea|si nu a noastra|)',
          '(e|este|i|ramane) (problema|responsabilitatea) (dumneavoastra|dvs|ta|voastra|dumitale) (nu a noastra|nu a mea|si nu a noastra)',
          '(e|este|i|ramane) problema (dumneavoastra|dvs|ta|voastra|dumitale) (nu a noastra|nu a mea|si nu a noastra|)',
        ],
        // "Care e problema dumneavoastră?" asks; "e problema dumneavoastră cu factura" names it.
        // "Nu e treaba dumneavoastră să ..." reassures.
        notBefore: ['care', 'ce', 'cum', 'unde', 'nu', 'nici'],
        notAfter: ['de', 'cu', 'legata', 'principala', 'din', 'privind'],
        replace: 'e ceva la care vă ajutăm',
      },
      {
        phrases: [
          'nu (e|este) (departamentul|domeniul|jobul|resortul) (meu|nostru)',
          'nu (e|este) (responsabilitatea|competenta|treaba|atributia|sarcina) (mea|noastra)',
          'nu tine de (noi|mine|departamentul nostru|departamentul meu)',
          'nu (intra|e|este) in (atributiile|responsabilitatea|competenta|sarcina|sarcinile) (noastre|mele|noastra|mea)',
        ],
        replace: PASS_IT,
      },
      {
        phrases: [
          'nu (are|au) (nicio|nici o) legatura cu noi',
          'nu depinde de (noi|mine)',
          'nu (mai |)(e|este|sta) in (mainile|puterea) (noastre|mele|noastra|mea)',
        ],
        replace: 'se ocupă <echipa>, iar eu revin până la ora <ora>',
      },
      {
        phrases: [
          'nu (va|iti|ti|) (mai |)(putem|pot) face (nimic|mare lucru|mai mult|nimic altceva)',
          'nu (va |)(mai |)(putem|pot) sa (facem|fac) (nimic|mare lucru|mai mult)',
          'nu se (mai |)poate face (nimic|mare lucru|mai mult)',
          'nu (mai |)avem ce (face|sa facem)',
          'nu (mai |)am ce (face|sa fac)',
        ],
        replace: NEXT_STEP,
      },
      {
        phrases: ['nu (va|te|) (putem|pot) ajuta (cu|in) (asta|aceasta|acest lucru|problema asta|privinta asta)'],
        replace: 'transmit asta azi echipei <echipa>',
      },
      {
        phrases: ['nu (stiu|stim) ce (altceva |mai |)sa (va|iti|ti|) (mai |)(spun|spunem|zic|zicem)', 'nu (am|avem) de unde (sa|) (stiu|stim)'],
        replace: 'verific și vă răspund până la ora <ora>',
      },
    ],
    handoff: [
      {
        phrases: [
          '(intrebati|intreaba|contactati|contacteaza|sunati|suna|scrieti|scrie|apelati|adresati va|adreseaza te) (pe |)(altcineva|altcuiva|alt departament|alta firma|alta persoana|altundeva)',
          '(intrebati|intreaba) (in alta parte|altundeva)',
          '(adresati va|adresati|adreseaza te|apelati) (altui|altei|unui alt|unei alte|la alt|la alta) (departament|echipe|firme|persoane|echipa|firma|persoana)',
        ],
        replace: CONTACT,
      },
      {
        phrases: [
          'nu (sunt|suntem) (persoana|persoanele|omul|departamentul|echipa) (potrivita|potrivite|potrivit|indicata|indicat|cea mai potrivita|cel mai potrivit) (pentru asta|pentru aceasta|pentru acest lucru|pentru intrebarea asta|)',
          'nu (sunt|suntem) (cel|cei|cea) mai (potrivit|potriviti|potrivita) (pentru asta|pentru aceasta|pentru acest lucru|pentru intrebarea asta|)',
        ],
        replace: 'transmit solicitarea echipei <echipa>, care vă răspunde până la ora <ora>',
      },
      {
        phrases: [
          '(e|este|sunt) (problema|responsabilitatea|treaba) (producatorului|bancii|curierului|vanzatorului|magazinului|restaurantului|furnizorului|operatorului|dezvoltatorului|companiei aeriene|asiguratorului|proprietarului)',
        ],
        replace: 'e ceva ce urmăresc eu până la ora <ora>',
      },
      {
        phrases: [
          '(ceva |o chestiune |o problema |)intre (dumneavoastra|dvs|tine|voi) si (banca|banca dumneavoastra|furnizor*|operator*|provider*|compania de telefonie|compania de internet|asigurator*|proprietar*|administrator*|asociatia de proprietari|magazin*|curier*|vanzator*|producator*|angajator*) (tau|ta|dumneavoastra|dvs|vostru|voastra|)',
        ],
        replace: 'ceva ce urmăresc eu cu <furnizorul> până la ora <ora>',
      },
      {
        phrases: [
          '(e|este|sta|ramane|apare) (pe partea|de partea|in curtea|in ograda) (furnizorului|operatorului|providerului|bancii|curierului|asiguratorului|proprietarului|administratorului|magazinului|vanzatorului|producatorului|companiei)',
          '(problema|treaba|vina|defectiunea|eroarea) (e|este|i|ramane) a (bancii|furnizorului|operatorului|providerului|curierului|producatorului|magazinului|vanzatorului|asiguratorului|proprietarului|administratorului|companiei) (nu a noastra|)',
          '(e|este|sunt|ramane) (treaba|grija|problema|responsabilitatea) (furnizorului de internet|providerului|companiei de telefonie|companiei de internet|retelei|administratorului|asociatiei de proprietari|blocului|emitentului|angajatorului)',
        ],
        replace: 'e ceva ce urmăresc eu cu <furnizorul> până la ora <ora>',
      },
      {
        phrases: ['(rezolvati|lamuriti|clarificati|reglati|rezolva|lamureste|clarifica|regleaza) (asta|aceasta|problema|situatia|totul|) (direct |)cu'],
        replace: 'contactați',
      },
    ],
    unknown: [
      { phrases: ['(eu |)nu (stiu|prea stiu)'], notAfter: CONVERSATIONAL, replace: 'verific' },
      { phrases: ['(noi |)nu (stim|prea stim)'], notAfter: CONVERSATIONAL, replace: 'verificăm' },
      { phrases: ['habar n am', 'habar nu am', 'habar nu avem', 'n am habar', 'nu am habar'], replace: 'verific' },
      { phrases: ['n am (nicio |nici o |)idee', 'nu am (nicio|nici o) idee', 'nu avem (nicio|nici o) idee'], notAfter: ['ca', 'sa'], replace: 'verific' },
      {
        // Intensified: "nu am nici cea mai vagă idee", "n-avem habar", "nu-mi dau seama de ce".
        phrases: [
          '(nu am|n am|nu avem|n avem|nu prea am|nu prea avem) (nici |)(cea mai mica|cea mai vaga|cea mai mica|cea mai slaba|vreo|vreun fel de|niciun fel de) (idee|banuiala|habar)',
          '(nu am|nu avem|n avem) idee',
          'habar n avem',
          'n avem habar',
          'nu avem habar',
          'habar nu are nimeni',
          '(nu am|n am|nu avem|n avem) (de unde|cum) (sa |)(stiu|stim)',
          'nu (imi|mi|ne) (dau|dam) seama (de ce|ce|cum|cand|unde|daca)',
          '(dumnezeu|numai dumnezeu|doar dumnezeu|nimeni nu) stie (de ce|ce|cum|cand|unde|daca)',
          'nimeni (de aici |din echipa |)nu stie (de ce|ce|cum|cand|unde|daca)',
        ],
        notAfter: ['ca', 'sa', 'mai', 'buna', 'mai buna', ...CONVERSATIONAL],
        replace: 'verific',
      },
      {
        phrases: ['cine stie (de ce|ce|cum|cand|unde|daca)'],
        // "Întrebați pe cine știe cum ..." points to someone.
        notBefore: ['pe', 'la', 'cu', 'de', 'oricine', 'cineva', 'care'],
        replace: 'verific',
      },
      {
        phrases: ['nu (sunt|suntem) (sigur|sigura|siguri|sigure)'],
        notAfter: ['ca', 'daca (ati|ai|v|va|te)', 'ce (ati|ai|vreti|vrei|doriti|doresti)', 'cum (ati|ai|vreti|vrei)', 'de (asta|aceasta|acest|acel)', 'pe'],
        replace: 'verific',
      },
      { phrases: ['nu (cunosc|cunoastem) (motivul|cauza|raspunsul)'], replace: 'verific motivul' },
      { phrases: ['nu (va|iti|ti|) (pot|putem) spune de ce'], replace: 'verific de ce' },
      { phrases: ['nu (va|iti|ti|) (pot|putem) spune (cand|cum|daca|ce)'], replace: 'verific' },
    ],
    unknownAtEnd: [
      {
        phrases: ['(cine|dumnezeu|numai dumnezeu|doar dumnezeu) (mai |)stie', 'ce stiu eu'],
        // "întrebați pe cineva care știe", "colegul care știe" point to someone.
        notBefore: ['cineva', 'oricine', 'persoana', 'colegul', 'colega', 'colegii', 'tehnicianul', 'echipa', 'care', 'cel', 'cea', 'cei'],
        replace: 'verific și revin până la ora <ora>',
      },
    ],
    unknownSe: [],
    hedge: [
      {
        phrases: [
          '(in teorie|teoretic|in principiu|cu putin noroc) ar (cam |)trebui (sa|ca) (mearga|functioneze|mearga bine|functioneze corect)',
          'ar (cam |)trebui (sa|ca) (mearga|functioneze|mearga bine|functioneze corect)',
          '(in teorie|teoretic|in principiu) (merge|functioneaza|va merge|va functiona)',
          's ar putea sa (mearga|functioneze)',
          '(cred|presupun|banuiesc) (ca|) (va merge|merge|va functiona|functioneaza|o sa mearga|o sa functioneze)',
          'probabil (ca |)(va merge|merge|va functiona|functioneaza|o sa mearga|o sa functioneze)',
        ],
        notAfter: ['pe (orice|toate|majoritatea)', 'cu (orice|toate)', 'fara (internet|conexiune)', 'in (orice|toate)'],
        replace: CHECK_WORKS,
      },
      {
        phrases: [
          '(in teorie|teoretic|in principiu|cu putin noroc) ar (cam |)trebui (sa|ca) (se rezolve|rezolve|fie rezolvat|fie rezolvata|fie gata|se repare|dispara)',
          'ar (cam |)trebui (sa|ca) (se rezolve|rezolve|fie rezolvat|fie rezolvata|fie gata|se repare|dispara)',
          '(speram|sper) (sa|ca) (mearga|functioneze|se rezolve|rezolve|merge|functioneaza|va merge|va functiona|se va rezolva|s a rezolvat)',
          'tineti pumnii',
          'se (va rezolva|rezolva|va remedia|va repara) (de la sine|singur|singura|cu timpul)',
          'tine pumnii',
        ],
        replace: CHECK_FIXED,
      },
      {
        // A coin toss instead of a check: "poate merge acum, poate nu", "cine știe dacă se rezolvă".
        phrases: [
          'poate (merge|functioneaza|mearga|functioneze|se rezolva|s a rezolvat|e ok|e bine|e in regula|tine|merge bine|porneste|se conecteaza|se incarca|e rezolvat|e rezolvata) (|acum|de data asta|asa|de acum|din nou) (|si|sau) poate (nu|ca nu|nu merge|nu functioneaza)',
          'poate da (|si|sau) poate nu', 'poate da, poate nu',
          'cine stie (daca|poate|) (merge|functioneaza|o sa mearga|o sa functioneze|va merge|va functiona|se rezolva|se va rezolva|tine)',
          '(nu|n) (am|avem) (nicio|nici o) garantie (ca|sa) (merge|mearga|functioneaza|functioneze|tine|se rezolva)',
          'incercati (si|) (vedem|vedeti|o sa vedem) (ce iese|daca iese|daca tine)', 'incearca (si|) (vedem|vezi|o sa vedem) (ce iese|daca iese|daca tine)',
        ],
        replace: CHECK_WORKS,
      },
      {
        phrases: ['poate (incercati|incerci) (altceva|ceva diferit|alta varianta|alte variante|si altceva|alta metoda|alte metode)'],
        replace: 'vă sugerez <pasul concret>',
      },
      {
        // A hedged try-another with no tail: "poate încercați alt browser", "poate folosiți altă carte".
        phrases: [
          'poate (incercati|incerci|incercam|folositi|folosesti|schimbati|schimbi|treceti pe|treci pe) (si |)(cu |pe |)(alt|alta|alte|alti|un alt|o alta|un altul|o alta varianta|altul) *',
        ],
        replace: 'vă sugerez <pasul concret>',
      },
      {
        phrases: ['(incercati|incercati si) (altceva|ceva diferit|alta varianta|alte variante|alta metoda|alte metode)'],
        replace: 'încercați <pasul concret>',
      },
      {
        phrases: ['(incearca|incearca si) (altceva|ceva diferit|alta varianta|alte variante|alta metoda|alte metode)'],
        replace: 'încearcă <pasul concret>',
      },
    ],
    hedgeTail: [
      {
        phrases: [
          '(poate |eventual |)(incercati|incerci|incearca|incercam|incercati si|incearca si|incercati cu|incercati pe) (*|* *|* * *|* * * *) (sau ceva|sau ceva de genul|sau ceva de genul asta|sau ceva asemanator|sau ceva similar|sau ceva de felul asta|sau mai stiu eu ce|sau stiu eu ce|sau stiu eu|sau orice altceva|sau orice|cine stie|cine stie ce iese|poate merge|poate iese|poate tine)',
        ],
        // "Dacă încercați alt card sau ceva, ..." names a condition.
        notBefore: ['daca', 'cand', 'dupa ce', 'odata ce', 'ati', 'am', 'a', 'au', 'vom', 'voi', 'o sa'],
        replace: 'vă sugerez <pasul concret>',
      },
    ],
    reassurance: [
      {
        phrases: ['(in teorie|teoretic|in principiu|) ar (cam |)trebui (sa|ca) (fie bine|fie ok|fie in regula|fie totul in regula|fie totul bine)'],
        replace: 'verific până la ora <ora> că totul e în regulă',
      },
    ],
    condition: [{ phrases: ['(atata|cat) timp cat', 'cat timp', 'daca', 'cu conditia', 'odata ce', 'de indata ce'] }],
    vagueTime: [
      {
        phrases: [
          'cat mai (curand|repede|rapid|devreme|iute) (posibil|cu putinta|)',
          'cat de (curand|repede|rapid|devreme) (posibil|cu putinta)',
          'cat de curand',
          'in cel mai scurt timp (posibil|)',
          '(de indata|imediat|indata) ce (este|e|va fi) posibil',
          '(de indata|imediat|indata) ce (vom putea|putem|se poate|se va putea|o sa putem)',
          'in viitorul (apropiat|cel mai apropiat)',
          'cat se poate de (repede|curand|rapid)',
        ],
        replace: TODAY,
      },
      {
        // "Vom vedea când ne uităm la server": the customer is left to wait and guess.
        phrases: ['(vom vedea|o sa vedem|vedem noi|mai vedem|ramane de vazut|ramane sa vedem) (cand|pe cand)'],
        replace: 'vă confirmăm până pe <data>',
      },
    ],
    vagueWhen: [
      {
        phrases: [
          'la un moment dat',
          'mai devreme sau mai tarziu',
          'intr o buna zi',
          'in perioada urmatoare',
          'in timp util',
          '(una|una dintre|una din) zilele (astea|acestea)',
          'intr un viitor (apropiat|nu foarte indepartat|nedefinit)',
          'la un moment dat in viitor',
          // "cândva luna viitoare", "cumva săptămâna asta": a period, no date.
          'candva (|in|pe|spre) (luna|saptamana|anul|zilele|perioada|cursul lunii|cursul saptamanii|toamna|iarna|vara|primavara) (|viitoare|urmatoare|asta|aceasta|acestea|care vine|viitor|urmator|de dupa|urmatoare)',
          'candva (maine|poimaine|zilele astea|zilele urmatoare|dupa sarbatori|dupa vacanta|in cursul zilei|in cursul saptamanii|la inceputul lunii|la sfarsitul lunii|pe parcurs)',
          '(mai incolo|mai tarziu cumva|pe parcurs|cand o fi sa fie|cand o fi cazul|cand se va putea|zilele astea cumva)',
          'intr una din zilele (urmatoare|astea)', 'cumva (saptamana|luna) (asta|viitoare)',
        ],
        replace: BY_DATE,
      },
    ],
    future: [{ phrases: ['(vom|voi|vor|va|vei|veti|o sa|urmeaza sa)'] }],
    vagueTimeAtEnd: [
      {
        phrases: [
          'cand (vom putea|putem|o sa putem|se va putea|se poate|e posibil|este posibil|avem timp|vom avea timp)',
          'cand (apucam|vom apuca|o sa apucam|avem ocazia|vom avea ocazia|o sa avem timp|o sa avem ocazia|ne facem timp|ne vom face timp|ne vine randul|ajungem la ea|ajungem la el)',
        ],
        replace: TODAY,
      },
      {
        // "Pentru camera cu vedere la apă, vedem noi.": a decision put off with no date.
        phrases: [
          '(vom vedea|o sa vedem|vedem noi|mai vedem|ramane de vazut|ramane sa vedem|om vedea|o sa mai vedem|vedem noi atunci|vedem atunci|vedem pe loc|vedem la fata locului|mai discutam|discutam atunci|mai vorbim|vedem ce se poate face|vedem ce putem face|vedem ce se poate|vedem ce facem|mai vedem noi|lasa ca vedem noi|lasati ca vedem noi)',
        ],
        replace: 'vă confirmăm până pe <data>',
      },
      // "Vom repara cândva." is vague; "dacă ați folosit cândva aplicația" narrates the past.
      { phrases: ['candva (in viitor|curand|mai tarziu|)'], replace: BY_DATE },
    ],
    commitment: [
      {
        phrases: [
          '(voi|vom) (verifica|afla|intreba|investiga|reveni|contacta|scrie|suna|confirma|trimite|transmite|escalada|urmari)',
          'o sa (verific|aflu|intreb|revin|verificam|aflam|revenim|va scriu|va sun|va scriem)',
          '(verific|aflu|intreb|investighez|revin|verificam|aflam|intrebam|investigam|revenim)',
          '(ma|ne) (interesez|interesam|informez|informam)',
          'am (intrebat|escaladat|transmis|contactat|sesizat|trimis solicitarea|trimis cererea)',
          '(va|iti|ti) (anunt|anuntam|scriu|scriem|confirm|confirmam|raspund|raspundem)',
          '(ii|il|o) puteti contacta (la|pe|prin)',
        ],
      },
    ],
    concreteTime: [
      {
        phrases: [
          '(azi|astazi|diseara|deseara|maine|poimaine)',
          '(luni|marti|miercuri|joi|vineri|sambata|duminica)',
          'in (seara|dimineata|dupa amiaza) (asta|aceasta)',
          'pana (la ora|pe|maine|diseara|azi|astazi|la sfarsitul zilei|la pranz)',
          'la ora',
          'cel (tarziu|mult)',
          'in (maximum|maxim|mai putin de|urmatoarele|decurs de|termen de) *',
          'in * (minute|ore|zile)',
        ],
      },
    ],
    request: [
      {
        phrases: [
          '(va|te) rog',
          '(va|te) rugam',
          '(va|iti|ti) (recomandam|recomand|sugeram|sugerez|sfatuim)',
          'trebuie',
          'ar trebui',
          '(este|e) (important|necesar|recomandat|indicat)',
          'aveti grija',
          '(avem|am) nevoie (de|sa)',
          '(contactati|sunati|trimiteti|raspundeti|scrieti|anuntati|platiti|returnati|verificati|actualizati|schimbati|veniti|treceti|confirmati|completati|incarcati|achitati|reveniti|asigurati)',
        ],
      },
    ],
    imperative: [],
  },
  knowComplements: [],
  futureEndings: [],
  questionWords: ['de ce', 'ce', 'cum', 'cand', 'unde', 'daca', 'care', 'motivul', 'cauza', 'raspunsul', 'pe cand'],
  months: [
    'ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie',
    'ian', 'feb', 'mar', 'apr', 'iun', 'iul', 'aug', 'sep', 'sept', 'oct', 'nov', 'noi', 'dec',
  ],
  dateLinks: [],
};
