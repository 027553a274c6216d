import type { NoOverpromiseData } from './index.ts';

// Actions the agent controls ("le prometo llamarle mañana"): a commitment, not an overpromise.
const OWN = '(llamarle|llamarte|llamarles|llamarlo|escribirle|escribirte|escribirles|responderle|responderte|contestarle|contestarte|revisarlo|revisarla|revisar|llamar|escribir|responder|contestar|avisarle|avisarte|mantenerle|mantenerte|informarle|informarte|comprobarlo|comprobar|seguir|estudiar|trasladar|consultar)';
// "garantizado por dos años", "garantizada contra defectos": the warranty sense, not a promise.
const WARRANTY = ['(por|durante) * (año|años|mes|meses)', '(por|durante) (un|una) (año|mes)', 'de por vida', 'contra', 'por (el|la|nuestra|su) (fabricante|ley|garantía|política|politica|normativa)', 'por ley'];
// "precio garantizado", "reembolso garantizado": a published policy, not a promise of this reply.
const PRICE = ['precio', 'mejor precio', 'reembolso', 'devolución', 'satisfacción', 'dinero'];
const PERCENT = '(100 %|100 por cien|100 por ciento|100 por 100|cien por cien|cien por ciento|ciento por ciento)';
// A problem coming back: "no volverá a pasar", "no volverá a aparecer", "no volverá a fallarle".
const RECUR = '(pasar|ocurrir|suceder|repetirse|producirse|pasarle|ocurrirle|sucederle|pasarte|ocurrirte|fallar|fallarle|fallarte|darse|estropearse|atascarse|cortarse|caerse|aparecer|aparecerle|aparecerte|reaparecer|salir|salirle|salirte|bloquearse|colgarse|congelarse|desconectarse|romperse|averiarse|retrasarse|perderse|desafinarse|descargarse|desconfigurarse|desajustarse|descalibrarse|rayarse|mancharse|oxidarse|encogerse|desteñirse|destenirse|despegarse|soltarse|torcerse|agrietarse|calentarse|sobrecalentarse|apagarse|reiniciarse|borrarse|gotear|saltar|sonar|pitar|pararse|detenerse|trabarse|quemarse|fundirse|caducar|desaparecer|estropearle|estropearte|romperle|romperte|colgarle|colgarte|bloquearle|bloquearte|ocurrir nada|pasar nada)';
// The same with the pronoun in front: "no se volverá a colgar", "no le volverá a fallar".
const RECUR_BARE = '(pasar|ocurrir|suceder|repetir|producir|fallar|dar|estropear|atascar|cortar|caer|aparecer|reaparecer|salir|bloquear|colgar|congelar|desconectar|romper|averiar|retrasar|perder|desafinar|descargar|desconfigurar|desajustar|descalibrar|rayar|manchar|oxidar|encoger|desteñir|destenir|despegar|soltar|torcer|agrietar|calentar|sobrecalentar|apagar|reiniciar|borrar|parar|detener|trabar|quemar|fundir)';
const WILL_AGAIN = '(volverá|volvera|va a volver|volverán|volveran|van a volver)';
// Meeting the problem again: "no volverá a ver este aviso". Not "recibir": "no volverá a recibir
// nuestros correos" is an action support controls.
const MEET = '(ver|tener|sufrir|notar|encontrar|encontrarse con|experimentar)';
const DET = '(este|ese|esta|esa|estos|esos|estas|esas|ningún|ningun|ninguna|ninguno|otro|otra|aquel|aquella)';
const TROUBLE = '(problema|problemas|corte|cortes|fallo|fallos|error|errores|incidencia|incidencias|retraso|retrasos|interrupción|interrupciones|bloqueo|bloqueos|aviso|avisos|mensaje|cargo duplicado)';

