import type { NoSensitiveDataData } from './index.ts';

export const ro: NoSensitiveDataData = {
  phrases: {
    useValue: [
      {
        phrases: [
          '(folosiți|folosește|utilizați|utilizează|introduceți|introdu|tastați|tastează|scrieți|scrie|încercați cu|încearcă cu)',
          '(intrați|intră|conectați vă|conectează te|autentificați vă|autentifică te|logați vă|loghează te) cu',
        ],
      },
    ],
    password: [
      {
        phrases: [
          'parola', 'parolă', 'parola (nouă|temporară|provizorie|de acces|inițială|implicită)',
          'parola (dumneavoastră|ta|voastră|contului)', 'parola contului (dumneavoastră|tău|vostru)',
          '(noua|) parola (dumneavoastră|ta|voastră) (nouă|temporară|)', 'noua parolă', 'noua (dumneavoastră|ta) parolă',
          'password', 'codul de acces', 'cod de acces', 'codul de deblocare', 'parola (wifi|wi-fi|rețelei|routerului)',
        ],
      },
    ],
    pin: [
      { phrases: ['pin', 'pin ul', 'cod pin', 'codul pin', 'puk', 'codul puk', 'cvv', 'cvc', 'codul de securitate', 'codul cvv', 'codul de verificare', 'codul (otp|sms)'] },
    ],
    key: [
      {
        phrases: [
          '(cheia|cheie|cheie de) api', '(cheia|cheie) (api|secretă|privată|de licență|licenței|de activare|de produs|serverului)',
          'cheia', 'cheie', 'api key', 'token', 'tokenul', 'token ul', 'tokenul de acces', 'codul de activare',
          'codul de licență', 'secret',
        ],
      },
    ],
  },
  connectors: [
    'este', 'e', 'va fi', 'este acum', 'e acum', 'a devenit', 'ramane', 'a fost schimbata in', 'a fost resetata la',
    'a fost setata la', 'pe care o puteti folosi este', 'pe care trebuie sa o folositi este',
  ],
  ofWords: ['de', 'pentru', 'la', 'a'],
  cardNouns: ['card', 'cardul', 'cardului', 'visa', 'mastercard', 'maestro'],
  notCardNouns: [
    'comanda', 'comenzii', 'comenzi', 'awb', 'factura', 'facturii', 'facturi', 'referinta', 'tichet', 'tichetul',
    'colet', 'coletul', 'coletului', 'serie', 'seria', 'imei', 'rezervare', 'rezervarii', 'tranzactie', 'tranzactiei',
    'urmarire', 'dosar', 'dosarul', 'client', 'clientului', 'contract', 'contractului', 'polita', 'voucher', 'contor',
  ],
  removed: '[eliminat]',
  otherValues: [
    'utilizator', 'utilizatorul', 'utilizatorului', 'email', 'emailul', 'mail', 'adresa', 'telefon', 'telefonul',
    'numar', 'numarul', 'comanda', 'comenzii', 'referinta', 'eroare', 'eroarea', 'cod', 'codul', 'ultimele', 'cifre', 'termina', 'terminat', 'terminata',
    'link', 'linkul', 'id', 'data', 'ora', 'model', 'modelul', 'versiunea',
    'sunati', 'suna', 'apelati', 'whatsapp', 'articolul', 'ghidul', 'pagina', 'sectiunea', 'pasul', 'cazul', 'fisierul',
  ],
  endingIn: {
    card: 'care se termină în {last4}',
    cardul: 'care se termină în {last4}',
    contul: 'care se termină în {last4}',
    iban: 'care se termină în {last4}',
  },
};
