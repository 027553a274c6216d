import type { NoHostilityData } from './index.ts';

// "nu e nicio prostie", "nu există întrebări proaste", "poate părea o prostie, dar…".
const NEGATED = [
  'nu', 'nici', 'niciodata', 'nu e', 'nu este', 'nu sunt', 'nu a fost', 'nu e (o|un|nicio|niciun)', 'nu este (o|un|nicio|niciun)',
  'nu exista', 'nicio', 'niciun', '(poate|ar putea) (parea|suna|fi) (o|un|ca o|ca un|)', 'pare (o|un)', 'mi e', 'ne e', 'm am simtit', 'ma simt', 'ne simtim',
  'mea', 'noastra', 'nostru', 'meu',
];

export const ro: NoHostilityData = {
  phrases: {
    insult: [
      {
        phrases: [
          'idiot*', 'imbecil*', 'cretin*', 'tampit*', 'tampenie', 'tampenii', 'tampenia', 'tampeniile', 'dobitoc*', 'tembel*', 'timpit*', 'debil mintal',
          'prostie', 'prostia', 'prostii', 'prostiile', 'prostiei', 'prostiilor', 'prostanac*', 'prostovan*', 'prostule', 'proasto', 'prostilor', 'prostului', 'prostul',
          'stupid', 'stupida', 'stupizi', 'stupide', 'stupiditate*', 'aberatie', 'aberatii', 'aberatia', 'aberatiile', 'aberant', 'aberanta', 'aberante', 'inept*',
          'idiotenie', 'idiotenii', 'cretinism*', 'bazaconie', 'bazaconii', 'balarii', 'baliverne', 'gogomanie', 'gogomanii', 'nerozie', 'nerozii', 'inepție', 'neghiob*', 'natafleata',
          'boule', 'magarule', 'retardat*', 'nesimtit*', 'obraznic*',
        ],
        notBefore: NEGATED,
        notAfter: ['din partea (mea|noastra)', 'noastra', 'mea', 'intrebare dar'],
      },
      {
        // "bou", "vacă", "maimuță" are also animals; only as a form of address they insult.
        phrases: ['bou', 'vaca', 'magar', 'maimuta', 'ratat', 'ratata', 'ratati'],
        requireBefore: ['(esti|sunteti|ce|ca un|ca o|un|o|mare)'],
        notBefore: ['nu'],
      },
      {
        phrases: ['ridicol', 'ridicola', 'ridicole', 'ridicoli', 'absurd', 'absurda', 'absurde', 'absurditate*', 'penibil', 'penibila', 'penibile', 'jalnic', 'jalnica', 'jalnice', 'caraghios', 'caraghioasa', 'de rasul lumii', 'de tot rasul', 'copilaresc', 'copilareasca'],
        notBefore: [...NEGATED, 'pare', 'poate parea', 'inteleg ca (vi|va) se pare', 'inteleg ca pare', 'stiu ca pare'],
        // "E absurd că ați așteptat atât" sides with the customer.
        notAfter: [
          'ca (ati|a trebuit|nu ati|nu v a|v am|am|nu am|comanda|coletul|asteptati)', 'cat (ati asteptat|a durat)', 'de (mult|lung|mare|mic) (timp|pret|)', 'situatia', 'intarziere*',
          // "un preț ridicol de mic", "ridicol de ușor" intensify, they judge nobody.
          'de (bun|buna|bune|buni|ieftin|ieftina|ieftine|ieftini|simplu|simpla|usor|usoara|rapid|rapida|accesibil|accesibila|avantajos|avantajoasa|mic|mica|mici|redus|redusa)',
          'din partea noastra', 'pentru noi',
        ],
      },
      {
        // "e o prostie" / "sunt aberații": a judgement of the request or the claim.
        phrases: [
          '(e|este|sunt|a fost|mi se pare|suna a) (o|niste|) (mare|totala|curata|adevarata|) (prostie|prostii|tampenie|tampenii|aberatie|aberatii|idiotenie|idiotenii|bazaconie|bazaconii|nerozie|nerozii|gogomanie|absurditate)',
          'ce (prostie|prostii|aberatie|aberatii|tampenie|tampenii|idiotenie|bazaconie|bazaconii|absurditate|porcarie)',
        ],
        notBefore: ['nu', 'nici'],
      },
      {
        phrases: [
          '(e|este|sunt) (o|niste|) (minciuna|minciuni|inventie|inventii|basm|povesti|poveste|gogoasa|gogosi)',
          'nu are (niciun|nici un) (sens|fundament|temei)', 'nu are nici cap nici coada', 'n are (niciun|nici un) sens',
        ],
        replace: 'nu corespunde cu ce vedem noi',
        notBefore: ['nu', 'nici', 'daca'],
      },
      {
        // "semnal prost", "funcționează prost" mean poor, badly: only a person or a request is insulted.
        phrases: [
          '(esti|sunteti|ati fost|ai fost|pareti|pari|va faceti|te faci) (un|o|atat de|foarte|chiar|cam|asa de|) (prost|proasta|prosti|proaste|idiot*|tampit*|incompetent*|incapabil*|ignorant*|nesimtit*|lene*|lenes*|slab de inger|greu de cap|prea prost|prea proasta)',
          '(ca un|ca o) (prost|proasta|idiot|idioata|tampit|tampita)', '(un|o) (prost|proasta) (ca|care)', 'mare (prost|proasta|idiot|tampit)',
          '(intrebare|cerere|reclamatie|idee|pretentie|solicitare) (proasta|stupida|idioata|tampita|ridicola|absurda|penibila)',
          'oameni ca (dumneavoastra|tine|voi)', 'clienti ca (dumneavoastra|tine|voi)', 'lumea ca (dumneavoastra|tine)',
          'nu (stiti|stii) sa (cititi|citesti)', '(stiti|stii) (macar|oare|) sa (cititi|citesti)', 'invatati sa cititi', 'invata sa citesti', '(sunteti|esti) (orb|oarba|surd|surda)',
          'sa (va|iti) fie rusine', 'ar trebui sa (va|iti) fie rusine', 'rusine sa (va|iti) fie', 'ce rusine', 'ce tupeu', '(aveti|ai) (un|mult|) tupeu', 'nu (fiti|fi) (copil|copii|copilaros|copilaroasa|ridicol|ridicola)',
          'nu va (mai|) (prostiti|faceti ca nu|faceti ca prost|faceti de nu|faceti de prost)', 'nu va (mai|) faceti ca nu (stiti|intelegeti)',
        ],
        notBefore: NEGATED,
        notAfter: ['dar', 'de (semnal|conexiune|calitate)'],
      },
      {
        // Un superlativ despre mesajul clientului: "cea mai ridicolă reclamație din săptămâna asta".
        phrases: [
          'cea mai (ridicola|absurda|stupida|proasta|prosteasca|penibila|caraghioasa|copilareasca|fantezista|bizara|hilara|nefondata|aiurea|trasa de par|lipsita de sens|jalnica|idioata|tampita|deplasata|nesimtita|nerusinata|slaba) (reclamatie|cerere|solicitare|plangere|scuza|intrebare|pretentie|idee|poveste|explicatie|acuzatie|recenzie|teorie|obiectie|motivatie|argumentatie)',
          'cel mai (ridicol|absurd|stupid|prost|prostesc|penibil|caraghios|copilaresc|fantezist|bizar|hilar|nefondat|jalnic|idiot|tampit|deplasat|nesimtit|slab) (mesaj|motiv|argument|pretext|email|e mail|comentariu|repros|lucru|lucru pe care|tichet)',
          '(cel|cea) mai (ridicol|ridicola|absurd|absurda|stupid|stupida|prost|proasta|penibil|penibila|caraghios|caraghioasa) (lucru|chestie) pe care (l am|am|l|o am|am l) (citit|auzit|vazut|primit)',
        ],
        notBefore: ['nu', 'nici'],
        notAfter: ['din partea noastra', 'a noastra', 'al nostru'],
      },
      {
        // A minimaliza experiența clientului: "venind de la cineva care n-a avut decât o campanie".
        phrases: [
          '(venind|si asta) de la (cineva|o persoana|un client|dumneavoastra) care (n a|nu a|n ati|nu ati|a|ati) (avut|facut|condus|organizat|derulat|lansat|gestionat|administrat|lucrat) (niciodata|decat|o singura|un singur|doar|abia)',
          'pentru cineva care (n a|nu a|a) (avut|facut|condus|organizat|derulat|lansat|gestionat|administrat|lucrat) (niciodata|decat|o singura|un singur|abia)',
          '(nu sunteti|nu esti) (niciun|nicidecum|chiar|tocmai|deloc) (expert|specialist|profesionist|inginer)',
          'cine (sunteti|esti) (dumneavoastra|tu|) sa (ne|imi|mi|ma) (dati|dai|tineti|tii|invatati|inveti|spuneti|spui|judecati|judeci|criticati|critici)',
          'habar n (aveti|ai) (despre|de) ce (vorbiti|vorbesti)', 'nu (stiti|stii) (nici|) (macar|) despre ce (vorbiti|vorbesti)',
        ],
        notBefore: ['daca'],
      },
      {
        // "Că ați avut o singură campanie" disprețuiește doar când e vorba de lecțiile sau sfaturile clientului.
        phrases: [
          '(ati|ai) (avut|facut|condus|organizat|derulat|lansat|gestionat|administrat) (doar|numai|abia|) (o singura|un singur|o unica|un unic)',
          '(ati|ai) (avut|facut|condus|organizat|derulat|lansat|gestionat|administrat) (doar|numai|abia) (o|un)',
          'n (ati|ai) (avut|facut|condus|organizat|derulat|lansat|gestionat|administrat) (decat|niciodata) (o|un|vreo|vreun)',
          'nu (ati|ai) (avut|facut|condus|organizat|derulat|lansat|gestionat|administrat) (decat|niciodata) (o|un|vreo|vreun)',
        ],
        requireNearby: 'lectureCue',
        notBefore: ['daca', 'deoarece', 'pentru ca', 'intrucat', 'fiindca'],
      },
    ],
    profanity: [
      {
        phrases: [
          'naiba', 'naibii', 'dracu', 'dracului', 'drace', 'la dracu', 'ce dracu', 'ce naiba', 'la naiba', 'dute dracu', 'du te dracu', 'du te naibii', 'fir ar sa fie',
          'cacat', 'cacaturi', 'rahat', 'rahaturi', 'porcarie', 'porcarii', 'futu*', 'futere', 'fute', 'pula', 'pizda', 'muie', 'bulangiu*', 'jeg', 'jegos*',
        ],
        // "rahat" is also Turkish delight.
        notBefore: ['un', 'cu', 'de', 'cu gust de', 'si'],
        notAfter: ['turcesc', 'cu', 'de (casa|bruxelles|murata)', 'murata', 'calita', 'acra', 'alba', 'rosie', 'din'],
      },
    ],
    dismissive: [
      {
        // "Mă rog, v-am pus un voucher": the Romanian "whatever".
        phrases: ['ma rog', 'ce vrei', 'ce vreti', 'ce sa (i|va|iti) fac', 'ghinion', 'si ce', 'si ce daca', 'asta e viata', 'n ai ce face', 'n aveti ce face', '(faceti|fa) ce (vreti|vrei|doriti)'],
        requireBefore: ['^'],
        requireAfter: ['$'],
        notAfter: ['asta', 'sa'],
      },
      {
        // "E treaba dumneavoastră, nu a noastră" / "nu ne privește" deflect: no-evasive reports them.
        phrases: [
          '(nu mi|nu ne|putin imi|putin ne|nu prea imi|nu prea ne) (pasa|intereseaza)', 'cui (ii|i) pasa', 'ce ne pasa', 'ce (imi|mi) pasa',
          'si ce daca',
          '(descurcati va|descurca te|descurcativa|descurcate)', '(taci|taceti) (din gura|odata|naibii|dracului|)', 'tacă ți gura', 'taca ti gura',
          '(lasati ne|lasa ne|lasati ma|lasa ma) (in pace|naibii)', 'nu (ne|ma) mai (deranjati|deranja|bateti la cap|bate la cap|sacaiti|sacai|plictisiti|plictisi)',
          '(nu ne|nu ma) mai (faceti|face) sa pierdem timpul', 'nu (ne|imi) mai pierdeti timpul', 'nu (ne|imi) mai pierde timpul', '(ne|imi) pierdeti timpul', '(ne|imi) pierzi timpul', '(o|ce) pierdere de timp',
          'avem (lucruri|treburi) mai (bune|importante) de facut', 'nu suntem (ghicitori|magicieni|vrajitori|clarvazatori)', 'descurcati va singur*', 'cautati pe google',
          'calitatea costa', 'ce ati dat aia ati primit', '(va|iti) place sau nu', 'fie ca (va|iti) place fie ca nu', 'nu (vom|o sa) mai (pierde|pierdem) timpul', 'nu (suntem|sunt) (bona|bonele|dadaca|mama|servitorii|servitoarea) (dumneavoastra|ta|voastra)',
          'nu (ne|ma) mai (scrieti|scrie|suna|sunati|contactati|contacta)', 'nu mai insistati', 'nu mai insista', 'ajunge cu (prostiile|tampeniile|reclamatiile|plansul|vaicareala|mesajele)',
          '(incetati|inceteaza|terminati|termina) (cu|sa va plangeti|sa te plangi|sa ne mai scrieti|cu plansul|cu vaicareala|cu prostiile|cu tampeniile)',
        ],
        notBefore: ['daca', 'nu', 'ca', 'care', 'ce', 'unde', 'cum', 'sa'],
        notAfter: ['sa (va|ne) (ajutam|sprijinim)', 'datele', 'datelor', 'de (sus|jos|la)', 'pentru (a|ca)', 'pentru'],
      },
      {
        // "Lăsați teatrul", "scutiți-mă de lecții": a expedia ce a scris clientul.
        phrases: [
          '(lasati|lasa|lasati va|lasa te|lasati va de|lasa te de) (teatrul|teatru|drama|dramele|drame|scenele|scene|sceneta|scenetele|lectiile|lectii|predicile|predici|morala|vaicareala|vaicarelile|vaicareli|smiorcaiala|circul|mofturile|bocetele|plansetele|plansul|comedia|figurile|teoriile|lamentarile|jelania|isteria|tragediile)',
          '(scutiti ma|scuteste ma|scutiti ne|scuteste ne|cruta ma|crutati ma|crutati ne) de (lectii|lectiile|predici|predicile|drama|dramele|drame|teatru|teatrul|scene|scenele|vaicareli|vaicareala|morala|sfaturi|sfaturile|povesti|povestile|comentarii|comentariile|discursuri|discursul|teorii|teoriile|lamentari|plangeri|bocete|isterii|sfaturi nesolicitate|tragedii)',
          '(terminati|termina|incetati|inceteaza|opriti va|gata) cu (teatrul|drama|dramele|scenele|lectiile|predicile|morala|vaicareala|vaicarelile|circul|mofturile|comedia|smiorcaiala|isteria|tragediile)',
          'nu (ne|mi|imi|ma|va) mai (tineti|tine|dati|da|faceti|face) (lectii|predici|morala|teatru|scene|circ)',
          'nu (am|avem) nevoie de (lectiile|predicile|sfaturile|morala|lectii|predici|sfaturi|drama|dramele|teatrul) (dumneavoastra|tale|voastre|)',
          'mai (putin|putina) (drama|vaicareala|circ)', 'fara (teatru|drame|scene|vaicareli|isterii) va rog',
        ],
        notBefore: ['daca', 'sa nu'],
      },
      {
        // "Nu mai pierd timpul cu așa ceva": clientul nu merită timpul nostru.
        phrases: [
          'nu (mai|) (pierd|o sa pierd|voi pierde|am de gand sa pierd|imi pierd|imi mai pierd) (timpul|vremea|timp|nici un minut|niciun minut|nicio secunda|nici o secunda)',
          '(am|ne am|mi am) pierdut (destul|prea mult|suficient|si asa destul|deja destul|deja prea mult) (timp|vreme)',
          'nu merita (sa|) (pierd|pierdem|imi pierd|ne pierdem) (timpul|vremea|timp)',
          'nu (mai|) (discut|discutam|stau sa discut|stam sa discutam|o sa discut|o sa discutam) (asa ceva|asta|pe tema asta|subiectul asta|cu dumneavoastra|cu tine)',
        ],
        requireAfter: ['$', 'cu (asa ceva|asta|astfel de|dumneavoastra|tine|voi|discutii|discutia|discutie|aceasta|acest|prostii|reclamatii|reclamatia|mesaje|mesajele|subiectul|tema|povesti|asemenea)', 'pe (asa ceva|asta|astfel de|discutii|dumneavoastra|tine|voi|prostii)', 'discutand', 'explicand', 'raspunzand', 'certandu', 'in discutii', 'in contradictii'],
        notBefore: ['sa', 'ca sa', 'ca sa nu', 'pentru a nu', 'ca'],
      },
      {
        // "Nu mai pierdem timpul cu astfel de reclamații"; "Nu pierdem timpul: vă trimitem un tehnician" e grabă în folosul clientului.
        phrases: ['nu (mai|) (pierdem|o sa pierdem|vom pierde|avem de gand sa pierdem|ne pierdem|ne mai pierdem) (timpul|vremea|timp|nici un minut|niciun minut|nicio secunda|nici o secunda)'],
        requireAfter: ['cu (asa ceva|asta|astfel de|dumneavoastra|tine|voi|discutii|discutia|discutie|aceasta|acest|prostii|reclamatii|reclamatia|mesaje|mesajele|subiectul|tema|povesti|asemenea)', 'pe (asa ceva|asta|astfel de|discutii|dumneavoastra|tine|voi|prostii)', 'discutand', 'explicand', 'raspunzand', 'certandu', 'in discutii', 'in contradictii'],
        notBefore: ['sa', 'ca sa', 'ca sa nu', 'pentru a nu', 'ca'],
      },
    ],
    sarcasm: [
      {
        phrases: [
          '(vorbiti|vorbesti) serios', '(glumiti|glumesti) (cumva|) (nu|)', '(e|este) o gluma', '(va|iti) (bateti|bati) joc de noi', 'ne luati peste picior', 'ma faceti sa rad',
          'multumim pentru nimic', 'multumesc pentru nimic', 'mult noroc cu asta', 'noroc cu asta', 'frumoasa incercare', 'buna incercare', 'ce surpriza', 'ia te uita', 'bravo (dumneavoastra|tie|voua)',
          'felicitari (ca|pentru ca) (ati|ai) (stricat|reusit sa stricati)', 'bun venit in lumea reala', 'bine ati venit in lumea reala', 'da sigur', 'sigur ca da (nu|)',
          'ce parte din * nu (intelegeti|intelegi|ati inteles|ai inteles)', 'ce parte din * * nu (intelegeti|intelegi|ati inteles|ai inteles)', 'ce parte din * * * nu (intelegeti|intelegi|ati inteles|ai inteles)',
          'de cate ori (trebuie|sa) (sa|) (va|iti|vi|iti) (spun|spunem|repet|repetam|explic|explicam)', 'pentru a (suta|mia|nu stiu cata|n a) oara',
          '(ati|ai) citit (macar|oare|vreodata)', '(cititi|cititi macar|cititi oare) ce (va|) (scriem|scriu)', 'la ce va asteptati (la pretul asta|pentru pretul asta)', 'folositi (va|) (capul|mintea)',
          'habar n aveti ce (faceti|spuneti)', 'n aveti habar ce (faceti|spuneti)',
          '(v am|ti am|v am mai|ti am mai) (spus|explicat|repetat) (de o mie de ori|de o suta de ori|de zeci de ori|de nenumarate ori)', 'cum (va|iti) permiteti', 'cum iti permiti',
          'cine (va|te) (credeti|crezi) ca sunteti', 'cine va credeti', 'nu sunteti singurul client', 'nu esti singurul client', 'avem si alti clienti', 'nu ne vorbiti pe tonul asta',
          'ce v a trecut prin cap', 'ce ti a trecut prin cap', 'cum (v a|ti a) trecut prin cap',
        ],
        notBefore: ['nu', 'daca'],
      },
      {
        // "La ce vă așteptați?" sneers; "ce ați crezut că…" asks.
        phrases: ['la ce (va|v ati|te) (asteptati|asteptai|ati asteptat)', 'ce (ati|ai) crezut', 'ce v ati imaginat'],
        requireBefore: ['^'],
        requireAfter: ['?'],
      },
      {
        phrases: ['serios', 'pe bune', 'poftim', 'pardon', 'zau', 'pe bune acum', 'pe bune'],
        // Only as a sneering one-word question: "Serios?" / "Pe bune?".
        requireBefore: ['^'],
        requireAfter: ['?'],
        notAfter: ['*'],
      },
      {
        // Interjecții de exasperare: "Serios acum? Se vede în poze."
        phrases: [
          'serios acum', 'serios acuma', 'pe bune acuma', '(sunteti|esti) (serios|serioasa|seriosi|serioase)', '(vorbiti|vorbesti) serios acum', 'glumiti acum', 'glumesti acum',
        ],
        requireBefore: ['^'],
        requireAfter: ['?'],
        notAfter: ['*'],
      },
      {
        phrases: ['ei na', 'ei poftim', 'poftim na', 'ia mai lasati ma', 'ia mai lasa ma', 'ia lasati ma', 'hai sa fim seriosi', 'fiti serios', 'fiti serioasa', 'fii serios', 'fii serioasa', 'asta i buna', 'auzi la el', 'auzi la ea', 'auzi la ei', 'doamne da mi rabdare'],
        requireBefore: ['^'],
        requireAfter: ['$'],
      },
      {
        // "E culmea tupeului", "ce nesimțire": dispreț pentru ce cere clientul.
        phrases: [
          'culmea (tupeului|obraznicie*|nesimtirii|nerusinarii|impertinentei|neobrazarii|indrazneli*|aroganti*)', 'ce (obraznicie|nesimtire|nerusinare|impertinenta|neobrazare|aroganta|indrazneala)',
          '(aveti|ai|au|trebuie sa ai|trebuie sa aveti|trebuie sa fii|e nevoie de) (mult|un|ceva|un mare|mare|atata|un asemenea) (tupeu|obraz|neobrazare)', 'cu ce tupeu', 'tupeul (sa|de a|de care dati|de care dai|dumneavoastra|tau)', 'mare tupeu', 'tupeu (maxim|fantastic|incredibil|de neimaginat)',
        ],
        notBefore: ['nu', 'fara'],
      },
    ],
    threat: [
      {
        phrases: [
          '(veti|vei|o sa|o sa va|o sa te) (regreta|regretati|regreti|para rau|pară rău)', '(va|iti) (va|) (parea|para) rau', 'ultimul (avertisment|avertisment pentru dumneavoastra)',
          'ultima avertizare', '(ati|ai) fost (avertizat*|prevenit*)', '(considerati va|considera te) (avertizat*|prevenit*)', 'ne vedem in instanta', 'ne vedem la tribunal',
          'stim unde (locuiti|stati|locuiesti|stai)', '(aveti|ai) grija (ce|cum) (vorbiti|vorbesti|scrieti|scrii)', 'nu ne (provocati|provoca)', 'nu (va|te) jucati cu noi', 'nu (va|te) juca cu noi',
          '(va|te) (vom|) (da|dam) in judecata', '(va|te) (vom|) (actiona|actionam) in (instanta|justitie)', '(vom|o sa) (chema|chemam|anunta|anuntam|sesiza|sesizam) politia',
          'nu (veti|vei|o sa) mai (putea|puteti|poti) (comanda|cumpara|zbura|rezerva) (de la|cu) noi',
          'vom lua masuri (legale|in instanta|juridice) (impotriva|contra) (dumneavoastra|ta|voastra)',
        ],
        notBefore: ['nu', 'daca'],
      },
      {
        // "Dacă mai reclamați, vă închidem contul": only with a cue.
        phrases: [
          '(va|iti|ti|v|i) (vom|om|) (inchide|inchidem|bloca|blocam|suspenda|suspendam|dezactiva|dezactivam|sterge|stergem|anula|anulam|restrictiona|restrictionam|limita|limitam|ingheta|inghetam) (contul|abonamentul|accesul|cardul|linia|profilul|serviciul)',
          '(vom|o sa|suntem nevoiti sa|vom fi nevoiti sa|ne rezervam dreptul sa|ne rezervam dreptul de a|nu vom ezita sa|putem|am putea) (inchide|inchidem|bloca|blocam|suspenda|suspendam|dezactiva|dezactivam|sterge|stergem|anula|anulam|restrictiona|restrictionam|limita|limitam) (contul|abonamentul|accesul|cardul|linia|profilul|serviciul) (dumneavoastra|tau|vostru)',
          '(contul|abonamentul|accesul|profilul|linia|serviciul) (dumneavoastra|tau|vostru|) (va fi|ar putea fi|poate fi|o sa fie|ar fi) (definitiv|) (inchis|blocat|suspendat|dezactivat|sters|anulat|restrictionat|limitat|inghetat)',
          '(veti fi|vei fi|puteti fi|poti fi|ati putea fi|o sa fiti) (definitiv|) (blocat*|banat*|interzis*|raportat*|reclamat*|dat* in judecata|penalizat*|exclus*)',
          '(va|te) (vom|) (bloca|blocam|raporta|raportam|reclama|reclamam|penaliza|penalizam|taxa|taxam|exclude|excludem|amenda|amendam)',
          '(vom|o sa) (lua|luam) masuri (legale|juridice|disciplinare|in instanta|suplimentare|serioase)',
          '(va duce|duce|ar duce|poate duce|va conduce|ar putea duce) la (inchiderea|blocarea|suspendarea|dezactivarea|restrictionarea|anularea) (definitiva|) (contului|abonamentului|accesului)',
          '(nu vom mai|vom inceta sa) (raspunde|raspundem|procesa|procesam|accepta|acceptam|onora|onoram|servi) (la|) (mesajele|cererile|comenzile|reclamatiile|solicitarile) (dumneavoastra|tale)',
        ],
        needsCue: true,
        notBefore: ['nu', 'daca', 'doriti sa', 'vreti sa', 'ati cerut sa', 'ati solicitat sa', 'puteti', 'cum'],
        notAfter: ['la cererea (dumneavoastra|ta)', 'asa cum (ati cerut|ati solicitat|ne ati cerut|ai cerut)', 'conform (cererii|solicitarii)', 'daca (doriti|vreti|ne confirmati|confirmati)', 'pentru (siguranta|securitatea|protectia) (dumneavoastra|ta)', 'pentru a va proteja'],
      },
    ],
    threatCue: [
      {
        phrases: [
          'daca (mai|continuati|veti continua|continui|vei continua|insistati|insisti|persistati|persisti|o mai faceti|o mai faci|repetati|repeti)', 'daca (se mai|se va mai) (intampla|repeta)',
          'daca nu (incetati|inceteaza|va opriti|te opresti|renuntati|renunti)', 'inca o (reclamatie|plangere|sesizare|cerere de rambursare|data|returnare|recenzie)', 'inca un (mesaj|email|e mail|telefon|retur|refund)',
          'orice (alta|noua) (reclamatie|plangere|sesizare|cerere)', 'data viitoare cand',
          '(a doua|a treia|a patra|a cincea|a sasea|a zecea|a n a) (reclamatie|plangere|sesizare|oara|cerere de rambursare|returnare)', 'prea multe (reclamatii|plangeri|sesizari|cereri|returnari)',
          'in cazul in care (mai|continuati|veti continua|continui|reveniti)', '(continuati|continua) (asa|in felul asta)', 'reclamatii repetate', 'plangeri repetate',
          'acest comportament', 'astfel de comportament', 'comportament abuziv', 'comportamentul dumneavoastra', 'comportamentul tau', 'abuzati', 'abuzezi', 'abuz de',
          '(incetati|inceteaza|opriti va|opreste te) (sa|cu)', 'tot (reclamati|reclami|scrieti|scrii|cereti|ceri)',
        ],
      },
    ],
    reported: [
      {
        phrases: [
          '(spuneti|spui|ati spus|ai spus|considerati|consideri|ati numit|ai numit|ati scris|ai scris|numiti|numesti|afirmati|afirmi|sustineti|sustii|credeti|crezi|simtiti|simti)',
          '(vi|va|iti|ti) se pare', '(vi|va|ti) s a parut', 'in cuvintele (dumneavoastra|tale)', 'cum (spuneti|spui|ati spus|ai spus)', '(mesajul|recenzia|reclamatia) (dumneavoastra|ta) (spune|spunea)',
          'ne pare rau ca (vi|va|iti|ti) se pare', 'imi pare rau ca (vi|va|iti|ti) se pare',
        ],
        // "Ce spuneți e o prostie" is our judgement of what the customer said; "nu spuneți" is an order.
        notBefore: ['ce', 'ceea ce', 'tot ce', 'nu'],
      },
    ],
    lectureCue: [
      {
        phrases: [
          'lectii', 'lectiile', 'lectie', 'predici', 'predicile', 'predica', 'morala', 'sfaturi (despre|cum)', 'sfaturile (despre|cum)',
          'cum se (conduce|face|gestioneaza|organizeaza|administreaza|deruleaza|lanseaza) (o|un)', 'cum sa (conducem|facem|gestionam|organizam|administram|ne facem)',
          'sa ne (invatati|inveti|spuneti cum|spui cum|dati lectii|dai lectii)', 'sa ma (invatati|inveti)', '(meseria|treaba|munca) noastra',
        ],
      },
    ],
  },
  words: {
    clauseOpeners: ['si', 'deci', 'bun', 'ei', 'ok', 'uite', 'uitati', 'sincer', 'sa', 'fim', 'seriosi', 'dar', 'acum', 'ah', 'of', 'bine', 'mda', 'da'],
    instructionVerbs: [],
  },
  conjunctions: ['si', 'iar', 'dar', 'insa', 'deci', 'sau', 'ca', 'pentru', 'fiindca', 'deoarece', 'care'],
  coordinators: ['si', 'iar', 'dar', 'insa', 'sau', 'deci'],
};
