import type { NoCondescensionData } from './index.ts';

// "Evident, vă putem ajuta" / "Bineînțeles că vă trimitem" mean "of course we can": courtesy,
// not condescension. Only what the customer is told to know or do is belittling.
const WE_AFTER = [
  'va (putem|vom|trimitem|oferim|ajutam|rambursam|inlocuim|returnam|schimbam|asteptam|stam|rog|multumim|cerem)',
  'iti (putem|vom|trimitem|oferim|rambursam|inlocuim)', 'te (putem|vom|ajutam|asteptam)',
  'putem', 'vom', 'noi', 'ne (pare|cerem|asumam|putem|vom|ocupam)', 'am (gresit|gresit noi)', 'a fost (vina|greseala) noastra',
  'ca (putem|va putem|vom|va vom|noi|ne)', 'este (frustrant|neplacut|inacceptabil)', 'e (frustrant|neplacut|inacceptabil)',
  'sunteti (suparat*|nemultumit*|frustrat*|ingrijorat*)', 'esti (suparat*|nemultumit*|frustrat*)',
  'da', 'sigur', 'desigur', 'cu placere',
];

// "Trebuie doar să ne confirmați": inviting contact is not minimising a task.
const CONTACT = [
  'confirmati', 'confirma', 'trimiteti', 'trimite', 'scrieti', 'scrie', 'spuneti', 'spune', 'anuntati', 'anunta',
  'contactati', 'contacta', 'sunati', 'suna', 'raspundeti', 'raspunde', 'asteptati', 'astepta', 'comunicati',
  'ne', 'imi', 'mi', 'ma', 'completati formularul',
];

