import { describe, expect, it } from 'vitest';
import rule from '../../rules/no-evasive/index.ts';
import { expandPhrase } from '../../src/matcher.ts';
import type { Rule } from '../../src/rule.ts';
import { runRuleTests } from '../rule-tester.ts';

runRuleTests(rule as Rule, {
  valid: [
    // A concrete time or an event makes "as soon as" concrete.
    "If you'd like the dish re-delivered, reply and we'll send it as soon as possible, and no later than 20:30.",
    "I'll e-mail you the tracking link as soon as the repair centre receives the laptop.",
    "We'll ship the replacement as soon as possible on Monday morning.",
    'Our engineers will fix the line as soon as possible, by 5 pm today at the latest.',
    // Asking the customer to hurry promises nothing.
    'Please reply as soon as possible so we can keep your booking.',
    'You need to return the form as soon as possible.',
    'Fingers crossed you get to stop by sometime soon!',
    // Opening a topic, narrating the past, or naming a condition.
    "I don't know if you've seen our new app yet, but it shows every delivery live.",
    'At some point yesterday the modem restarted on its own.',
    'The update eventually failed with error 12.',
    'Let us know a time when we can call you.',
    "I'm not sure I understood your question; do you mean the March invoice?",
    'As long as your runs are synced, you should be fine.',
    // Commitments next to the admission.
    "I don't know why this happened, but I'll check with our billing team and reply by 3 pm.",
    "We don't know the cause yet. I've escalated it to our network team and will update you at 16:00.",
    // Device descriptions and friendly closings.
    'The app should work on any Android phone running version 10 or later.',
    'How this should work is described in the manual.',
    'Hope this helps!',
    'No problem at all, happy to help.',
    'Your satisfaction is our main concern.',
    // The customer's words are never linted.
    { name: 'quoted customer', text: "Hi Ana,\n\n> I don't know what you people are doing. Not my problem!\n\nI've refunded the order.\n\nBest,\nLeo" },
    // Spanish.
    { lang: 'es', text: 'No se preocupe, lo revisamos hoy mismo.' },
    { lang: 'es', text: 'No se le cobrará nada más después de esa fecha.' },
    { lang: 'es', text: 'La licencia no se ha perdido.' },
    { lang: 'es', text: 'Le enviaré el enlace de seguimiento en cuanto el portátil llegue al taller.' },
    { lang: 'es', text: 'Por favor, envíenos el formulario lo antes posible.' },
    { lang: 'es', text: 'No sé si ya ha visto nuestra nueva app.' },
    { lang: 'es', text: 'En algún momento de la llamada se cortó la conexión.' },
    { lang: 'es', text: 'Le enviaremos el pedido lo antes posible, y en todo caso antes de las 18:00.' },
    { lang: 'es', text: 'No sabemos por qué ocurre; lo estoy comprobando con el equipo técnico y le escribo hoy.' },
    { lang: 'es', text: 'El cargador debería funcionar con cualquier enchufe europeo.' },
    { lang: 'es', text: 'Si después de la limpieza siguen apareciendo rayas, envíenos una foto y revisaremos el cabezal.' },
    // Romanian.
    { lang: 'ro', text: 'Nu știu dacă ați văzut noua aplicație.' },
    { lang: 'ro', text: 'La un moment dat routerul s-a repornit singur.' },
    { lang: 'ro', text: 'Vă rugăm să ne trimiteți actele cât mai curând.' },
    { lang: 'ro', text: 'Vă sunăm cât mai repede, cel târziu mâine la ora 12.' },
    { lang: 'ro', text: 'Aplicația ar trebui să funcționeze pe orice telefon cu Android 10.' },
    { lang: 'ro', text: 'Nu trebuie să faceți nimic altceva.' },
    { lang: 'ro', text: 'Ne pare rău că anularea a durat mai mult decât ar fi trebuit.' },
    { lang: 'ro', text: 'Linkul de urmărire vi-l trimit imediat ce laptopul ajunge în service.' },
    { lang: 'ro', text: 'Nu pot să cred cât de repede a mers!' },
    { lang: 'ro', name: 'Romanian without diacritics', text: 'Nu stiu de ce apare eroarea; verific cu echipa tehnica si revin azi.' },
    // Traps around the shrug, ownership and vague-future phrasings.
    'If you have a receipt or something similar, attach it to this e-mail.',
    "If you try a second laptop or something, tell us which error code appears.",
    'Our installer, who knows how the building is wired, will call you at 10:00 tomorrow.',
    "Send us the app version and we'll see what we can suggest.",
    "We'll see you at the store on Monday at 11:00.",
    "It's not your problem to solve: we'll replace the charger today.",
    'Between you and me, the yearly plan is the better deal.',
    "Perhaps try a different charger, and I'll check the battery report by 5 pm.",
    'The outage was caused by storms beyond our control; the line is back up now.',
    { lang: 'es', text: 'No es problema suyo: lo solucionamos nosotros hoy.' },
    { lang: 'es', text: 'Cuéntenos cuál es su problema con la factura.' },
    { lang: 'es', text: 'Si prueba con otra tarjeta o algo parecido, avísenos del mensaje que aparece.' },
    { lang: 'es', text: 'Hable con Marta, quien sabe cómo configurarlo, en el 900 100 200.' },
    { lang: 'es', text: 'Si más adelante cambia de opinión, podrá reactivar la suscripción.' },
    { lang: 'ro', text: 'Nu e treaba dumneavoastră să căutați piesa; o comandăm noi azi.' },
    { lang: 'ro', text: 'Spuneți-ne care e problema dumneavoastră cu factura.' },
    { lang: 'ro', text: 'Dacă ați folosit cândva aplicația veche, ștergeți-o înainte de instalare.' },
    { lang: 'ro', text: 'Dacă încercați alt card sau ceva similar, spuneți-ne ce mesaj apare.' },
    { lang: 'ro', text: 'Întrebați pe cineva care știe parola routerului de la birou.' },
  ],
  invalid: [
    {
      text: 'Hello Mr Grant,\n\nI have passed the results to our engineers, and they will get back to you as soon as possible.\n\nThanks,\nLeo',
      errors: [
        {
          text: 'as soon as possible',
          line: 3,
          message: 'gives no time',
          fix: 'by <time> today',
          safe: false,
          output: 'Hello Mr Grant,\n\nI have passed the results to our engineers, and they will get back to you by <time> today.\n\nThanks,\nLeo',
        },
      ],
    },
    { text: "We'll get back to you ASAP.", errors: [{ text: 'ASAP', fix: 'by <time> today' }] },
    { text: "We're restocking as quickly as we can!", errors: [{ text: 'as quickly as we can' }] },
    { text: 'We will refund you in due course.', errors: [{ text: 'in due course', fix: 'by <date>' }] },
    { text: 'Our team will call you at some point next week.', errors: [{ text: 'at some point' }] },
    { text: 'Billing should get back to you at some point.', errors: [{ text: 'at some point' }] },
    { text: "Please be patient, we'll sort it out eventually.", errors: [{ text: 'eventually', fix: 'by <date>' }] },
    { text: "We'll process it in a timely manner.", errors: [{ text: 'in a timely manner' }] },
    { text: "We'll call you back when we can.", errors: [{ text: 'when we can' }] },
    { text: 'Our accounts team will look into it when they get a chance.', errors: [{ text: 'when they get a chance' }] },
    { text: 'The refund will eventually reach your account.', errors: [{ text: 'will eventually' }] },
    {
      text: 'I don\'t know why your phone shows "No service" abroad.',
      errors: [{ text: "I don't know", message: 'without an answer', fix: "I'm checking", output: 'I\'m checking why your phone shows "No service" abroad.' }],
    },
    { name: 'curly apostrophe', text: 'I don’t know why the app crashes.', errors: [{ text: 'I don’t know' }] },
    { name: 'long form', text: 'I do not know why the payment failed.', errors: [{ text: 'I do not know' }] },
    { text: "I have no idea what happened there.", errors: [{ text: 'I have no idea' }] },
    { text: "I'm not sure why the charge appeared twice.", errors: [{ text: "I'm not sure", fix: "I'm checking" }] },
    { text: "I'm not sure what to tell you.", errors: [{ text: "I'm not sure what to tell you" }] },
    {
      text: 'The restaurant packs the food, so a cold pizza is not our problem.',
      errors: [
        {
          text: 'is not our problem',
          message: 'deflects',
          fix: "is something I'll sort out for you",
          output: "The restaurant packs the food, so a cold pizza is something I'll sort out for you.",
        },
      ],
    },
    { text: "That isn't our problem, sorry.", errors: [{ text: "isn't our problem" }] },
    { text: 'Billing disputes are not my department.', errors: [{ text: 'are not my department', fix: "are something I'm passing to our <team> team today" }] },
    {
      name: 'a match that starts inside a contraction keeps its first word in the rewrite',
      text: "Honestly, that's not my job.",
      errors: [{ text: "that's not my job", output: "Honestly, that is something I'm passing to our <team> team today." }],
    },
    { text: "There's nothing we can do about the delay.", errors: [{ text: 'nothing we can do' }] },
    { text: "There isn't much we can do at this point.", errors: [{ text: "isn't much we can do" }] },
    { text: "I'm afraid it's out of our hands now.", errors: [{ text: 'out of our hands' }] },
    { text: "That's nothing to do with us.", errors: [{ text: "That's nothing to do with us", fix: "That is for <team> to handle, and I'll follow up with them by <time>" }] },
    { text: "It'll eventually reach your account.", errors: [{ text: "It'll eventually", output: 'It will, by <date>, reach your account.' }] },
    { text: "That's the manufacturer's responsibility.", errors: [{ text: "That's the manufacturer's responsibility" }] },
    { text: 'I can’t help you with that.', errors: [{ text: 'I can’t help you with that', fix: "I'll pass that to <team> today" }] },
    {
      text: "Drivers for macOS are Apple's business, not ours, so ask someone else about it.",
      errors: [{ text: 'ask someone else', fix: 'contact <team> at <contact>' }],
    },
    { text: "You'll have to take it up with your bank.", errors: [{ text: 'take it up with', output: "You'll have to contact your bank." }] },
    {
      text: "I'm not the right person to ask about this.",
      errors: [{ text: "I'm not the right person to ask", output: "I'm passing this to <team>, who will reply by <time> about this." }],
    },
    { text: 'Your guess is as good as mine.', errors: [{ text: 'Your guess is as good as mine' }] },
    {
      text: 'It should work after that, but if not, try restarting it a few times.',
      errors: [{ text: 'It should work', message: 'hedge', fix: "I'll check that it works by <time>" }],
    },
    { text: 'That should fix it.', errors: [{ text: 'That should fix it', fix: "I'll check that this fixed it by <time>" }] },
    { text: 'Hopefully this fixes the issue.', errors: [{ text: 'Hopefully this fixes the issue' }] },
    { text: 'In theory it should be working now.', errors: [{ text: 'In theory it should be working' }] },
    { text: 'You should be all set now.', errors: [{ text: 'You should be all set' }] },
    {
      text: 'Maybe try something else, like paying at the front desk.',
      errors: [{ text: 'Maybe try something else', fix: 'I suggest <specific step>' }],
    },
    { text: 'Try something different and let us know.', errors: [{ text: 'Try something different' }] },
    {
      name: 'a hedge with no pronoun subject',
      text: 'Reinstalling the app should sort it out.',
      errors: [{ text: 'should sort it out', output: "Reinstalling the app should fix it, and I'll confirm with you by <time>." }],
    },
    { text: 'It may sort itself out in a day or two.', errors: [{ text: 'It may sort itself out' }] },
    {
      text: "I honestly couldn't tell you why the charge appeared.",
      errors: [{ text: "I honestly couldn't tell you why", output: "I'm checking why the charge appeared." }],
    },
    { text: 'This is a matter for your bank, not for us.', errors: [{ text: 'a matter for your bank' }] },
    { text: "We're not responsible for courier delays.", errors: [{ text: "We're not responsible for" }] },
    // Spanish.
    {
      lang: 'es',
      text: 'Buenos días:\n\nHe pasado los resultados al equipo técnico y le contactarán lo antes posible.',
      errors: [
        {
          text: 'lo antes posible',
          line: 3,
          message: 'no da ningún plazo',
          fix: 'hoy antes de las <hora>',
          output: 'Buenos días:\n\nHe pasado los resultados al equipo técnico y le contactarán hoy antes de las <hora>.',
        },
      ],
    },
    { lang: 'es', text: 'Le responderemos a la mayor brevedad.', errors: [{ text: 'a la mayor brevedad' }] },
    { lang: 'es', text: 'Le contestaremos cuanto antes.', errors: [{ text: 'cuanto antes' }] },
    { lang: 'es', text: 'Le devolveremos el dinero en algún momento.', errors: [{ text: 'en algún momento', fix: 'antes del <fecha>' }] },
    {
      lang: 'es',
      text: 'No sé por qué su móvil no tiene datos.',
      errors: [{ text: 'No sé', fix: 'Estoy comprobando', output: 'Estoy comprobando por qué su móvil no tiene datos.' }],
    },
    { lang: 'es', name: 'Spanish without accents', text: 'No se por que su movil no tiene datos.', errors: [{ text: 'No se' }] },
    { lang: 'es', text: 'La verdad, no sé.', errors: [{ text: 'no sé' }] },
    { lang: 'es', text: 'No lo sé, la verdad.', errors: [{ text: 'No lo sé', fix: 'Lo estoy comprobando' }] },
    { lang: 'es', text: 'Ni idea de qué ha pasado.', errors: [{ text: 'Ni idea' }] },
    { lang: 'es', text: 'Desconozco el motivo del fallo.', errors: [{ text: 'Desconozco' }] },
    {
      lang: 'es',
      text: 'El restaurante prepara la comida, así que si llegó fría no es nuestro problema.',
      errors: [{ text: 'no es nuestro problema', fix: 'es algo que vamos a resolver' }],
    },
    { lang: 'es', text: 'Lo siento, no es asunto nuestro.', errors: [{ text: 'no es asunto nuestro' }] },
    { lang: 'es', text: 'No es mi departamento.', errors: [{ text: 'No es mi departamento' }] },
    { lang: 'es', text: 'No podemos hacer nada más.', errors: [{ text: 'No podemos hacer nada más', fix: 'Lo que sí podemos hacer es <siguiente paso>' }] },
    { lang: 'es', text: 'Pregunte a otra persona, por favor.', errors: [{ text: 'Pregunte a otra persona' }] },
    { lang: 'es', text: 'Hemos reactivado el código QR, así que en teoría debería funcionar.', errors: [{ text: 'en teoría debería funcionar' }] },
    { lang: 'es', text: 'Cierre sesión y vuelva a entrar. Debería de solucionarse el problema.', errors: [{ text: 'Debería de solucionarse' }] },
    { lang: 'es', text: 'Pruebe otra cosa.', errors: [{ text: 'Pruebe otra cosa', fix: 'Pruebe <paso concreto>' }] },
    { lang: 'es', text: 'Le llamaremos en cuanto sea posible.', errors: [{ text: 'en cuanto sea posible' }] },
    { lang: 'es', text: 'Su técnico le llamará cuando pueda.', errors: [{ text: 'cuando pueda' }] },
    { lang: 'es', text: 'Eso es cosa del banco.', errors: [{ text: 'es cosa del banco' }] },
    {
      lang: 'es',
      text: 'No le puedo decir por qué ha pasado.',
      errors: [{ text: 'No le puedo decir por qué', output: 'Estoy comprobando por qué ha pasado.' }],
    },
    { lang: 'es', text: 'Con reiniciar el router debería bastar.', errors: [{ text: 'debería bastar' }] },
    { lang: 'es', text: 'Diríjase a quien corresponda.', errors: [{ text: 'Diríjase a quien corresponda' }] },
    { lang: 'es', text: 'El sistema a veces falla. Ya se arreglará solo.', errors: [{ text: 'Ya se arreglará solo' }] },
    // Romanian.
    {
      lang: 'ro',
      text: 'Bună ziua,\n\nAm trimis rezultatele echipei tehnice, iar colegii vă vor contacta cât mai curând posibil.',
      errors: [
        {
          text: 'cât mai curând posibil',
          line: 3,
          message: 'nu dă niciun termen',
          fix: 'astăzi până la ora <ora>',
          output: 'Bună ziua,\n\nAm trimis rezultatele echipei tehnice, iar colegii vă vor contacta astăzi până la ora <ora>.',
        },
      ],
    },
    { lang: 'ro', text: 'Vă răspundem în cel mai scurt timp.', errors: [{ text: 'în cel mai scurt timp' }] },
    { lang: 'ro', text: 'Vă vom returna banii la un moment dat.', errors: [{ text: 'la un moment dat', fix: 'până pe <data>' }] },
    {
      lang: 'ro',
      name: 'Romanian without diacritics',
      text: 'Nu stiu de ce telefonul nu are date mobile.',
      errors: [{ text: 'Nu stiu', fix: 'Verific', output: 'Verific de ce telefonul nu are date mobile.' }],
    },
    { lang: 'ro', name: 'Romanian with cedilla letters', text: 'Nu ştiu de ce apare eroarea.', errors: [{ text: 'Nu ştiu' }] },
    { lang: 'ro', text: 'Habar n-am ce s-a întâmplat.', errors: [{ text: 'Habar n-am' }] },
    {
      lang: 'ro',
      text: 'Restaurantul ambalează mâncarea, așa că pizza rece nu e problema noastră.',
      errors: [{ text: 'nu e problema noastră', fix: 'e ceva ce rezolvăm noi' }],
    },
    { lang: 'ro', text: 'Nu-i treaba noastră.', errors: [{ text: 'Nu-i treaba noastră' }] },
    { lang: 'ro', text: 'Nu e departamentul meu.', errors: [{ text: 'Nu e departamentul meu' }] },
    { lang: 'ro', text: 'Nu putem face nimic în acest caz.', errors: [{ text: 'Nu putem face nimic' }] },
    { lang: 'ro', text: 'Întrebați pe altcineva, vă rog.', errors: [{ text: 'Întrebați pe altcineva' }] },
    { lang: 'ro', text: 'Am reactivat codul QR, deci ar trebui să meargă.', errors: [{ text: 'ar trebui să meargă', fix: 'verific până la ora <ora> că merge' }] },
    { lang: 'ro', text: 'Încercați altceva.', errors: [{ text: 'Încercați altceva' }] },
    { lang: 'ro', text: 'Colegii noștri vă vor suna imediat ce vom putea.', errors: [{ text: 'imediat ce vom putea' }] },
    { lang: 'ro', text: 'Asta nu intră în atribuțiile noastre.', errors: [{ text: 'nu intră în atribuțiile noastre' }] },
    { lang: 'ro', text: 'Adresați-vă altui departament.', errors: [{ text: 'Adresați-vă altui departament' }] },
    { lang: 'ro', text: 'Probabil va merge după o repornire.', errors: [{ text: 'Probabil va merge' }] },
    { lang: 'ro', text: 'Problema se va rezolva de la sine.', errors: [{ text: 'se va rezolva de la sine' }] },
    { lang: 'ro', text: 'Nu vă pot spune de ce s-a întâmplat.', errors: [{ text: 'Nu vă pot spune de ce', output: 'Verific de ce s-a întâmplat.' }] },
    // Shrugged try-steps.
    {
      text: 'If the app still freezes, perhaps try the tablet or something.',
      errors: [{ text: 'perhaps try the tablet or something', message: 'hedge', fix: 'I suggest <specific step>', output: 'If the app still freezes, I suggest <specific step>.' }],
    },
    { text: 'Just try clearing the cookies or whatever.', errors: [{ text: 'Just try clearing the cookies or whatever' }] },
    { text: 'You might try a wired connection, you never know.', errors: [{ text: 'You might try a wired connection, you never know' }] },
    { text: 'Maybe switch to another network.', errors: [{ text: 'Maybe switch to another network', fix: 'I suggest <specific step>' }] },
    {
      lang: 'es',
      text: 'Si no carga, intenta borrar el historial o lo que sea.',
      errors: [{ text: 'intenta borrar el historial o lo que sea', output: 'Si no carga, le sugiero <paso concreto>.' }],
    },
    { lang: 'es', name: 'Spanish without accents', text: 'Pruebe a reiniciarlo, quien sabe.', errors: [{ text: 'Pruebe a reiniciarlo, quien sabe' }] },
    { lang: 'es', text: 'Tal vez use otro cargador.', errors: [{ text: 'Tal vez use otro cargador' }] },
    {
      lang: 'ro',
      text: 'Dacă nu se deschide, încearcă să ștergi memoria cache sau ceva de genul.',
      errors: [{ text: 'încearcă să ștergi memoria cache sau ceva de genul', fix: 'vă sugerez <pasul concret>' }],
    },
    { lang: 'ro', name: 'Romanian with cedilla letters', text: 'Poate încercaţi cu altă reţea, cine ştie.', errors: [{ text: 'Poate încercaţi cu altă reţea, cine ştie' }] },
    { lang: 'ro', name: 'Romanian without diacritics', text: 'Poate folositi alt cablu.', errors: [{ text: 'Poate folositi alt cablu' }] },
    // Intensified "no idea"; the question word stays in the rewrite.
    {
      text: "I haven't the slightest idea where the parcel is.",
      errors: [{ text: "I haven't the slightest idea", fix: "I'm checking", output: "I'm checking where the parcel is." }],
    },
    { text: 'No clue, to be honest.', errors: [{ text: 'No clue', message: 'without an answer' }] },
    { text: 'Goodness knows why the tracker stopped.', errors: [{ text: 'Goodness knows why', output: "I'm finding out why the tracker stopped." }] },
    { text: 'No idea what went wrong.', errors: [{ text: 'No idea what', output: "I'm checking what went wrong." }] },
    { text: "It's anybody's guess when the stock arrives.", errors: [{ text: "It's anybody's guess" }] },
    { text: "There's no way of knowing when the courier comes.", errors: [{ text: "There's no way of knowing when" }] },
    { lang: 'es', text: 'No tenemos ni la más ligera idea de dónde está.', errors: [{ text: 'No tenemos ni la más ligera idea', fix: 'Lo estoy comprobando' }] },
    { lang: 'es', text: 'Ignoramos la causa del corte.', errors: [{ text: 'Ignoramos la causa', output: 'Estoy averiguando la causa del corte.' }] },
    { lang: 'es', text: 'Sabe Dios cuándo llegará el repuesto.', errors: [{ text: 'Sabe Dios cuándo', output: 'Estoy averiguando cuándo llegará el repuesto.' }] },
    { lang: 'es', text: '¿Quién sabe?', errors: [{ text: 'Quién sabe' }] },
    { lang: 'ro', text: 'N-avem habar de ce se blochează.', errors: [{ text: 'N-avem habar', fix: 'Verific' }] },
    { lang: 'ro', name: 'Romanian without diacritics', text: 'Nu am nici cea mai mica idee unde e coletul.', errors: [{ text: 'Nu am nici cea mai mica idee', output: 'Verific unde e coletul.' }] },
    { lang: 'ro', text: 'Nu-mi dau seama de ce apare mesajul.', errors: [{ text: 'Nu-mi dau seama de ce', output: 'Verific de ce apare mesajul.' }] },
    // Ownership handed back to the customer or to a third party.
    { text: "That's a you issue, not ours.", errors: [{ text: "That's a you issue, not ours", message: 'deflects' }] },
    { text: 'That is all your own headache.', errors: [{ text: 'That is all your own headache' }] },
    {
      text: "Honestly, that's something to settle between you and your landlord.",
      errors: [{ text: 'something to settle between you and your landlord', output: "Honestly, that's something I'll raise with <provider> myself by <time>." }],
    },
    { text: "The slowdown is on your broadband provider's side.", errors: [{ text: "is on your broadband provider's side" }] },
    { text: "That's one for your card issuer to explain.", errors: [{ text: "That's one for your card issuer to explain" }] },
    {
      lang: 'es',
      text: 'El corte viene de la centralita, así que es cosa tuya, no nuestra.',
      errors: [{ text: 'es cosa tuya, no nuestra', fix: 'es algo en lo que le vamos a ayudar' }],
    },
    { lang: 'es', text: 'Ese cargo es asunto de ustedes.', errors: [{ text: 'es asunto de ustedes' }] },
    { lang: 'es', text: 'Eso ya es un tema entre usted y su compañía telefónica.', errors: [{ text: 'un tema entre usted y su compañía telefónica', output: 'Eso ya es algo que reclamaré yo mismo a <proveedor> antes de las <hora>.' }] },
    { lang: 'es', text: 'Lo cual corre de su cuenta.', errors: [{ text: 'Lo cual corre de su cuenta' }] },
    { lang: 'es', text: 'Tendrás que aclararlo directamente con tu banco.', errors: [{ text: 'Tendrás que aclararlo directamente con', fix: 'Contacte con' }] },
    { lang: 'ro', text: 'Cablarea din apartament e grija voastră, nu a noastră.', errors: [{ text: 'e grija voastră, nu a noastră', fix: 'e ceva la care vă ajutăm' }] },
    { lang: 'ro', name: 'Romanian without diacritics', text: 'Asta ramane treaba dumneavoastra.', errors: [{ text: 'Asta ramane treaba dumneavoastra' }] },
    { lang: 'ro', text: 'E o chestiune între tine și operatorul tău.', errors: [{ text: 'o chestiune între tine și operatorul tău', output: 'E ceva ce urmăresc eu cu <furnizorul> până la ora <ora>.' }] },
    { lang: 'ro', text: 'Întârzierea e pe partea curierului.', errors: [{ text: 'e pe partea curierului' }] },
    { text: "That's really between yourself and the airline.", errors: [{ text: 'between yourself and the airline' }] },
    { text: 'This is down to your ISP to fix.', errors: [{ text: 'is down to your ISP to fix', output: "This is something I'll raise with <provider> myself by <time>." }] },
    { lang: 'es', text: 'Eso lo tiene que arreglar con su banco.', errors: [{ text: 'lo tiene que arreglar con', output: 'Eso lo gestionamos nosotros con su banco.' }] },
    { lang: 'ro', text: 'Defecțiunea e a furnizorului, nu a noastră.', errors: [{ text: 'Defecțiunea e a furnizorului, nu a noastră' }] },
    // Vague futures.
    {
      text: "We'll have to see when the warehouse restocks.",
      errors: [{ text: "We'll have to see when", message: 'gives no time', output: "We'll confirm by <date> when the warehouse restocks." }],
    },
    { text: 'Time will tell.', errors: [{ text: 'Time will tell', fix: "We'll know by <date>" }] },
    { text: 'The fix will land at some future stage.', errors: [{ text: 'at some future stage' }] },
    { text: "We'll look at it whenever we find the time.", errors: [{ text: 'whenever we find the time' }] },
    {
      lang: 'es',
      text: 'Habrá que ver cuándo llega la pieza.',
      errors: [{ text: 'Habrá que ver cuándo', output: 'Le confirmaremos antes del <fecha> cuándo llega la pieza.' }],
    },
    { lang: 'es', text: 'Ya se verá.', errors: [{ text: 'Ya se verá' }] },
    { lang: 'es', text: 'Lo arreglaremos un día de estos.', errors: [{ text: 'un día de estos', fix: 'antes del <fecha>' }] },
    { lang: 'es', text: 'Lo miraremos cuando tengamos ocasión.', errors: [{ text: 'cuando tengamos ocasión' }] },
    { lang: 'ro', text: 'Vedem noi când ajungem la cererea dumneavoastră.', errors: [{ text: 'Vedem noi când', output: 'Vă confirmăm până pe <data> când ajungem la cererea dumneavoastră.' }] },
    { lang: 'ro', text: 'O să reparăm cândva.', errors: [{ text: 'cândva', fix: 'până pe <data>' }] },
    { lang: 'ro', text: 'O să ne uităm una din zilele astea.', errors: [{ text: 'una din zilele astea' }] },
    { lang: 'ro', name: 'Romanian without diacritics', text: 'Il reparam cand apucam.', errors: [{ text: 'cand apucam' }] },
  ],
});

describe('no-evasive data', () => {
  it('every phrase is well formed (no nested groups, no regex syntax)', () => {
    for (const lang of ['en', 'es', 'ro'] as const) {
      for (const entries of Object.values(rule.data[lang].phrases)) {
        for (const entry of entries) {
          for (const phrase of [...entry.phrases, ...(entry.notAfter ?? []), ...(entry.notBefore ?? [])]) {
            // The phrase syntax has no nested groups: "(a (b|c))" would silently match nonsense.
            let depth = 0;
            for (const ch of phrase) {
              depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
              expect(depth, phrase).toBeLessThanOrEqual(1);
              expect(depth, phrase).toBeGreaterThanOrEqual(0);
            }
            expect(depth, phrase).toBe(0);
            for (const words of expandPhrase(phrase)) expect(words.join(' '), phrase).not.toMatch(/[()|?]/);
          }
        }
      }
    }
  });
});
