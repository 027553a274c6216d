import type { NoJargonData } from './index.ts';

// Lăsate deoparte intenționat: „cache” și „cookie-uri” singure („ștergeți cache-ul și
// cookie-urile browserului” este o instrucțiune obișnuită), „Wi-Fi”, „router”, „modem”, „VPN”,
// „firmware”, „aplicație”.
export const ro: NoJargonData = {
  placeholder: 'explicați pe scurt, în cuvinte simple',
  phrases: {
    terms: [
      {
        phrases: [
          '(goliti|goleste|golim|stergeti|sterge|stergem|curatati|curata|resetati|reseta) (cache|cache ul|memoria cache) (dns|ul dns|de dns|pentru dns)',
          '(cache|cache ul|memoria cache) (dns|ul dns|de dns)',
          'ipconfig flushdns', 'flushdns',
        ],
        hint: 'ștergeți lista de adrese web pe care calculatorul a salvat-o',
      },
      {
        phrases: ['(server|serverul|serverele|servere|setarile|setari) (dns|de dns)', '(schimbati|modificati|setati) (dns ul|serverul dns|dns)'],
        hint: 'serviciul care transformă numele site-urilor în adresele numerice folosite de calculatoare',
      },
      { phrases: ['(propagarea|propagare) (dns|ul dns|de dns|)'], hint: 'timpul în care modificarea ajunge la toate serverele de pe internet' },
      { phrases: ['se (propaga|propage|propagat)', '(propagat|propagata|propagate)'], hint: 'ajunge la toate serverele de pe internet' },
      {
        phrases: ['(inregistrarea|inregistrarile|inregistrare|inregistrari|intrarea|intrarile|zona) (dns|de dns)'],
        hint: 'setări care spun internetului unde se află serviciile domeniului',
      },
      { phrases: ['dns', 'dns ul'], hint: 'agenda de adrese a internetului' },
      {
        phrases: [
          '(reinnoiti|reinnoieste|reinnoim|eliberati|elibereaza|actualizati) (adresa|adresa ip|alocarea|lease ul|concesiunea) (dhcp|ip|)',
          '(lease|lease ul|alocarea) dhcp', 'ipconfig (renew|release)',
        ],
        hint: 'cereți routerului o nouă adresă de rețea',
      },
      { phrases: ['dhcp', '(serverul|setarile|server) dhcp'], hint: 'funcția routerului care dă o adresă de rețea fiecărui dispozitiv' },
      { phrases: ['mtu', '(valoarea|dimensiunea) (mtu|de mtu)'], hint: 'cel mai mare bloc de date pe care conexiunea îl trimite deodată' },
      {
        phrases: [
          '(redirectionarea|redirectionare|deschiderea) (porturilor|portului|unui port)', 'port forwarding',
          '(deschideti|deschide|deschidem|redirectionati|redirectioneaza) (portul|porturile|un port)',
        ],
        hint: 'permiteți conexiunilor din internet să ajungă la un dispozitiv din casă',
      },
      { phrases: ['traceroute', 'tracert'], hint: 'un test care arată fiecare punct prin care trece conexiunea' },
      {
        phrases: [
          '(testul|test|comanda|timpul|rezultatul|rezultatele) (de ping|ping ului|ping)',
          '(faceti|rulati|dati|trimiteti|fa|ruleaza) (un|) ping',
          'ping (la|catre) (router|server|modem|adresa|gateway)',
        ],
        hint: 'un test rapid care verifică dacă un dispozitiv răspunde și cât de repede',
      },
      { phrases: ['masca de (subretea|retea)', 'masca (subretelei|retelei)', 'subretea', 'subretele', 'subreteaua'], hint: 'setarea care arată ce adrese fac parte din rețeaua de acasă' },
      {
        phrases: ['nat', '(tipul|setarea|setarile) (nat|de nat)', '(dublu|nat) (nat|strict|moderat|deschis)'],
        hint: 'funcția routerului care împarte o singură adresă de internet între dispozitive',
      },
      { phrases: ['ttl', '(valoarea|timpul) (ttl|de ttl)'], hint: 'cât timp este păstrată o înregistrare înainte de a fi verificată din nou' },
      { phrases: ['cname', '(inregistrarea|inregistrare|inregistrarile) cname'], hint: 'o intrare DNS care trimite un nume către altul' },
      { phrases: ['(inregistrarea|inregistrare|inregistrarile|inregistrari|intrarea|intrarile) mx'], hint: 'intrările DNS care arată ce server primește e-mailurile' },
      { phrases: ['spf', '(inregistrarea|inregistrare|inregistrarile|inregistrari|intrarea) spf'], hint: 'o intrare DNS care arată cine poate trimite e-mailuri în numele domeniului' },
      { phrases: ['dkim', '(semnatura|semnaturii|semnaturile|cheia|cheile|inregistrarea|inregistrare|inregistrarile) dkim'], hint: 'o semnătură digitală care dovedește că e-mailurile sunt autentice' },
      { phrases: ['dmarc', '(inregistrarea|inregistrare|inregistrarile|politica) dmarc'], hint: 'o regulă DNS care spune ce se face cu e-mailurile care nu trec aceste verificări' },
      { phrases: ['handshake (ssl|tls|ul|)', '(negocierea|negociere) (ssl|tls)'], hint: 'pornirea conexiunii securizate dintre browser și site' },
      { phrases: ['(certificatul|certificat|certificatului) (ssl|tls)'], hint: 'fișierul care dovedește că un site este autentic și criptează conexiunea' },
      { phrases: ['gateway', 'gateway ul', 'gateway ului', 'poarta (implicita|de acces)'], hint: 'adresa routerului în rețeaua de acasă' },
      { phrases: ['(ip|adresa ip|o adresa ip) (static|statica|fix|fixa|dedicat|dedicata)'], hint: 'o adresă de internet care nu se schimbă niciodată' },
      { phrases: ['ipv4', 'ipv6'], hint: 'sistemul de numerotare a adreselor de internet' },
      { phrases: ['ssid', 'ssid ul', 'ssid ului'], hint: 'numele rețelei Wi-Fi' },
      { phrases: ['wpa2', 'wpa3', 'wpa', 'wep'], hint: 'setarea de securitate a rețelei Wi-Fi' },
      { phrases: ['(pierderi|pierderea|pierdere) de pachete', 'pachete pierdute'], hint: 'date pierdute pe drum' },
      { phrases: ['latenta', 'latente', 'latenta ridicata'], hint: 'întârzierea conexiunii' },
      { phrases: ['jitter', 'jitter ul'], hint: 'întârzieri neregulate ale conexiunii' },
      { phrases: ['(adresa|adresele|adresei) mac'], hint: 'identificatorul fix al dispozitivului' },
      { phrases: ['arp', '(cache ul|tabela|tabelul) arp'], hint: 'lista în care calculatorul ține dispozitivele din rețea' },
      { phrases: ['apn', 'apn ul', 'apn ului', '(setarile|setarea) (apn|de apn)'], hint: 'setările de date mobile ale telefonului' },
      { phrases: ['(serverul|server|setarile) (proxy|de proxy)', 'proxy', 'proxy ul'], hint: 'un server care trimite mai departe traficul spre internet' },
      { phrases: ['registrul (windows|de sistem)', 'regedit', 'editorul de registru'], hint: 'baza internă de setări a Windows' },
      { phrases: ['bios', 'bios ul', 'bios ului', 'uefi'], hint: 'setările de pornire ale calculatorului' },
      { phrases: ['nvram', 'pram', 'smc'], hint: 'o memorie mică în care Mac-ul își ține setările hardware' },
      { phrases: ['power cycle'], hint: 'opriți-l, așteptați 30 de secunde și porniți-l din nou' },
      { phrases: ['otp', 'codul otp'], hint: 'un cod de unică folosință trimis pe telefon' },
      { phrases: ['rma', '(numarul|formularul) (rma|de rma)'], hint: 'numărul de autorizare a returului' },
      { phrases: ['sla', 'sla ul', 'sla ului'], hint: 'timpul de răspuns stabilit cu dumneavoastră' },
      {
        phrases: ['(echipa|echipei|suportul|suport|colegii|inginerii) (de|din|) (nivel 2|nivel 3|nivelul 2|nivelul 3|l2|l3)', 'l2', 'l3'],
        hint: 'echipa noastră de specialiști',
      },
      { phrases: ['backend', 'backend ul', 'backend ului', 'back end'], hint: 'sistemele noastre interne' },
      { phrases: ['hotfix', 'hotfix ul', 'hotfixul'], hint: 'o corecție rapidă' },
      { phrases: ['(cheia|cheie|cheile|tokenul|token) (api|de api|api ului)'], hint: 'parola cu care un program se conectează la serviciul nostru' },
      { phrases: ['api', 'api ul', 'api ului', '(apelul|apelurile|apel|apeluri) (api|de api|catre api)'], hint: 'legătura prin care alte programe comunică cu al nostru' },
      { phrases: ['endpoint', 'endpoint ul', 'endpointul', 'endpointuri', 'endpoint urile'], hint: 'adresa web la care se conectează un program' },
      { phrases: ['oauth', 'sso', 'saml'], hint: 'autentificarea cu un singur cont pentru mai multe servicii' },
      { phrases: ['qos'], hint: 'setarea routerului care dă prioritate unei părți din trafic' },
      { phrases: ['upnp'], hint: 'setarea routerului care lasă dispozitivele să deschidă singure conexiuni' },
      { phrases: ['dmz'], hint: 'o setare a routerului care expune un dispozitiv direct la internet' },
      { phrases: ['voip', '(contul|serverul|trunchiul) sip'], hint: 'tehnologia apelurilor prin internet' },
    ],
    explainedAfter: [
      {
        phrases: [
          'adica', 'mai exact', 'cu alte cuvinte', 'care (este|sunt|inseamna|permite|arata|spune|controleaza|transforma|pastreaza)',
          'ceea ce (inseamna|este)', 'numit si', 'numita si', 'prescurtarea de la', 'pe scurt',
        ],
      },
    ],
    explainedBefore: [{ phrases: ['(numit|numita|numite|numiti|denumit|denumita|cunoscut ca|cunoscuta ca|cunoscut sub numele de)'] }],
  },
};