export const ro: NoCondescensionData = {
  phrases: {
    minimiser: [
      {
        // Sentence-initial "Evident, …" / "Evident că …": "evident" after a noun is an adjective
        // ("un defect evident") and stays quiet.
        phrases: ['evident', 'evident ca', 'bineinteles ca', 'firesc ca', 'fireste ca', 'clar ca', 'logic ca', 'normal ca'],
        drop: true,
        requireBefore: ['^'],
        notAfter: WE_AFTER,
      },
      {
        phrases: ['(este|e|era|ar trebui sa fie) (cat se poate de|foarte|destul de|) evident ca', 'in mod (evident|vadit)'],
        drop: true,
        notBefore: ['nu', 'marcat*', 'semnalizat*', 'etichetat*', 'indicat*', 'afisat*', 'scris*', 'tiparit*', 'inscriptionat*', 'deteriorat*', 'defect*', 'stricat*', 'spart*', 'lovit*', 'zgariat*', 'gresit*'],
        // "marcată în mod evident", "în mod evident deteriorat": cum arată un lucru, nu ce înțelege clientul.
        notAfter: [
          ...WE_AFTER, 'marcat*', 'semnalizat*', 'etichetat*', 'indicat*', 'afisat*', 'vizibil*', 'scris*', 'tiparit*', 'inscriptionat*',
          'deteriorat*', 'defect*', 'stricat*', 'spart*', 'lovit*', 'zgariat*', 'gresit*', 'incorect*', 'o eroare',
        ],
      },
      {
        phrases: ['(bineinteles|desigur|fireste|normal|evident) ca'],
        drop: true,
        requireAfter: ['trebuie', 'e nevoie', 'este nevoie', 'ati', 'nu ati'],
        notAfter: WE_AFTER,
      },
      {
        // "pur și simplu intrați în meniu": only before an imperative; "imprimanta pur și simplu
        // nu mai răspunde" describes the device.
        phrases: ['pur si simplu', 'pur si simplu doar', 'doar pur si simplu'],
        drop: true,
        exemptAfterRequest: true,
        notInQuestion: true,
        requireAfter: ['@verb', 'sa'],
        notBefore: ['nu', 'nu este', 'nu e', 'nu sunt'],
        notAfter: ['sa (nu|ne|va informam|va anuntam|va spunem|va multumim)', ...CONTACT],
      },
      {
        phrases: ['pur si simplu'],
        drop: true,
        exemptAfterRequest: true,
        notInQuestion: true,
        requireBefore: ['puteti', 'poti', 'trebuie', 'trebuie sa', 'trebuie doar', 'este nevoie sa', 'e nevoie sa', 'va rog', 'te rog', '@verb'],
        notAfter: ['nu', ...CONTACT],
      },
      {
        // "Doar intrați în meniu…", "trebuie doar să apăsați…".
        phrases: ['doar', 'numai'],
        drop: true,
        exemptAfterRequest: true,
        notInQuestion: true,
        requireBefore: ['^', 'apoi', 'si apoi', 'atunci', 'si'],
        requireAfter: ['@verb'],
        notAfter: CONTACT,
      },
      {
        phrases: ['doar', 'numai'],
        drop: true,
        exemptAfterRequest: true,
        notInQuestion: true,
        requireBefore: ['trebuie', 'va trebui', 'e nevoie', 'este nevoie', 'aveti nevoie', 'ai nevoie', 'trebuie sa'],
        requireAfter: ['sa', '@verb'],
        notAfter: ['sa (' + CONTACT.join('|') + ')', 'sa ne', 'sa (asteptati|primiti|aveti|fiti)', ...CONTACT],
      },
      {
        phrases: ['nu (trebuie|aveti|ai) decat sa', 'n aveti decat sa', 'n ai decat sa'],
        replace: 'trebuie să',
        notAfter: ['(' + CONTACT.join('|') + ')', 'ne', 'asteptati', 'primiti'],
      },
      {
        phrases: ['tot ce (trebuie|aveti|ai) (sa|de) (faceti|faci|facut) (este|e) (sa|)'],
        requireAfter: ['@verb', 'doar', 'pur'],
        replace: 'vă rog să',
      },
    ],
    belittling: [
      {
        phrases: [
          '(dupa cum|asa cum|cum) (stie|o stie|stim|stiu) (toata lumea|oricine|toti|toata lumea deja)',
          '(dupa cum|asa cum|cum) (ar trebui sa|trebuie sa|probabil ar trebui sa) (stiti|stii|cunoasteti|cunosti) (deja|)',
          '(dupa cum|asa cum|cum) (sunt sigur|sigur) ca (stiti|stii)',
          '(toata lumea|oricine) stie ca',
          'este (un|) lucru stiut ca',
          // "După cum oricine care a comandat online știe": propoziția relativă poate fi lungă.
          '(dupa cum|asa cum|cum) (bine|foarte bine|) (stie|o stie|va sti|ar sti|stiu|stim|o stim) (bine|foarte bine|prea bine|) (oricine|toata lumea|toti|orice client|orice om|orice persoana|orice calator|orice utilizator|orice sofer|orice cumparator|oricine care|cei care|toti cei care)',
          '(dupa cum|asa cum|cum) (oricine|toata lumea|orice client|orice om|orice persoana|orice calator|orice utilizator|toti cei|cei) care * (stie|o stie|stiu|o stiu|va sti|ar sti|poate confirma|v o poate spune|va poate spune|v ar putea spune)',
          '(dupa cum|asa cum|cum) (oricine|toata lumea|orice client|orice om|orice persoana|orice calator|orice utilizator|toti cei|cei) care * * (stie|o stie|stiu|o stiu|va sti|ar sti|poate confirma|v o poate spune|va poate spune|v ar putea spune)',
          '(dupa cum|asa cum|cum) (oricine|toata lumea|orice client|orice om|orice persoana|orice calator|orice utilizator|toti cei|cei) care * * * (stie|o stie|stiu|o stiu|va sti|ar sti|poate confirma|v o poate spune|va poate spune|v ar putea spune)',
          '(dupa cum|asa cum|cum) (oricine|toata lumea|orice client|orice om|orice persoana|orice calator|orice utilizator|toti cei|cei) care * * * * (stie|o stie|stiu|o stiu|va sti|ar sti|poate confirma|v o poate spune|va poate spune|v ar putea spune)',
          '(dupa cum|asa cum|cum) (oricine|toata lumea|orice client|orice om|orice persoana|orice calator|orice utilizator|toti cei|cei) care * * * * * (stie|o stie|stiu|o stiu|va sti|ar sti|poate confirma|v o poate spune|va poate spune|v ar putea spune)',
          '(dupa cum|asa cum|cum) (oricine|toata lumea|orice client|orice om|orice persoana|orice calator|orice utilizator|toti cei|cei) care * * * * * * (stie|o stie|stiu|o stiu|va sti|ar sti|poate confirma|v o poate spune|va poate spune|v ar putea spune)',
          '(dupa cum|asa cum|cum) (oricine|toata lumea|orice client|orice om|orice persoana|orice calator|orice utilizator|toti cei|cei) care * * * * * * * (stie|o stie|stiu|o stiu|va sti|ar sti|poate confirma|v o poate spune|va poate spune|v ar putea spune)',
          'cu tot respectul',
        ],
        drop: true,
      },
      {
        phrases: [
          '(toata lumea|oricine) (stie|intelege|se pricepe) (asta|cum|sa)',
          '(ar trebui sa|trebuia sa) (stiti|stii) (asta|deja|pana acum)',
          '(e|este|e doar|este doar|e o|ca) floare la ureche',
          '(e|este) o nimica toata',
          '(e|este) (simplu|usor) ca buna ziua',
          '(e|este) o joaca (de copii|)',
          'nu (e|este) (mare|nicio|) filozofie',
          'nu (e|este) (mare|nicio|) (stiinta|stiinta rachetelor|fizica cuantica)',
          'nu (e|este) (nimic|nici pe departe|) (complicat|greu|dificil) (deloc|)',
          '(pana si|chiar si|orice|nici macar) (un|) (copil|copil mic|incepator|bebelus|pusti|elev) (de cinci ani|de 5 ani|de sase ani|de 6 ani|de sapte ani|de 7 ani|de zece ani|de 10 ani|) (poate|ar putea|stie|ar sti|se descurca|s ar descurca|ar intelege|intelege|reuseste|ar reusi|o poate|o face|ar face|face asta)',
          'un copil de (cinci|5|sase|6|sapte|7|zece|10) ani (poate|ar putea|stie|ar sti|se descurca|s ar descurca|ar intelege|ar reusi|ar face)',
          '(bunica|bunicul) (mea|meu|dumneavoastra|ta) ar (putea|sti)',
          'oricine (poate|ar putea) (face asta|sa faca asta|face acest lucru|sa se descurce)',
          'oricine (se descurca|s ar descurca|stie asta|stie sa faca asta|ar sti sa faca asta)',
          // "Oricine o face în două secunde": cine încă are nevoie de ajutor rămâne sub oricine.
          'oricine (o|il|le|i) (face|poate face|ar face|ar putea face|rezolva|poate rezolva|instaleaza|poate instala|configureaza|poate configura|monteaza|intelege|poate intelege|pricepe|nimereste)',
          '(o|il|le|i) (face|rezolva|instaleaza|configureaza|monteaza|intelege|pricepe|repara) (si|pana si|) (oricine|un copil|orice copil)',
          '(o|il|le|i) poate (face|rezolva|instala|configura|monta|intelege|repara|seta|activa) (si|pana si|) (oricine|un copil|orice copil)',
          '(e|este|sta) la indemana oricui', 'oricine (reuseste|se prinde|pricepe|se pricepe|s ar prinde|ar reusi)',
          'pana si (bunica|bunicul|mama|tata|copilul|fiul|fiica|nepotul) (mea|meu|dumneavoastra|ta|tau|) (poate|ar putea|stie|ar sti|se descurca|s ar descurca|ar reusi|reuseste|o face|ar face)',
          // "Nu e nicio filozofie", "n-are nicio șmecherie": pasul e prea banal ca să fi cerut ajutor.
          'nu (e|este|i) (mare|nicio|vreo|cine stie ce|cine stie ce mare|nici o) (filozofie|filosofie|scofala|smecherie|stiinta|magie|arta|branza|dificultate)',
          'n (are|o are) (nicio|vreo|mare|nici o) (filozofie|filosofie|smecherie|scofala|dificultate|stiinta|magie)', 'nu (are|o are) (nicio|vreo|mare|nici o) (filozofie|filosofie|smecherie|scofala|stiinta|magie)',
          'ce (e|este) atat de (greu|complicat|dificil)', 'ce (e|este) (greu|complicat|dificil) (aici|in asta|la asta)',
          '(e|este|tine|tin|sunt) de bun simt',
          '(folositi|folositi va|folosește|un pic de|putin|niste|lipsa de|cu putin) (bun simt|bunul simt)',
          'bunul simt (spune|ne spune|dicteaza|indica)',
          '(cititi|citeste|citesti|cititi va|sa cititi|sa cititi si|sa citeasca|ati citit|ai citit|ati citi|ai citi) (si|) (cu atentie|) manualul',
          '(cititi|citeste|sa cititi) (cu atentie|mai atent|bine|) (instructiunile|documentatia|ghidul) (cu atentie|mai intai|inainte|mai atent|inca o data|din nou|inainte sa ne scrieti)',
          '(scrie|este scris|e scris|e explicat|este explicat|totul e|totul este|e tot) (clar|) in manual',
          'va (explic|mai explic|explic inca o data) (mai|) (rar|incet|pe intelesul tuturor|cu cuvinte simple)',
          '(clar|limpede) ca lumina zilei', 'intelegeti acum', 'intelegi acum', 'v am explicat (mai|) pe intelesul (dumneavoastra|tau)', 'nu trebuie sa fii (geniu|inginer|expert)',
          'nu trebuie sa fiti (geniu|inginer|expert)', 'nu (inteleg|intelegem) ce e (atat de|asa de|) (greu|complicat|dificil)', '(dureaza|ia) (doua|2|cateva|cinci|5) secunde', 'orice (om|persoana|client) (normal|normala|rational|rationala|rezonabil|rezonabila)',
          'majoritatea (oamenilor|clientilor|utilizatorilor) (se descurca|reusesc|stiu)', 'o simpla cautare pe google',
        ],
        // "Nu vă faceți griji, nu e nicio filozofie" liniștește înainte ca agentul să explice pașii.
        notBefore: ['nu', 'ne', 'griji', 'grija', 'ingrijorati', 'linistit', 'linistita', 'daca'],
      },
      {
        // "Citiți secțiunea de întrebări frecvente, acolo scrie tot": fraza cere trimiterea la documentație
        // alături, iar raportul le cuprinde pe amândouă ("acolo e tot" singur poate fi o veste bună).
        phrases: [
          '(acolo|acolo sus|acolo jos|in ea|in el) (scrie|e|este|gasiti|gasesti|aveti|ai|e explicat|este explicat|sunt|e scris|este scris|e descris|este descris|se explica|explica) (tot|totul|toate|tot ce va trebuie|tot ce iti trebuie|tot ce trebuie|raspunsul|totul explicat|tot explicat|clar|pas cu pas)',
          '(scrie|e|este|gasiti|gasesti|e explicat|este explicat|e scris|este scris) (tot|totul) (acolo|acolo explicat)', 'totul (e|este) (acolo|explicat acolo|scris acolo|descris acolo)',
          '(totul|tot) (e|este) (explicat|scris|descris) (clar|foarte clar|pas cu pas|acolo)',
        ],
        requireNearby: 'docs',
        spanCue: true,
        notBefore: ['daca', 'nu'],
      },
      {
        // "E foarte simplu:" introduces steps; "Iată cum:" says the same without the judgement.
        phrases: ['(e|este|e chiar|este chiar|totul e|totul este|procedura e|procedura este|solutia e|solutia este) (foarte|extrem de|super|atat de|cat se poate de|destul de|chiar|) (simplu|usor|banal)'],
        requireAfter: [':'],
        replace: 'iată cum',
        requireBefore: ['^'],
        notBefore: ['nu', 'daca', 'mi', 'ne', 'va', 'ti', 'le', 'ca'],
      },
      {
        // "E foarte simplu să schimbați planul" → "Puteți să schimbați planul".
        phrases: ['(e|este) (foarte|extrem de|super|atat de|cat se poate de|destul de|chiar|) (simplu|usor) sa'],
        replace: 'puteți să',
        requireBefore: ['^'],
        notBefore: ['nu', 'daca', 'mi', 'ne', 'va', 'ti', 'le', 'ca', 'cat de'],
        notAfter: ['(gresiti|gresesti|uitati|uiti|ratati|ratezi|incurcati|incurci|confundati|confunzi|pierdeti|pierzi|treceti cu vederea)', 'o (ratati|ratezi|uitati)', 'le (uitati|ratati)', 'va (incurcati|pierdeti|scape)'],
      },
      {
        // "ușor" is also "slightly" ("ambalajul este ușor deteriorat"): only a clause end or
        // "de făcut" makes it "easy".
        phrases: [
          '(e|este) (foarte|extrem de|super|atat de|cat se poate de|destul de|chiar|) (simplu|usor)',
          '(e|este) (foarte|extrem de|super|atat de|cat se poate de|destul de|) (simplu|usor) de (facut|rezolvat|reparat|configurat|setat|gasit|urmat|inteles|schimbat|activat)',
        ],
        requireBefore: ['^'],
        requireAfter: ['$', 'si', 'doar', 'pur', 'trebuie', 'incat'],
        notBefore: ['nu', 'daca', 'mi', 'ne', 'va', 'ti', 'le', 'ca', 'cat de', 'sper ca', 'sa'],
        notAfter: ['pentru noi', 'din partea noastra'],
      },
    ],
    feelings: [
      {
        phrases: [
          '(calmati|linistiti|relaxati|potoliti|stapaniti) va (va rog|)', '(calmeaza|linisteste|relaxeaza|potoleste|stapaneste) te (te rog|)',
          'sa va (calmati|linistiti|relaxati|potoliti|stapaniti)', 'sa te (calmezi|linistesti|relaxezi|potolesti)',
          'nu va (mai|) (agitati|enervati|ambalati|infuriati|panicati|isterizati)', 'nu te (mai|) (agita|enerva|ambala|infuria|isteriza)',
          'nu (exagerati|exagera|dramatizati|dramatiza|faceti atata caz|face atata caz|faceti din tantar armasar)',
          '(exagerati|exagerezi|dramatizati|dramatizezi) (putin|un pic|cam mult|prea mult|)',
          'nu (e|este) (chiar|) (capat de lume|sfarsitul lumii|mare lucru|cazul sa va agitati|cazul sa va enervati|cazul sa va suparati)',
          'nu (e|este) (nevoie|cazul) sa (tipati|ridicati tonul|va agitati|va enervati|va suparati|va ambalati)',
          'respirati adanc', 'respira adanc',
        ],
        replace: 'înțeleg că situația este frustrantă',
        notBefore: ['inteleg ca', 'stiu ca'],
      },
    ],
    request: [
      {
        phrases: [
          '(puteti|ati putea|poti|ai putea) (sa|) (ne|imi|) (trimite|trimiteti|trimiti|spune|spuneti|spui|confirma|confirmati|confirmi|atasa|atasati|atasezi|copia|copiati|furniza|furnizati|transmite|transmiteti|indica|indicati)',
          '(trimiteti ne|trimite ne|spuneti ne|spune ne|confirmati ne|confirma ne|atasati|transmiteti ne|indicati ne)', 'va rugam sa ne (trimiteti|spuneti|confirmati|transmiteti|indicati)',
          'va rog sa ne (trimiteti|spuneti|confirmati|transmiteti|indicati)', '(avem|am avea) nevoie de', 'pentru a (obtine|copia|gasi) (linkul|codul|numarul|captura)',
        ],
      },
    ],
    docs: [
      {
        phrases: [
          '(cititi|cititi va|citeste|citeste ti|consultati|consulta|verificati|verifica|parcurgeti|parcurge|accesati|acceseaza|intrati pe|intra pe|intrati in|intra in|mergeti la|mergi la|deschideti|deschide|uitati va in|uitati va pe|uita te in|uita te pe|aruncati o privire in|aruncati o privire pe|aruncati un ochi pe|arunca un ochi pe|cautati in|cauta in) (sectiunea de|sectiunea cu|sectiunea|pagina de|pagina cu|pagina|rubrica de|rubrica|) (intrebari frecvente|intrebarile frecvente|faq|faq ul|manualul|manualul de utilizare|manual|ghidul|ghidul de utilizare|instructiunile|instructiunile de utilizare|documentatia|ajutor|suport|site ul|site ul nostru|termenii|conditiile|termenii si conditiile|pliantul|brosura)',
        ],
      },
    ],
  },
  words: {
    clauseOpeners: ['va', 'rog', 'te', 'si', 'apoi', 'atunci', 'acum', 'deci', 'bun', 'ei', 'ok', 'uite', 'uitati', 'mai', 'intai', 'dar', 'sau'],
    instructionVerbs: [
      // polite plural imperatives end in -ați / -eți / -iți / -âți
      '*ati', '*eti', '*iti',
      // familiar imperatives
      'intra', 'apasa', 'deschide', 'reporneste', 'porneste', 'opreste', 'da', 'fa', 'mergi', 'selecteaza', 'sterge',
      'instaleaza', 'dezinstaleaza', 'reinstaleaza', 'actualizeaza', 'reseteaza', 'conecteaza', 'deconecteaza', 'scoate',
      'baga', 'introdu', 'scrie', 'tasteaza', 'alege', 'bifeaza', 'debifeaza', 'urmeaza', 'citeste', 'verifica', 'acceseaza',
      'descarca', 'goleste', 'inchide', 'tine', 'ruleaza', 'copiaza', 'lipeste', 'salveaza', 'atinge', 'schimba', 'foloseste',
      'pune', 'activeaza', 'dezactiveaza', 'logheaza', 'autentifica', 'incarca', 'scaneaza', 'actioneaza', 'configureaza',
    ],
  },
  conjunctions: ['si', 'iar', 'dar', 'insa', 'deci', 'sau', 'ca', 'pentru', 'fiindca', 'deoarece', 'care'],
  coordinators: ['si', 'iar', 'dar', 'insa', 'sau', 'deci'],
};
