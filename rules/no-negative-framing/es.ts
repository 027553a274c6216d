import type { NoNegativeFramingData } from './index.ts';

// After "no podemos" / "no se puede": verbs of perception and idioms, not a refused service.
// "hacer nada" and "ayudarle con eso" belong to no-evasive.
const NOT_A_REFUSAL = [
  'esperar', 'ver', 'encontrar', 'localizar', 'imaginar*', 'creer', 'agradecer*', 'confirmar*', 'acceder',
  'verificar', 'saber', 'identificar', 'detectar', 'reproducir', 'abrir', 'cargar', 'leer', 'negar*',
  'contactar*', 'comunicarnos', 'ponernos en contacto', 'localizarle', 'localizarlo', 'localizarla',
  'estar mas', 'dejar de', 'hacer (nada|mucho|mas)', 'ayudar* (con|en) (eso|esto|ello)',
  '(decir|decirle|decirte|decirles|explicar|explicarle|explicarte|asegurar|asegurarle|confirmar|confirmarle) (por que|que|cuando|como|si|cual|donde|cuanto|exactamente|con certeza|con seguridad)',
];

const CLITIC = '(le|lo|la|les|los|las|te|se lo|se la|se los|se las|)';

export const es: NoNegativeFramingData = {
  phrases: {
    refusal: [
      {
        phrases: [`no ${CLITIC} (podemos|puedo|podremos|podre|podriamos|podria)`, 'no se (puede|pueden|podra|podran)'],
        notAfter: NOT_A_REFUSAL,
      },
      {
        phrases: [
          'no (es|sera|seria|resulta) posible',
          'no (nos|me) (es|sera|seria|resulta) posible',
          '(nos|me) (es|sera|seria|resulta) imposible',
          '(es|sera|resulta) imposible',
        ],
        // "No es posible que otra persona vea su contraseña" reassures; it refuses nothing.
        notAfter: ['que', 'para (nadie|terceros|otra persona|otras personas|otros)'],
      },
      {
        phrases: [`(tampoco|ni) ${CLITIC} (podemos|puedo|podremos|podre|podriamos|podria)`, '(tampoco|ni) se (puede|pueden|podra|podran)'],
        notAfter: NOT_A_REFUSAL,
      },
      {
        phrases: ['no hay (forma|manera|modo|posibilidad) de'],
        // "No hay forma de saber cuándo ..." is not knowing (no-evasive), not a refusal.
        notAfter: ['(saber*|predecir|adivinar|averiguar)'],
      },
      {
        // Impersonal refusals: nobody says "we", yet the answer is no.
        phrases: [
          '(no|tampoco|ni) (nos|me|les|) (esta|estan|estara|estaran|estaria|es|sera|seria|resulta) (permitid*|autorizad*|posible|factible|viable)',
          'no (esta|estan|queda|quedan) en (nuestra|nuestras|mi|mis) (mano|manos)',
          '(esta|estan|queda|quedan|escapa|escapan|se escapa|se escapan|cae|caen) fuera de (nuestro|mi) alcance',
          'no (esta|estan|queda|quedan) (a|al) (nuestro|mi) alcance',
          'no (esta|estan|entra|entran) dentro de (nuestras|mis) (posibilidades|competencias|funciones|atribuciones)',
          '(excede|exceden|supera|superan) (nuestras|mis) (posibilidades|competencias|atribuciones)',
          'no cabe (la |ninguna |)(posibilidad|opcion) de',
          'no cabe (devolucion|reembolso|cambio|reclamacion|recurso|excepcion|anulacion)',
          'no (existe|hay) (ninguna |la |)(posibilidad|opcion|manera|forma|modo|via) de',
          '(queda|quedan|esta|estan) (totalmente |completamente |)descartad*',
          'no procede',
          '(es|resulta|seria|sera) (inviable|impracticable)',
          'no (es|son|sera|seria|resulta) (aceptable|aceptables|admisible|admisibles|procedente|asumible)',
          'no se (contempla|contemplan|tramita|tramitan|reembolsa|reembolsan|devuelve|devuelven|hacen|realizan|ofrecen|aceptan) (devoluciones|reembolsos|cambios|excepciones|envios|anulaciones|el reembolso|la devolucion|el cambio|la anulacion|reembolso|devolucion)',
        ],
        // "Queda descartado que haya un fraude" and "no es posible que otra persona ..." reassure.
        notAfter: ['que', 'para (nadie|terceros|otra persona|otras personas|otros)', '(saber*|predecir|adivinar|averiguar)'],
      },
      {
        phrases: [
          '(en ningun caso|bajo ningun concepto|de ningun modo|de ninguna manera|de ninguna forma|nunca) (se puede|se pueden|podemos|puedo|se admite|se admiten|se permite|se permiten|se acepta|se aceptan|es posible|aceptamos|admitimos|reembolsamos|devolvemos)',
        ],
        // "En ningún caso se pueden ver sus datos" reassures about privacy.
        notAfter: NOT_A_REFUSAL,
      },
      {
        phrases: [
          'no (esta|estan|estara|estaran) permitid*',
          'no (esta|estan) (autorizad*|contemplad*)',
          'no se (permite|permiten|admite|admiten|acepta|aceptan|autoriza|autorizan)',
          'no (aceptamos|admitimos|ofrecemos|permitimos|emitimos|reembolsamos|tramitamos|vendemos|autorizamos|cubrimos|contemplamos)',
          'no (es|sera|seria|resulta) (viable|factible)',
          '(debemos|tenemos que|tengo que|debo) (rechazar|denegar|declinar)',
          '(solicitud|reclamacion|peticion) (ha sido|fue|queda|esta) (rechazada|denegada|desestimada)',
          'no (hacemos|realizamos) (devoluciones|reembolsos|cambios|excepciones|envios)',
          'no (es|son) (reembolsable|reembolsables|transferible|transferibles|canjeable|canjeables|intercambiable|intercambiables|devolvible|devolvibles)',
          'no reembolsable*',
          'no (puede|pueden|podra|podran) ser (reembolsad*|cambiad*|transferid*|modificad*|cancelad*|anulad*|devuelt*|reparad*|ampliad*|reactivad*|canjead*|sustituid*|desbloquead*|recuperad*|aplazad*|aplicad*|utilizad*|usad*|combinad*|acumulad*|enviad*|entregad*)',
          'no (puede|podra|puedes|podras|puede usted|podra usted) (devolver|cancelar|cambiar|transferir|solicitar|pedir|modificar|usar|utilizar|reservar|combinar|anular|canjear|ampliar|aplazar)',
          'no tenemos (la |)(forma|manera|modo|posibilidad|opcion) de',
          'no (estamos|estoy) (autorizad*|en condiciones de)',
          '(va|esta) en contra de (nuestra|nuestras|la|las) (politica|politicas|normas|condiciones)',
          '(nuestra|la) politica no (permite|admite|contempla)',
          'no (vamos|voy) a (reembolsar|aceptar|cambiar|devolver el dinero|devolverle el dinero|hacer una excepcion)',
        ],
      },
    ],
    alternative: [
      { phrases: ['lo que (si |)(podemos|puedo|podriamos|podria)'] },
      {
        phrases: ['(si |)(podemos|podriamos|puedo|podria|podremos|podre)'],
        notBefore: ['no', `no ${CLITIC}`, 'tampoco', `tampoco ${CLITIC}`, 'ni', `ni ${CLITIC}`, 'nunca', 'nos', 'nadie', 'ningun caso', 'ningun concepto', 'ningun modo', 'ninguna manera', 'ninguna forma'],
      },
      {
        phrases: ['(puede|puedes|pueden|podra|podras|podran|podria usted)'],
        notBefore: ['no', `no ${CLITIC}`, 'tampoco', `tampoco ${CLITIC}`, 'ni', 'no se', 'se'],
        // Pointing to a page to read is information, not a way forward ("puede consultar las condiciones").
        notAfter: ['(consultar|ver|leer|encontrar|revisar|contactarnos|escribirnos|llamarnos|responder|responde|consultarlo|verlo|leerlo)', 'contactar con nosotros', 'ponerse en contacto'],
      },
      {
        phrases: [
          '(le|te|les) (ofrecemos|ofrezco|propongo|proponemos|sugerimos|sugiero|recomendamos|recomiendo|aconsejamos|aconsejo)',
          '(ofrecemos|proponemos|sugerimos|recomendamos|aconsejamos|sugiero|recomiendo|aconsejo)',
          '(le|te|les|) (hemos|he) (anadido|reservado|aplicado|abonado|emitido|ampliado|solicitado|tramitado|ofrecido|preparado|activado)',
          'encantad* de',
          'con (mucho |)gusto',
          'si (lo |)(prefiere|prefieres|desea|deseas|quiere|quieres)',
          'si (le|te) (interesa|parece|viene bien)',
          'en su lugar',
          'en cambio',
          'como alternativa',
          'alternativa*',
          '(otra|una|la|la mejor|la unica) opcion',
          '(las|otras|varias) opciones',
          'mientras tanto',
          'la buena noticia',
        ],
      },
      { phrases: ['(si |)(es|sera|seria) posible'], notBefore: ['no', 'nos', 'me', 'no nos', 'no me', 'tampoco', 'ni', 'ningun caso', 'ninguna manera'] },
    ],
    contrast: [{ phrases: ['pero', 'sin embargo', 'no obstante', 'aunque', 'eso si'] }],
    closing: [
      {
        phrases: [
          '(alguna|cualquier|otra|otras|mas) (duda|dudas|consulta|consultas|pregunta|preguntas|cuestion|cuestiones)',
          'cualquier (otra |)cosa',
          'no dude en',
          'quedamos a su disposicion',
          'estamos a su disposicion',
          'si necesita (algo|ayuda|cualquier)',
          'si necesitas (algo|ayuda|cualquier)',
        ],
      },
    ],
    conditional: [{ phrases: ['si', 'a menos que', 'salvo que', 'en caso de que', 'cuando', 'siempre que'] }],
  },
  coordinators: ['o', 'u', 'y', 'e', 'ni'],
  addAlternative: ' Lo que sí podemos hacer es …',
};
