import rule from '../../rules/max-sentence-length/index.ts';
import type { Rule } from '../../src/rule.ts';
import { runRuleTests } from '../rule-tester.ts';

const LONG_AND =
  'I have checked the line test results from this morning and the modem has restarted fourteen times since yesterday, ' +
  'which usually points to a power or cabling problem, and our engineers will visit you on Thursday between nine and ' +
  'twelve to replace the power supply.';

runRuleTests(rule as Rule, {
  valid: [
    'Hi Ana,\n\nYour order is on its way and should arrive on Thursday.\n\nBest,\nLeo',
    {
      name: 'exactly 35 words',
      text:
        'We have received your return at our warehouse and the refund of the full amount will be sent to the card you ' +
        'used for the order within five working days from today, as agreed.',
    },
    { name: 'a long sentence under a higher max', text: LONG_AND, options: { max: 50 } },
    { name: 'an expert audience of one long sentence split in two', text: LONG_AND.replace(', and our', '. Our') },
    {
      name: 'words in code and URLs are not counted',
      text:
        'Please run `sudo systemctl restart networking && ping -c 4 example.com && traceroute example.com && dig example.com any` ' +
        'and see https://example.com/a/very/long/path/with/many/segments/that/are/not/words/at/all for help.',
    },
    {
      name: 'a long quoted paragraph',
      text:
        'Thanks for the details.\n\n> I have been trying to get this router to work for three days now and nobody at your company ' +
        'seems to care about it at all, I called four times and every time I was told that someone would call me back today.\n',
    },
    {
      lang: 'es',
      name: 'frase corta',
      text: 'Hola Ana:\n\nSu pedido ya está en camino y llegará el jueves por la mañana.\n\nSaludos,\nMarta',
    },
    { lang: 'ro', name: 'propoziție scurtă', text: 'Bună ziua,\n\nComanda a plecat azi și ajunge joi.\n\nCu stimă,\nIon' },
  ],
  invalid: [
    {
      text: LONG_AND,
      errors: [
        {
          text: LONG_AND,
          line: 1,
          column: 1,
          message: '45 words (more than 35)',
          fix: '. Our',
          safe: false,
          output: LONG_AND.replace(', and our', '. Our'),
        },
      ],
    },
    {
      name: 'a semicolon is the most natural break',
      text:
        'We have received your return at our warehouse in Leeds; the refund of the full amount including the original ' +
        'shipping costs will be sent to the card you used for the order within five working days from today.',
      errors: [{ message: '38 words', fix: '. The', output: 'We have received your return at our warehouse in Leeds. The refund of the full amount including the original shipping costs will be sent to the card you used for the order within five working days from today.' }],
    },
    {
      name: '"but" stays and opens the second sentence',
      text:
        'The replacement unit is already on its way to you with the express courier and should arrive tomorrow before ' +
        'noon but please keep the original box until the faulty unit has been collected by the courier next week.',
      errors: [{ fix: '. But', message: '38 words' }],
    },
    {
      name: 'no natural break: still a concrete cut near the middle',
      text:
        'Your order number five five two one contains the blue kettle the red toaster the green mixer the small blender ' +
        'the large pan the white mug the grey plate the long knife and the short fork for the kitchen set.',
      errors: [{ message: '40 words', fix: '. The' }],
    },
    {
      name: 'the opening clause of an "if" sentence is not cut off',
      text:
        'If the router still does not connect after the restart, we will send a technician to your address on Monday ' +
        'morning to check the cabling, and we will replace the router free of charge if it turns out to be faulty.',
      errors: [{ fix: '. We', output: 'If the router still does not connect after the restart, we will send a technician to your address on Monday morning to check the cabling. We will replace the router free of charge if it turns out to be faulty.' }],
    },
    {
      name: 'a lower max',
      options: { max: 10 },
      text: 'Hi Ana,\n\nThe courier collected the parcel this morning, and it should reach our warehouse on Friday.\n',
      errors: [{ line: 3, message: '15 words (more than 10)', fix: '. It', output: 'Hi Ana,\n\nThe courier collected the parcel this morning. It should reach our warehouse on Friday.\n' }],
    },
    {
      name: 'two long sentences, two reports',
      options: { max: 8 },
      text: 'The courier collected the parcel this morning, and it should arrive soon. We will write to you as soon as the refund has been sent.',
      errors: [{ fix: '. It' }, { message: '13 words (more than 8)' }],
    },
    {
      lang: 'es',
      text:
        'He revisado los resultados de la prueba de línea de esta mañana y el módem se ha reiniciado catorce veces desde ' +
        'ayer, lo que suele indicar un problema de alimentación o de cableado, y nuestros técnicos le visitarán el jueves ' +
        'entre las nueve y las doce para cambiar la fuente.',
      errors: [{ message: '50 palabras (más de 35)', fix: '. Nuestros' }],
    },
    {
      lang: 'es',
      name: 'pero',
      text:
        'Hemos recibido su devolución en nuestro almacén de Madrid, pero el reembolso del importe completo con los gastos ' +
        'de envío originales se hará en la tarjeta que usó para el pedido en un plazo de cinco días hábiles a partir de hoy.',
      errors: [{ message: '42 palabras', fix: '. Pero' }],
    },
    {
      lang: 'es',
      name: 'sin tildes, con y',
      options: { max: 12 },
      text: 'Hemos enviado el paquete esta manana con el mensajero, y nosotros le avisaremos cuando llegue a su direccion.',
      errors: [{ fix: '. Nosotros' }],
    },
    {
      lang: 'ro',
      text:
        'Am verificat rezultatele testului de linie de azi dimineață și modemul s-a repornit de paisprezece ori de ieri, ' +
        'ceea ce indică de obicei o problemă de alimentare sau de cablare, iar colegii noștri vă vor vizita joi între ' +
        'nouă și douăsprezece pentru a schimba sursa.',
      errors: [{ message: '46 cuvinte', fix: '. Colegii' }],
    },
    {
      lang: 'ro',
      name: 'dar',
      text:
        'Am primit coletul returnat în depozitul nostru din Cluj, dar rambursarea întregii sume împreună cu toate costurile ' +
        'de livrare inițiale se va face pe cardul folosit la comandă în cel mult cinci zile lucrătoare de astăzi înainte.',
      errors: [{ message: 'limita de 35', fix: '. Dar' }],
    },
    {
      lang: 'ro',
      name: 'fără diacritice, cu „si”',
      text:
        'Am primit coletul returnat in depozitul nostru din Cluj si rambursarea intregii sume impreuna cu toate costurile ' +
        'de livrare initiale se va face pe cardul folosit la comanda in cel mult cinci zile lucratoare de astazi inainte.',
      errors: [{ fix: '. Rambursarea', message: '37 cuvinte' }],
    },
  ],
});
