import { describe, expect, it } from 'vitest';
import rule from '../../rules/no-sensitive-data/index.ts';
import { lintText } from '../../src/linter.ts';
import type { Rule } from '../../src/rule.ts';
import type { Lang } from '../../src/types.ts';
import { runRuleTests } from '../rule-tester.ts';

runRuleTests(rule as Rule, {
  valid: [
    // Passwords mentioned without a value.
    { name: 'no value after "your password is"', text: 'For your security, your password is never visible to our staff.' },
    { name: 'a property, not a value', text: 'As I said on Monday, the password is case-sensitive.' },
    { name: 'asking for no password', text: "We'll never ask you for your password by e-mail." },
    { name: 'an empty label', text: 'Please type your new password:\n\nThen press Save.' },
    { name: 'a placeholder value', text: 'Your password is {{temp_password}} until you change it.' },
    { name: 'a masked value', text: 'Password: ********' },
    { name: 'the key to a fix', text: 'The key is to restart the router first.' },
    { name: 'a token mentioned', text: 'Your token expires in 60 minutes.' },
    { name: 'PIN length', text: 'Your PIN is 4 digits long.' },
    { name: 'a factory default PIN', text: 'The SIM PIN is 0000 by default.' },
    { name: 'PIN without a value', text: "Keep your own SIM safe, as you'll need the PIN when you put it back in." },
    // A password named, then a colon or a dash later in the sentence, but no secret after it.
    { name: 'an error code after the colon', text: 'If the password is refused, the app shows: ACC-17.' },
    { name: 'a reference after a dash', text: 'Password reset links expire after a day - see FAQ-12.' },
    { name: 'the username claims the value', text: "I've reset the password; your username is: ana1987" },
    { name: 'a phone number to call', text: 'If your PIN is blocked, call us: 08001234.' },
    { name: 'a value that does not end the sentence', text: 'We changed the password on: Tuesday2 and Wednesday.' },
    { name: 'a menu name after the colon', text: 'You can change your password in the app: Settings.' },
    { name: 'a word on the next line', text: 'To pick a new password:\n\nOpen Settings and tap Security.' },
    { name: 'a card ending, not a PIN', text: 'We reset the PIN of the card that ends in: 4417.' },
    { name: 'use with no value', text: 'Use your new password to log in, then change it.' },
    { name: 'use a code that is no password', text: 'Your password is safe; use code Save20now at checkout.' },
    // Numbers that are not cards or IBANs.
    { name: 'card ending in', text: "I've refunded £12.50 to your card ending in 4417." },
    { name: '14-digit tracking number failing Luhn', text: 'It is with DPD under tracking number 15501234567890.' },
    { name: '16-digit order number failing Luhn', text: "I've approved a full refund for order 4000 1234 5678 9011." },
    { name: 'a Luhn-valid IMEI', text: 'The IMEI of your phone is 490154203237518.' },
    { name: 'a phone number', text: 'Call us on +44 20 7946 0958 for help.' },
    { name: 'a public test card', text: 'In the sandbox, pay with the test card 4242 4242 4242 4242.' },
    { name: 'an IBAN with a wrong checksum', text: 'IBAN: GB82WEST12345698765433' },
    { name: 'an IBAN-like product code', text: 'The model code is DE12 ABCD EFGH.' },
    // Keys in code are code.
    { name: 'a key inside a code block', text: 'Add this record:\n\n```\nmail._domainkey TXT "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQ"\n```\n\nThanks.' },
    { name: 'a key in inline code', text: 'Your key ends in `-7QF2`; run `app --key sk_live_51Nf8QzL2xVtR7pK9mW3yB6cD` yourself.' },
    { name: 'a key fragment', text: 'Your licence key ends in 7QF2.' },
    { name: 'quoted customer text', text: 'Hi,\n\n> my card is 4556 7375 8689 9855 and my password is Winter2024!Lm8\n\nPlease never send these by e-mail.' },
    // Spanish.
    { lang: 'es', name: 'contraseña without a value', text: 'Por su seguridad, nunca le pediremos su contraseña por correo ni por teléfono.' },
    { lang: 'es', name: 'a property', text: 'La contraseña es temporal y caduca mañana.' },
    { lang: 'es', name: 'wifi key without a value', text: 'El nombre y la clave de la red wifi vienen en la pegatina de la parte inferior.' },
    { lang: 'es', name: 'la clave es que', text: 'La clave es que reinicie el router antes de las 20:00.' },
    { lang: 'es', name: 'tarjeta terminada en', text: 'Le he devuelto los 6,50 € a la tarjeta terminada en 2291.' },
    { lang: 'es', name: 'un error tras los dos puntos', text: 'Si la contraseña falla, verá el aviso: ACC-17.' },
    { lang: 'es', name: 'el número de pedido', text: 'Su contraseña se restableció; el número de pedido es: 300-5512.' },
    { lang: 'es', name: 'un teléfono', text: 'Si olvidó el PIN, llame al: 900123456.' },
    { lang: 'es', name: 'la clave sin valor', text: 'La clave es que cambie la contraseña cada tres meses.' },
    // Romanian.
    { lang: 'ro', name: 'parola without a value', text: 'Pentru siguranta dumneavoastra, nu va vom cere niciodata parola prin e-mail.' },
    { lang: 'ro', name: 'parola nouă without a value', text: 'După ce alegeți parola nouă veți primi un cod prin SMS.' },
    { lang: 'ro', name: 'eroare după două puncte', text: 'Dacă parola nu merge, apare mesajul de eroare: AUTH-17.' },
    { lang: 'ro', name: 'numărul comenzii', text: 'Dacă ați uitat parola, comanda are numărul: 40021-xb.' },
    { lang: 'ro', name: 'folosiți fără valoare', text: 'Folosiți parola nouă la prima conectare.' },
    { lang: 'ro', name: 'PIN-ul without a value', text: 'Vei avea nevoie de codul PIN când pui cartela la loc.' },
  ],
  invalid: [
    // Passwords.
    {
      text: 'Your new password is Winter2024!Lm8 and you can log in straight away.',
      errors: [{ text: 'Winter2024!Lm8', line: 1, column: 22, fix: '[removed]', safe: false, message: 'A password or PIN', output: 'Your new password is [removed] and you can log in straight away.' }],
    },
    { text: 'Your temporary password is Blue-Kettle-73 and it expires in 24 hours.', errors: [{ text: 'Blue-Kettle-73', fix: '[removed]' }] },
    { text: 'The Wi-Fi password for the guest network is Sunflower88.', errors: [{ text: 'Sunflower88', output: 'The Wi-Fi password for the guest network is [removed].' }] },
    { text: 'Password: Tr0ub4dor&3', errors: [{ text: 'Tr0ub4dor&3' }] },
    { text: '**Password:** Hx93-kLm2', errors: [{ text: 'Hx93-kLm2' }] },
    { text: 'Log in with the username "css_test_1" and password "gU4edr6daKuT".', errors: [{ text: 'gU4edr6daKuT' }] },
    { text: 'Your password has been reset to Pluto-Mango-19.', errors: [{ text: 'Pluto-Mango-19' }] },
    { text: 'pwd = Kx8#mQ2!vz', errors: [{ text: 'Kx8#mQ2!vz' }] },
    { text: 'Your PIN is 4821.', errors: [{ text: '4821', output: 'Your PIN is [removed].' }] },
    { text: 'Your new PIN code is 739104.', errors: [{ text: '739104' }] },
    // A password or PIN named, then its value after a colon or a dash at the end of the sentence.
    {
      text: 'I have issued a one-off password so you can get into the portal tonight: Maple-Orbit-2207',
      errors: [{ text: 'Maple-Orbit-2207', fix: '[removed]', output: 'I have issued a one-off password so you can get into the portal tonight: [removed]' }],
    },
    { text: 'We reset the password to your account this morning, and the new one is ready: ferry9Lantern.', errors: [{ text: 'ferry9Lantern' }] },
    { text: "I've reset your password. Here it is: Maple-Orbit-2207", errors: [{ text: 'Maple-Orbit-2207' }] },
    { text: 'Your replacement PIN is active now – 58213.', errors: [{ text: '58213' }] },
    { text: 'Your temporary password:\n\nMaple-Orbit-2207\n\nChange it after your first login.', errors: [{ line: 3, text: 'Maple-Orbit-2207' }] },
    // …or put to use by a verb.
    { text: 'Use the password Maple-Orbit-2207 when the app asks.', errors: [{ text: 'Maple-Orbit-2207' }] },
    { text: "I've set a temporary password for you. Use Maple-Orbit-2207 to log in.", errors: [{ text: 'Maple-Orbit-2207' }] },
    { text: 'Your password was reset, so sign in with Maple-Orbit-2207 and pick your own.', errors: [{ text: 'Maple-Orbit-2207' }] },
    // Card numbers.
    {
      text: 'It was taken from the card 4556 7375 8689 9855, which is the card saved on your account.',
      errors: [{ text: '4556 7375 8689 9855', message: 'card number', fix: 'ending in 9855', output: 'It was taken from the card ending in 9855, which is the card saved on your account.' }],
    },
    { text: 'We charged 5425-2334-3010-9903 yesterday.', errors: [{ text: '5425-2334-3010-9903', fix: '[removed]' }] },
    { text: 'Card number: 4556737586899855.', errors: [{ text: '4556737586899855', fix: '[removed]' }] },
    { text: 'The Amex 3714 651284 93018 was declined.', errors: [{ text: '3714 651284 93018' }] },
    // IBANs.
    {
      text: 'The account we have on file is IBAN DE89 3704 0044 0532 0130 00, held in your name.',
      errors: [{ text: 'DE89 3704 0044 0532 0130 00', message: 'IBAN', output: 'The account we have on file is IBAN ending in 3000, held in your name.' }],
    },
    { text: 'IBAN: GB82WEST12345698765432', errors: [{ text: 'GB82WEST12345698765432', fix: '[removed]' }] },
    // Keys and tokens.
    { text: 'Your server API key is sk_live_51Nf8QzL2xVtR7pK9mW3yB6cD', errors: [{ text: 'sk_live_51Nf8QzL2xVtR7pK9mW3yB6cD', message: 'API key', fix: '[removed]' }] },
    { text: 'Use pk_test_TYooMQauvdEDq54NiTphI7jx in the widget.', errors: [{ text: 'pk_test_TYooMQauvdEDq54NiTphI7jx' }] },
    { text: "Here's a token: ghp_16C7e42F292c6912E7710c838347Ae178B4a", errors: [{ text: 'ghp_16C7e42F292c6912E7710c838347Ae178B4a' }] },
    { text: 'The bot token is xoxb-1234567890-abcdefghijKLMN.', errors: [{ text: 'xoxb-1234567890-abcdefghijKLMN' }] },
    { text: 'Use AKIAIOSFODNN7EXAMPLE in the config.', errors: [{ text: 'AKIAIOSFODNN7EXAMPLE' }] },
    { text: 'The Maps key is AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY.', errors: [{ text: 'AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY' }] },
    {
      text: 'Send Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U with each call.',
      errors: [{ text: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U' }],
    },
    { text: 'Your licence key is ABCD7-EF12G-HJ3KL-MN45P-QR6ST.', errors: [{ text: 'ABCD7-EF12G-HJ3KL-MN45P-QR6ST', message: 'licence key' }] },
    { text: 'access token: 9f8e7d6c5b4a39281706f5e4d3c2b1a0', errors: [{ text: '9f8e7d6c5b4a39281706f5e4d3c2b1a0' }] },
    {
      name: 'two secrets, two reports, each on its line',
      text: 'Hi Laura,\n\nYour password is Winter2024!Lm8.\nThe card 4556 7375 8689 9855 was charged.\n\nBest,\nMarcus',
      errors: [{ line: 3, column: 18, text: 'Winter2024!Lm8' }, { line: 4, column: 10, text: '4556 7375 8689 9855' }],
    },
    // Spanish.
    {
      lang: 'es',
      text: 'Su nueva contraseña: Naranja-4471x',
      errors: [{ text: 'Naranja-4471x', fix: '[eliminado]', message: 'contraseña', output: 'Su nueva contraseña: [eliminado]' }],
    },
    { lang: 'es', text: 'Su contrasena temporal es Sol-8821-mar.', errors: [{ text: 'Sol-8821-mar' }] },
    { lang: 'es', text: 'Su clave de acceso es Pardo2024.', errors: [{ text: 'Pardo2024' }] },
    { lang: 'es', text: 'Su PIN es 7310.', errors: [{ text: '7310' }] },
    { lang: 'es', text: 'Esta es la clave API: sk_live_7Hq2LmP9xR4tZ8vW1nB5cK3d', errors: [{ text: 'sk_live_7Hq2LmP9xR4tZ8vW1nB5cK3d', message: 'clave de API' }] },
    {
      lang: 'es',
      text: 'Se realizó con la tarjeta 4916 3385 0608 2832, la que tiene guardada.',
      errors: [{ text: '4916 3385 0608 2832', output: 'Se realizó con la tarjeta terminada en 2832, la que tiene guardada.' }],
    },
    { lang: 'es', text: 'Le devolveremos el importe a la cuenta ES91 2100 0418 4502 0005 1332.', errors: [{ text: 'ES91 2100 0418 4502 0005 1332', fix: 'terminada en 1332' }] },
    {
      lang: 'es',
      text: 'Le hemos generado una contraseña nueva para que pueda acceder esta misma tarde: Cometa-Rio-6612',
      errors: [{ text: 'Cometa-Rio-6612', fix: '[eliminado]' }],
    },
    { lang: 'es', name: 'sin tildes', text: 'Te he puesto una clave provisional para que entres ya: cometa-rio-6612', errors: [{ text: 'cometa-rio-6612' }] },
    { lang: 'es', text: 'He cambiado su contraseña. Aquí la tiene: Cometa-Rio-6612', errors: [{ text: 'Cometa-Rio-6612' }] },
    { lang: 'es', text: 'La clave ahora es Cometa-Rio-6612.', errors: [{ text: 'Cometa-Rio-6612' }] },
    { lang: 'es', text: 'Entre con la contraseña Cometa-Rio-6612 y cámbiela después.', errors: [{ text: 'Cometa-Rio-6612' }] },
    { lang: 'es', text: 'Su PIN nuevo ya está activo - 58213.', errors: [{ text: '58213' }] },
    // Romanian, with and without diacritics.
    { lang: 'ro', text: 'Parola nouă: Castan-5823q', errors: [{ text: 'Castan-5823q', fix: '[eliminat]', message: 'parolă' }] },
    { lang: 'ro', text: 'Parola noua: Castan-5823q', errors: [{ text: 'Castan-5823q' }] },
    { lang: 'ro', text: 'Parola dumneavoastră este Lalea#2291', errors: [{ text: 'Lalea#2291' }] },
    { lang: 'ro', text: 'Parola temporara este Brad-7734', errors: [{ text: 'Brad-7734' }] },
    { lang: 'ro', text: 'Codul PIN este 5521.', errors: [{ text: '5521' }] },
    { lang: 'ro', text: 'PIN-ul este 5521.', errors: [{ text: '5521' }] },
    {
      lang: 'ro',
      text: 'Am verificat plata, care a fost făcută cu cardul 4024 0071 5376 3197, salvat în contul dumneavoastră.',
      errors: [{ text: '4024 0071 5376 3197', fix: 'care se termină în 3197' }],
    },
    {
      lang: 'ro',
      text: 'Suma va fi virată în contul RO49 AAAA 1B31 0075 9384 0000, pe care ni l-ați indicat.',
      errors: [{ text: 'RO49 AAAA 1B31 0075 9384 0000', output: 'Suma va fi virată în contul care se termină în 0000, pe care ni l-ați indicat.' }],
    },
    { lang: 'ro', text: 'Cheia API este sk_live_51Nf8QzL2xVtR7pK9mW3yB6cD.', errors: [{ text: 'sk_live_51Nf8QzL2xVtR7pK9mW3yB6cD' }] },
    { lang: 'ro', text: 'V-am generat o parolă nouă ca să vă puteți conecta chiar azi: Stejar-Nor-7720', errors: [{ text: 'Stejar-Nor-7720', fix: '[eliminat]' }] },
    { lang: 'ro', name: 'fără diacritice', text: 'Ti-am setat o parola temporara ca sa intri imediat: stejar-nor-7720', errors: [{ text: 'stejar-nor-7720' }] },
    { lang: 'ro', name: 'cu sedilă', text: 'Am resetat parola contului. Iat-o: Ştejar-Nor-7720', errors: [{ text: 'Ştejar-Nor-7720' }] },
    { lang: 'ro', text: 'Folosiți parola Stejar-Nor-7720 la prima conectare.', errors: [{ text: 'Stejar-Nor-7720' }] },
    { lang: 'ro', text: 'Parola temporară, ca să intrați azi – Stejar-Nor-7720', errors: [{ text: 'Stejar-Nor-7720' }] },
    { lang: 'ro', text: 'Codul PIN nou e activ: 58213.', errors: [{ text: '58213' }] },
  ],
});

describe('no-sensitive-data never prints the secret', () => {
  const cases: Array<[Lang, string, string]> = [
    ['en', 'Hi Laura,\n\nYour new password is Winter2024!Lm8 and you can LOG IN now!!!\n\nKind regards,\nMarcus', 'Winter2024!Lm8'],
    ['en', 'The card 4556 7375 8689 9855 was charged.', '4556 7375 8689 9855'],
    ['en', 'The account on file is IBAN DE89 3704 0044 0532 0130 00.', 'DE89 3704 0044 0532 0130 00'],
    ['en', 'Your server API key is sk_live_51Nf8QzL2xVtR7pK9mW3yB6cD', 'sk_live_51Nf8QzL2xVtR7pK9mW3yB6cD'],
    ['es', 'Su nueva contraseña: Naranja-4471x', 'Naranja-4471x'],
    ['ro', 'Suma va fi virată în contul RO49 AAAA 1B31 0075 9384 0000.', 'RO49 AAAA 1B31 0075 9384 0000'],
  ];
  for (const [language, text, secret] of cases) {
    it(`${language}: ${secret.slice(0, 6)}…`, () => {
      const result = lintText(text, { language });
      expect(result.messages.some((m) => m.ruleId === 'no-sensitive-data')).toBe(true);
      expect(JSON.stringify(result)).not.toContain(secret);
      // Nor any long enough piece of it: masks keep at most the first and last four characters.
      const compact = secret.replace(/[^0-9A-Za-z]/g, '');
      expect(JSON.stringify(result).replace(/[^0-9A-Za-z]/g, '')).not.toContain(compact.slice(4, -4));
    });
  }

  it('reports nothing else inside the secret (AAAA in an IBAN is not shouting)', () => {
    const result = lintText('Suma va fi virată în contul RO49 AAAA 1B31 0075 9384 0000.', { language: 'ro' });
    const inside = result.messages.filter((m) => m.ruleId !== 'no-sensitive-data' && m.line === 1 && m.column >= 29 && m.column < 58);
    expect(inside).toEqual([]);
  });
});
