import { describe, expect, it } from 'vitest';
import rule from '../../rules/no-negative-framing/index.ts';
import { expandPhrase } from '../../src/matcher.ts';
import type { Rule } from '../../src/rule.ts';
import { runRuleTests } from '../rule-tester.ts';

const EN = ' What we can do is …';
const ES = ' Lo que sí podemos hacer es …';
const RO = ' Ce putem face este …';

runRuleTests(rule as Rule, {
  valid: [
    // English: an alternative in the same sentence or the next one.
    "We can't send cartridges from the starter pack separately, but we can ship a replacement XL cartridge free of charge.",
    'Annual plans are not refundable once the new term has started. What we can do is refund the unused months as account credit.',
    'The seats cannot be changed to the north stand, as that section is sold out. What I can offer instead is an upgrade to row F.',
    "We aren't able to extend a freeze beyond six months, but if you need more time after October, we can switch you to a flexible plan.",
    "It isn't possible to update the bulbs without the app, but if you'd rather not do this yourself, we can send a replacement pack.",
    "We can't copy your files during a warranty repair, but our data recovery partner can.",
    "We're unable to refund the booking. However, we can move it to any date in the next 12 months.",
    "We can't refund the ticket. Instead, I've added a £20 voucher to your account.",
    "Unfortunately it's not possible to change the seat. You can swap it for a later show at no cost, though.",
    "We don't offer phone support, but we're happy to help you right here.",
    'Refunds are not possible after 30 days. Alternatively, we could exchange the item for another size.',
    "We can't refund it. Could you send us a photo of the label so we can arrange a replacement?",
    "That won't be possible, I'm afraid; the good news is that your ticket stays valid for the new date.",
    // Conditions and questions refuse nothing.
    "If we can't reach you on the day, the courier leaves a card.",
    "If it isn't possible to collect the parcel, just reply and we'll rebook it.",
    "If this is a driver bug, or we can't link it to an error in our code, the report may be closed as a driver error.",
    'Unless we are unable to verify the address, the parcel ships today.',
    'Is it not possible to use another card for the payment?',
    // Devices, perception and idioms: not a refusal of a service.
    'The message means the printer cannot detect the black cartridge.',
    'The code means the laptop cannot find the SSD during start-up.',
    "We can't wait to see you at the concert!",
    "We can't thank you enough for your patience.",
    "We can't give away all our secrets yet.",
    "I can't see any second charge on your account, and the first one is a pre-authorisation.",
    "It's not possible for anyone else to see your password.",
    "We don't allow anyone else to log in to your account.",
    'Your booking cannot be cancelled without your consent.',
    "We won't ask you for your password by e-mail.",
    {
      name: 'a reply split into parts: the alternative may come in the next part',
      text: 'Since the band is outside its one-year warranty, we are unable to offer an exchange. (1/2)',
    },
    "If you can't find the e-mail, please check the spam folder.",
    "You can't miss the entrance: it's next to the ticket office.",
    // Hand-offs and "nothing we can do" belong to no-evasive.
    "There's nothing we can do about it.",
    "I can't help you with that.",
    // Quoted history is never linted.
    { name: 'refusal in a blockquote', text: "Hi Ana,\n\n> You can't refund it? Not allowed?\n\nI've refunded it today.\n\nBest,\nLeo" },
    // Spanish.
    {
      lang: 'es',
      text: 'No podemos enviar piezas sueltas para que las cambie usted mismo, pero el técnico se llevará la unidad antigua.',
    },
    { lang: 'es', text: 'No es posible cambiar la dirección con el paquete en reparto, pero sí podemos dejarlo en un punto de recogida.' },
    { lang: 'es', text: 'Los planes anuales no se pueden reembolsar. Lo que sí podemos hacer es devolverle los meses como saldo.' },
    { lang: 'es', text: 'No podemos volver a enviar el postre esta noche. Si quieres, mañana te lo llevamos sin coste.' },
    { lang: 'es', text: 'Ya no ofrecemos soporte a esa aplicación. Le aconsejo descargar la nueva versión.' },
    { lang: 'es', text: 'No podemos cambiar la fecha, sin embargo podemos ofrecerle un bono por el mismo importe.' },
    { lang: 'es', name: 'Spanish without accents', text: 'No es posible reembolsar la entrada, pero puede cederla a otra persona desde la app.' },
    { lang: 'es', text: 'Si no es posible entregarlo, le llamaremos para acordar otro día.' },
    { lang: 'es', text: 'No se preocupe, no se le cobrará nada más.' },
    { lang: 'es', text: 'No es posible que otra persona vea su contraseña.' },
    { lang: 'es', text: 'No podemos hacer nada más.' },
    { lang: 'es', text: '¿No es posible pagar con otra tarjeta?' },
    { lang: 'es', text: 'Sí, no es posible hacerlo online, pero podemos hacerlo por teléfono.' },
    { lang: 'es', text: 'Si no puede cambiar la contraseña, llámenos.' },
    { lang: 'es', text: 'No podemos reembolsar el envío. Le hemos añadido un cupón de 5 € a su cuenta.' },
    // Romanian.
    { lang: 'ro', text: 'Nu putem trimite separat cartușe din pachetul de start, dar vă putem trimite gratuit un cartuș negru XL.' },
    { lang: 'ro', text: 'Nu este posibil să schimbăm adresa cât timp coletul este în livrare, dar îl putem redirecționa către un easybox.' },
    { lang: 'ro', text: 'Abonamentele anuale nu pot fi rambursate. Ce putem face este să vă returnăm suma ca credit în cont.' },
    { lang: 'ro', text: 'Nu putem transfera abonamentul, însă ședințele rămase sunt valabile 6 luni.' },
    { lang: 'ro', name: 'Romanian without diacritics', text: 'Nu se poate schimba parola din aplicatie. O puteti schimba din site, in sectiunea Cont.' },
    { lang: 'ro', name: 'Romanian with cedilla letters', text: 'Nu putem anula comanda, însă vă putem oferi un voucher pentru următoarea şedinţă.' },
    { lang: 'ro', text: 'Dacă nu putem livra coletul, vă sunăm înainte.' },
    { lang: 'ro', text: 'Nu putem rambursa transportul. V-am adăugat un voucher de 20 de lei.' },
    { lang: 'ro', text: 'Nu vă pot spune de ce s-a întâmplat.' },
    { lang: 'ro', text: 'Nu putem face nimic în acest caz.' },
    { lang: 'ro', text: 'Nu pot să cred cât de repede a mers!' },
    { lang: 'ro', text: 'Din motive de securitate nu trimitem chei complete pe e-mail, dar le puteți copia oricând din portal.' },
    // Impersonal refusals with a way forward, and look-alikes that refuse nothing.
    'A second refund is out of the question, but we can send a replacement kit today.',
    "Extending the trial isn't something we're able to do. What we can offer is 20% off the first month.",
    'Changing the holder is beyond our remit; however, you can transfer the plan yourself in Settings.',
    "There's no way to know when the courier arrives.",
    'The delay came from storms beyond our control, and your parcel is out for delivery today.',
    { lang: 'es', text: 'El reembolso no está en nuestra mano, pero sí podemos ofrecerle un bono de 20 €.' },
    { lang: 'es', text: 'Tampoco nos está permitido ampliar el plazo. Como alternativa, puede pasarse a la tarifa mensual.' },
    { lang: 'es', text: 'Queda descartado que haya un fraude en su cuenta.' },
    { lang: 'es', text: 'En ningún caso se pueden ver sus datos desde fuera.' },
    { lang: 'es', text: 'No hay forma de saber cuándo llegará la pieza.' },
    { lang: 'ro', text: 'Mutarea în alt apartament nu intră în discuție, dar vă putem oferi micul dejun gratuit.' },
    { lang: 'ro', name: 'Romanian without diacritics', text: 'Refacerea facturii nu mai e posibila. In schimb, diferenta se scade din factura urmatoare.' },
    { lang: 'ro', text: 'Este exclus ca altcineva să vă vadă parola.' },
    { lang: 'ro', text: 'Nu avem cum să știm unde e coletul acum.' },
    { lang: 'ro', text: 'Nu mai putem oferi reducerea, dar vă mai putem oferi un voucher.' },
  ],
  invalid: [
    {
      text: 'Hi Helen,\n\nThe order was placed 47 days ago, and we are unable to refund orders after the 30-day window.\n\nBest,\nLeo',
      errors: [
        {
          text: 'we are unable to',
          line: 3,
          fix: EN,
          safe: false,
          output: `Hi Helen,\n\nThe order was placed 47 days ago, and we are unable to refund orders after the 30-day window.${EN}\n\nBest,\nLeo`,
          message: 'cannot be done',
        },
      ],
    },
    {
      name: 'the next sentence is a warning, not an alternative',
      text: "We can't make the sensor work with this hub.\n\nDO NOT try to pair it again from the app.",
      errors: [{ text: "We can't", line: 1, output: `We can't make the sensor work with this hub.${EN}\n\nDO NOT try to pair it again from the app.` }],
    },
    {
      name: 'a link to read is not an alternative',
      text: 'We cannot unblock a key once it has been blocked. You can view your order history in your account.',
      errors: [{ text: 'We cannot' }],
    },
    {
      name: 'announcing the return is not an alternative',
      text: "It’s not possible to repair the motherboard under your plan. The laptop will be returned to you within three days.",
      errors: [{ text: 'It’s not possible', fix: EN }],
    },
    { text: 'Ticket transfers between accounts are not allowed for this event.', errors: [{ text: 'are not allowed' }] },
    { text: "That's not allowed, sorry.", errors: [{ text: "That's not allowed" }] },
    { text: 'Tickets for this show are non-refundable.', errors: [{ text: 'are non-refundable' }] },
    { text: "That won't be possible, I'm afraid.", errors: [{ text: "That won't be possible" }] },
    { text: "Unfortunately we're not in a position to waive the fee.", errors: [{ text: "we're not in a position to" }] },
    { text: "We don't accept returns on sale items.", errors: [{ text: "We don't accept" }] },
    { name: 'contraction typed without an apostrophe', text: 'We dont offer refunds on digital items.', errors: [{ text: 'We dont offer' }] },
    { text: 'Our policy does not allow refunds after 14 days.', errors: [{ text: 'policy does not allow' }] },
    { text: "I'm unable to change the name on the ticket.", errors: [{ text: "I'm unable to" }] },
    { text: 'The late fee cannot be waived.', errors: [{ text: 'cannot be waived' }] },
    { text: "There's no way to recover a deleted account.", errors: [{ text: "There's no way to" }] },
    { text: 'We no longer stock that model.', errors: [{ text: 'We no longer stock' }] },
    { text: 'Your claim has been rejected.', errors: [{ text: 'claim has been rejected' }] },
    { text: 'We must decline your request for compensation.', errors: [{ text: 'We must decline' }] },
    { text: "We won't refund the delivery fee.", errors: [{ text: "We won't refund" }] },
    { text: 'We can not refund the deposit.', errors: [{ text: 'We can not' }] },
    {
      name: 'a refusal in the main clause after a condition',
      text: "If you cancel now, we can't refund the remaining days.",
      errors: [{ text: "we can't" }],
    },
    {
      name: 'a status update is not an alternative',
      text: "We can't refund it. We'll keep you updated.",
      errors: [{ text: "We can't" }],
    },
    {
      name: 'a generic closing offer is not an alternative',
      text: "We can't refund it. If you have any other questions, we're happy to help.",
      errors: [{ text: "We can't" }],
    },
    {
      name: 'passing feedback on is not an alternative',
      text: "We can't add that feature. We'll pass your feedback on to the product team.",
      errors: [{ text: "We can't" }],
    },
    { name: 'what the customer cannot do', text: "You can't cancel a non-refundable fare.", errors: [{ text: "You can't cancel" }] },
    {
      name: 'one report per sentence',
      text: 'Sorry, but cancellation is not allowed once the booking is confirmed, as payments are non-refundable.',
      errors: [{ text: 'is not allowed' }],
    },
    // Spanish.
    {
      lang: 'es',
      text: 'Hola:\n\nEl pedido se entregó hace 52 días y no podemos aceptar devoluciones fuera del plazo de 30 días.\n\nSaludos',
      errors: [
        {
          text: 'no podemos',
          line: 3,
          fix: ES,
          message: 'solo dice lo que no se puede hacer',
          output: `Hola:\n\nEl pedido se entregó hace 52 días y no podemos aceptar devoluciones fuera del plazo de 30 días.${ES}\n\nSaludos`,
        },
      ],
    },
    { lang: 'es', text: 'No está permitido cambiar el nombre del titular de las entradas.', errors: [{ text: 'No está permitido' }] },
    {
      lang: 'es',
      text: 'No es posible reparar la placa dentro de su plan actual. Le devolveremos el portátil en tres días.',
      errors: [{ text: 'No es posible' }],
    },
    { lang: 'es', text: 'Lamentablemente no le podemos reembolsar el importe.', errors: [{ text: 'no le podemos' }] },
    { lang: 'es', text: 'Las entradas no son reembolsables.', errors: [{ text: 'no son reembolsables' }] },
    { lang: 'es', text: 'No se pueden hacer cambios en la reserva.', errors: [{ text: 'No se pueden' }] },
    { lang: 'es', text: 'No aceptamos pagos en efectivo.', errors: [{ text: 'No aceptamos' }] },
    { lang: 'es', text: 'Nos es imposible modificar la dirección de entrega.', errors: [{ text: 'Nos es imposible' }] },
    { lang: 'es', name: 'Spanish without accents', text: 'No esta permitido fumar en el local.', errors: [{ text: 'No esta permitido' }] },
    { lang: 'es', text: 'Su solicitud ha sido rechazada.', errors: [{ text: 'solicitud ha sido rechazada' }] },
    {
      lang: 'es',
      name: 'a page to read is not an alternative',
      text: 'Lamentablemente no es posible ampliar la garantía. Le recordamos que puede consultar las condiciones en nuestra web.',
      errors: [{ text: 'no es posible' }],
    },
    { lang: 'es', text: 'La promoción no puede ser aplicada a pedidos anteriores.', errors: [{ text: 'no puede ser aplicada' }] },
    { lang: 'es', text: 'No puede cancelar la reserva una vez emitido el billete.', errors: [{ text: 'No puede cancelar' }] },
    { lang: 'es', text: 'No realizamos envíos a apartados de correos.', errors: [{ text: 'No realizamos envíos' }] },
    // Romanian.
    {
      lang: 'ro',
      text: 'Bună ziua,\n\nComanda a fost livrată acum 45 de zile și nu putem accepta retururi după 30 de zile.\n\nCu stimă',
      errors: [
        {
          text: 'nu putem',
          line: 3,
          fix: RO,
          message: 'spune doar ce nu se poate face',
          output: `Bună ziua,\n\nComanda a fost livrată acum 45 de zile și nu putem accepta retururi după 30 de zile.${RO}\n\nCu stimă`,
        },
      ],
    },
    { lang: 'ro', text: 'Nu avem voie să transferăm biletele pe numele altei persoane.', errors: [{ text: 'Nu avem voie' }] },
    {
      lang: 'ro',
      text: 'Nu este posibil să reparăm placa de bază. Laptopul vă va fi returnat prin curier.',
      errors: [{ text: 'Nu este posibil' }],
    },
    { lang: 'ro', name: 'Romanian without diacritics', text: 'Nu este posibil sa reparam placa de baza.', errors: [{ text: 'Nu este posibil' }] },
    { lang: 'ro', name: 'Romanian with cedilla letters', text: 'Din păcate, nu ne este posibil să mutăm şedinţa.', errors: [{ text: 'nu ne este posibil' }] },
    { lang: 'ro', text: 'Nu vă putem rambursa suma; ne pare rău.', errors: [{ text: 'Nu vă putem' }] },
    { lang: 'ro', text: 'Nu-l putem repara în garanție.', errors: [{ text: 'Nu-l putem' }] },
    { lang: 'ro', text: 'Biletele sunt nerambursabile.', errors: [{ text: 'nerambursabile' }] },
    { lang: 'ro', text: 'Abonamentul nu poate fi transferat.', errors: [{ text: 'nu poate fi transferat' }] },
    { lang: 'ro', text: 'Nu se poate schimba data rezervării.', errors: [{ text: 'Nu se poate' }] },
    { lang: 'ro', text: 'Nu acceptăm plata în numerar.', errors: [{ text: 'Nu acceptăm' }] },
    { lang: 'ro', text: 'Nu există posibilitatea de a recupera mesajele șterse.', errors: [{ text: 'Nu există posibilitatea de' }] },
    { lang: 'ro', text: 'Nu puteți anula rezervarea după emiterea biletului.', errors: [{ text: 'Nu puteți anula' }] },
    { lang: 'ro', text: 'Nu mai livrăm în această zonă.', errors: [{ text: 'Nu mai livrăm' }] },
    {
      lang: 'ro',
      name: 'a page to read is not an alternative',
      text: 'Nu putem prelungi garanția. Puteți consulta condițiile pe site.',
      errors: [{ text: 'Nu putem' }],
    },
    // Impersonal and passive refusals: nobody says "we".
    {
      text: 'A second refund would be out of the question, as the policy allows one per order.',
      errors: [{ text: 'would be out of the question', fix: EN, output: `A second refund would be out of the question, as the policy allows one per order.${EN}` }],
    },
    { text: "Refunding the setup fee isn't something I'm able to do.", errors: [{ text: "isn't something I'm able to" }] },
    { text: 'Your booking is not eligible for the loyalty upgrade.', errors: [{ text: 'is not eligible for' }] },
    { text: "There isn't any option to pause a subscription.", errors: [{ text: "There isn't any option to" }] },
    { text: 'Changing the account holder falls outside our remit.', errors: [{ text: 'falls outside our remit' }] },
    { text: 'Gift cards are unable to be refunded.', errors: [{ text: 'are unable to be refunded' }] },
    { text: 'Custom engraving is no longer feasible for this model.', errors: [{ text: 'is no longer feasible' }] },
    { text: "We won't be permitted to move the seat.", errors: [{ text: "We won't be permitted to" }] },
    { text: "A partial refund is off the table, I'm afraid.", errors: [{ text: 'is off the table' }] },
    { text: 'Early check-in cannot be accommodated on that date.', errors: [{ text: 'cannot be accommodated' }] },
    { lang: 'es', text: 'Esa petición no es admisible.', errors: [{ text: 'no es admisible' }] },
    { lang: 'ro', text: 'Din păcate, nu avem această posibilitate.', errors: [{ text: 'nu avem această posibilitate' }] },
    {
      lang: 'es',
      text: 'Anular la multa no está en nuestras manos. Las sanciones las emite el ayuntamiento.',
      errors: [{ text: 'no está en nuestras manos', fix: ES }],
    },
    { lang: 'es', text: 'Tampoco nos es posible cambiar la franja horaria.', errors: [{ text: 'Tampoco nos es posible' }] },
    { lang: 'es', name: 'Spanish without accents', text: 'Tampoco esta permitido llevar mascotas.', errors: [{ text: 'Tampoco esta permitido' }] },
    { lang: 'es', text: 'Ni podemos adelantar la entrega.', errors: [{ text: 'Ni podemos' }] },
    { lang: 'es', text: 'La ampliación de garantía está fuera de nuestro alcance.', errors: [{ text: 'está fuera de nuestro alcance' }] },
    { lang: 'es', text: 'No cabe la opción de fraccionar el pago.', errors: [{ text: 'No cabe la opción de' }] },
    { lang: 'es', text: 'El cambio de titular queda totalmente descartado.', errors: [{ text: 'queda totalmente descartado' }] },
    { lang: 'es', text: 'Bajo ningún concepto se aceptan devoluciones de ropa interior.', errors: [{ text: 'Bajo ningún concepto se aceptan' }] },
    { lang: 'es', text: 'Su reclamación no procede.', errors: [{ text: 'no procede' }] },
    { lang: 'es', text: 'No se tramitan reembolsos de tarifas promocionales.', errors: [{ text: 'No se tramitan reembolsos' }] },
    {
      lang: 'ro',
      text: 'Schimbarea camerei nu intră în discuție. Hotelul este plin.',
      errors: [{ text: 'nu intră în discuție', fix: RO, output: `Schimbarea camerei nu intră în discuție.${RO} Hotelul este plin.` }],
    },
    { lang: 'ro', text: 'Rambursarea taxei nu ne mai este posibilă.', errors: [{ text: 'nu ne mai este posibilă' }] },
    { lang: 'ro', name: 'Romanian without diacritics', text: 'Prelungirea nu ne este permisa.', errors: [{ text: 'nu ne este permisa' }] },
    { lang: 'ro', name: 'Romanian with cedilla letters', text: 'Anularea nu mai e posibilă după îmbarcare, îmi pare rău.', errors: [{ text: 'nu mai e posibilă' }] },
    { lang: 'ro', text: 'Comenzile expediate nu mai pot fi anulate de noi.', errors: [{ text: 'nu mai pot fi anulate' }] },
    { lang: 'ro', text: 'Nu vă mai putem acorda reducerea.', errors: [{ text: 'Nu vă mai putem' }] },
    { lang: 'ro', text: 'Nu se mai poate modifica rezervarea.', errors: [{ text: 'Nu se mai poate' }] },
    { lang: 'ro', text: 'Anularea biletului este exclusă.', errors: [{ text: 'este exclusă' }] },
    { lang: 'ro', text: 'Prelungirea depășește atribuțiile noastre.', errors: [{ text: 'depășește atribuțiile noastre' }] },
    { lang: 'ro', text: 'Nici nu poate fi vorba de o rambursare.', errors: [{ text: 'Nici nu poate fi vorba' }] },
  ],
});

describe('no-negative-framing data', () => {
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