export const es: NoOverpromiseData = {
  phrases: {
    frame: [
      {
        phrases: [
          '(le|te|les|os) (prometo|prometemos|garantizo|garantizamos|aseguro|aseguramos|juro|juramos) que',
          '(le|te|les|os) (puedo|podemos) (prometer|garantizar|asegurar) que',
          '(puedo|podemos) (prometerle|prometerte|prometerles|garantizarle|garantizarte|garantizarles|asegurarle|asegurarte|asegurarles) que',
          '(prometo|prometemos|garantizo|garantizamos|juro) que',
          '(le|te|les) (doy|damos) (mi|nuestra) palabra de que', '(tiene|tienes|tienen) (mi|nuestra) palabra de que',
          '(estoy|estamos) (completamente|totalmente|absolutamente|plenamente) (seguro|segura|seguros|seguras) de que',
          `(estoy|estamos) ${PERCENT} (seguro|segura|seguros|seguras) de que`,
          `(le|te|les|os) (prometo|prometemos|garantizo|garantizamos|aseguro|aseguramos|juro|juramos) (al|) ${PERCENT} que`,
          `(le|te|les|os) (puedo|podemos) (prometer|garantizar|asegurar) (al|) ${PERCENT} que`,
          `(puedo|podemos) (prometerle|prometerte|prometerles|garantizarle|garantizarte|garantizarles|asegurarle|asegurarte|asegurarles) (al|) ${PERCENT} que`,
          `(prometo|prometemos|garantizo|garantizamos|juro) (al|) ${PERCENT} que`,
          `(le|te|les|se lo) (confirmo|confirmamos) (al|) ${PERCENT} que`, '(le|te|les) (confirmo|confirmamos) (con total seguridad|con toda seguridad|sin ninguna duda) que',
        ],
        replace: 'prevemos que',
        notAfter: [
          OWN,
          '(que|) (le|te|les|) (llamaré|llamare|escribiré|escribire|responderé|respondere|avisaré|avisare|mantendré|mantendre|informaré|informare|revisaré|revisare)',
          '(que|) (le|te|les|lo|la|) (llamaremos|escribiremos|responderemos|avisaremos|mantendremos|informaremos|revisaremos|estudiaremos|trasladaremos|haremos todo lo posible)',
          '(que|) (vamos|voy) a (revisar|estudiar|llamar|escribir|hacer todo lo posible)',
        ],
      },
      {
        phrases: [
          '(le|te) lo (prometo|garantizo|aseguro|juro)', '(se|os) lo (prometo|prometemos|garantizo|garantizamos|aseguro|aseguramos|juro|juramos)',
          '(le|te|les|os) (prometo|prometemos|garantizo|garantizamos)', '(tiene|tienes|tienen) (mi|nuestra) palabra',
          '(le|te|les) (doy|damos) (mi|nuestra) palabra', 'palabra de honor', '(está|esta|queda) prometido',
          `(le|te) lo (prometo|garantizo|aseguro|juro) (al|) ${PERCENT}`, `(se|os) lo (prometo|prometemos|garantizo|garantizamos|aseguro|aseguramos|juro|juramos) (al|) ${PERCENT}`,
          `(le|te|les|os) (prometo|prometemos|garantizo|garantizamos|aseguro|aseguramos) (al|) ${PERCENT}`,
        ],
        replace: 'prevemos',
        notAfter: [OWN, 'que'],
      },
    ],
    softFrame: [
      {
        phrases: [
          '(puede|puedes|pueden) estar (tranquilo|tranquila|tranquilos|tranquilas|seguro|segura|seguros|seguras) de que',
          '(esté|estés|estén) (tranquilo|tranquila|tranquilos|tranquilas|seguro|segura|seguros|seguras) de que',
          '(tenga|ten|tengan) la (seguridad|certeza|total seguridad|garantía) de que', '(créame|créeme|confíe en mí|confía en mí)',
          '(estoy|estamos) (seguro|segura|seguros|seguras) de que', 'no (le|te) quepa (ninguna|) duda de que', 'no (le|te) quepa duda',
          '(esté|estés|estén) (tranquilo|tranquila|tranquilos|tranquilas)', 'no se (preocupe|preocupen)', 'no te preocupes',
          '(pongo|pondría|pondria) la mano en el fuego (por ello|de que|)', 'puede contar con ello', 'cuente con ello',
        ],
        replace: 'prevemos que',
      },
    ],
    softClaim: [
      { phrases: ['sin (ninguna|) duda', 'sin duda alguna', 'sin lugar a dudas', 'con (toda|total|absoluta) (seguridad|certeza)'], replace: 'previsiblemente' },
    ],
    claim: [
      { phrases: ['garantizado', `garantizado (al|) ${PERCENT}`, `${PERCENT} garantizado`, '(totalmente|absolutamente|completamente) garantizado'], replace: 'previsto', notBefore: PRICE, notAfter: WARRANTY },
      { phrases: ['garantizada', `garantizada (al|) ${PERCENT}`, `${PERCENT} garantizada`, '(totalmente|absolutamente|completamente) garantizada'], replace: 'prevista', notBefore: PRICE, notAfter: WARRANTY },
      { phrases: ['garantizados', `garantizados (al|) ${PERCENT}`, `${PERCENT} garantizados`, '(totalmente|absolutamente|completamente) garantizados'], replace: 'previstos', notBefore: PRICE, notAfter: WARRANTY },
      { phrases: ['garantizadas', `garantizadas (al|) ${PERCENT}`, `${PERCENT} garantizadas`, '(totalmente|absolutamente|completamente) garantizadas'], replace: 'previstas', notBefore: PRICE, notAfter: WARRANTY },
      { phrases: ['(garantizamos|aseguramos)', '(podemos|puedo) garantizar', '(le|te|les|os) (garantizamos|garantizo)'], replace: 'prevemos', notAfter: [OWN, 'que'] },
      { phrases: [`${PERCENT} (seguro|segura|seguros|seguras)`], replace: 'bastante {-1}', notBefore: ['usted', 'tú', 'si', 'está', 'esta usted'] },
      { phrases: [`${PERCENT} (solucionado|solucionada|resuelto|resuelta|arreglado|arreglada|operativo|operativa|fiable|seguro)`], replace: '{-1}' },
      { phrases: [`(solucionado|solucionada|resuelto|resuelta|arreglado|arreglada|reparado|reparada) al ${PERCENT}`], replace: '{0}' },
      { phrases: ['(totalmente|completamente|definitivamente) (solucionado|solucionada|resuelto|resuelta) para siempre', '(solucionado|solucionada|resuelto|resuelta) para siempre'], replace: '{-3}' },
      { phrases: ['al (cien por cien|cien por ciento|ciento por ciento|100 por cien|100 por ciento)', 'sí o sí'], replace: '' },
      { phrases: ['(solucionado|solucionada|resuelto|resuelta|arreglado|arreglada) (definitivamente|de forma definitiva|para siempre)'], replace: '{0}' },
      { phrases: ['definitivamente (solucionado|solucionada|resuelto|resuelta|arreglado|arreglada)'], replace: '{-1}' },
    ],
    never: [
      {
        phrases: [
          `no (volverá|volvera|va a volver|volverán|volveran|van a volver) a ${RECUR}`,
          `(nunca|jamás) (más|) (volverá|volvera|va a volver|volverán|volveran) a ${RECUR}`,
        ],
        replace: 'no debería volver a {-1}',
      },
      {
        phrases: [
          `no (volverá|volvera|va a volver|volverán|volveran|van a volver) a ${RECUR} (nunca más|jamás|nunca|más)`,
        ],
        replace: 'no debería volver a {3}',
      },
      {
        phrases: [
          `no (volverá|volvera|va a volver|volverán|volveran|van a volver) a ${RECUR} nunca jamás`,
        ],
        replace: 'no debería volver a {3}',
      },
      {
        phrases: ['no se (repetirá|repetira|repetirán|volverá a repetir|volvera a repetir|volverá a producir|volverá a dar)', '(nunca|jamás) (más|) se (repetirá|repetira|volverá a repetir|volvera a repetir|volverá a producir)'],
        replace: 'no debería repetirse',
      },
      { phrases: ['no (le|te|les|os) (volverá|volvera|va a volver) a (pasar|ocurrir|suceder|fallar)'], replace: 'no {1} debería volver a {-1}' },
      {
        phrases: ['no (volverá|volvera|va a volver|volverán|volveran) a tener (este|ese|ningún|ningun|otro|más|mas) (problema|error|fallo|inconveniente|retraso|corte)'],
        replace: 'no debería volver a tener {-2} {-1}',
      },
      { phrases: ['no (volverá|volvera|va a volver|volverán|volveran) a tener el mismo (problema|error|fallo|inconveniente)'], replace: 'no debería volver a tener el mismo {-1}' },
      { phrases: [`no se ${WILL_AGAIN} a ${RECUR_BARE}`], replace: 'no debería volver a {-1}se' },
      { phrases: [`no (le|te|les|os) ${WILL_AGAIN} a ${RECUR_BARE}`], replace: 'no {1} debería volver a {-1}' },
      { phrases: [`no ${WILL_AGAIN} a ${MEET} ${DET} *`], replace: 'no debería volver a {-3~}' },
      { phrases: [`no ${WILL_AGAIN} a ${MEET} (el mismo|la misma|los mismos|las mismas) *`], replace: 'no debería volver a {-4~}' },
      { phrases: [`no (lo|la|los|las) ${WILL_AGAIN} a (ver|tener|sufrir|notar)`], replace: 'no debería volver a {-1}{1}' },
      // "el fallo no volverá nunca": the problem itself coming back.
      { phrases: [`no ${WILL_AGAIN} (nunca|jamás|nunca más|jamás)`], replace: 'no debería volver' },
      // "no tendrá más cortes": a future without the trouble, again.
      { phrases: [`no (tendrá|tendra|tendrás|tendras|tendrán|tendran|sufrirá|sufrira|sufrirán|verá|vera|verán) más ${TROUBLE}`], replace: 'no debería haber más {-1}' },
      { phrases: ['nunca más', 'nunca jamás', 'nunca nunca'], replace: '' },
    ],
    alone: [{ phrases: ['prometido', 'promesa', 'lo prometo'], replace: 'Le mantendré informado' }],
  },
  negators: ['no', 'ni', 'nunca', 'jamas', 'tampoco', 'nadie', 'sin', 'nada'],
  hedges: ['espero', 'esperamos', 'ojala', 'intentaremos', 'intentare', 'intentar', 'procuraremos', 'procurare', 'posible', 'prevemos', 'previsiblemente', 'deberia', 'confiamos', 'confio'],
  firstPerson: ['yo', 'nosotros'],
  controllable: ['llamar', 'escribir', 'responder', 'revisar', 'avisar', 'informar'],
  outcome: [
    'nunca', 'jamás', 'solucionado', 'solucionada', 'resuelto', 'resuelta', 'reembolsado',
    'reembolsada', 'arreglado', 'arreglada', 'funcionará', 'funcionarán', 'solucionará', 'solucionarán', 'resolverá',
    'resolverán', 'arreglará', 'llegará', 'llegarán', 'volverá', 'quedará', 'recibirá', 'recibirán', 'devolverá',
    'reembolsará', 'cobrará', 'reparará', 'restablecerá', 'normalidad', 'ingresará', 'abonará', 'va a funcionar',
    'va a llegar', 'va a quedar', 'se va a solucionar', 'se va a resolver', 'estará listo', 'estará lista', 'estará solucionado',
    'estará resuelto', 'funcionando',
    // Outcomes in other people's hands: "puede estar seguro de que el banco aprobará la hipoteca".
    'aprobará', 'aprobarán', 'aprobara', 'aceptará', 'aceptarán', 'concederá', 'concederán', 'saldrá', 'saldrán', 'entregará',
    'entregarán', 'enviará', 'enviarán', 'devolverán', 'resolverán', 'desaparecerá', 'desaparecerán', 'mejorará', 'mejorarán',
    'estará', 'estarán', 'tendrá', 'tendrán', 'podrá', 'podrán', 'irá', 'irán', 'aprobado', 'aprobada', 'aceptado', 'aceptada',
    'concedido', 'concedida', 'entregado', 'entregada', 'listo', 'lista', 'operativo', 'operativa', 'reparado', 'reparada',
    'devuelto', 'devuelta', 'ingresado', 'ingresada', 'abonado', 'abonada', 'a tiempo', 'puntual', 'sin problemas', 'sin ningún problema',
    'va a salir', 'va a aprobar', 'van a aprobar', 'van a aceptar', 'va a aceptar', 'va a estar', 'van a estar',
  ],
  future: ['va', 'van'],
  standalone: 'Le mantendré informado',
  conjunction: 'que',
};
