import type { NoEvasiveData } from './index.ts';

const RESOLVE = 'es algo que vamos a resolver';
const PASS_IT = 'es algo que paso hoy al equipo de <equipo>';
const NEXT_STEP = 'lo que sí podemos hacer es <siguiente paso>';
const CONTACT = 'contacte con <equipo> en <contacto>';
const CHECK_WORKS = 'comprobaré que funciona antes de las <hora>';
const CHECK_FIXED = 'comprobaré que queda solucionado antes de las <hora>';
const TODAY = 'hoy antes de las <hora>';
const BY_DATE = 'antes del <fecha>';

// "No sé si ya ha visto nuestra nueva app" opens a topic; it hides no answer.
const CONVERSATIONAL = ['si (usted|tu|ya|) (ha|has|habia|habias|sabe|sabes|conoce|conoces|recuerda|recuerdas|vio|viste)', 'como (agradecerle|agradecerte)'];

export const es: NoEvasiveData = {
  phrases: {
    dismiss: [
      { phrases: ['no es (nuestro|mi) (problema|asunto)', 'no es (asunto|problema|cosa) (nuestro|nuestra|mio|mia|de nosotros)', 'no es cosa (nuestra|mia)'], replace: RESOLVE },
      { phrases: ['no es (culpa|responsabilidad) (nuestra|mia)', 'no es (nuestra|mi) culpa'], replace: 'es algo que vamos a revisar' },
      { phrases: ['no (somos|soy) (responsables|responsable) de'], replace: 'nos encargamos de revisar' },
      { phrases: ['(tenemos|tengo) las manos atadas', 'es lo que hay'], replace: NEXT_STEP },
      { phrases: ['no son (nuestro|mi) problema', 'no son (asunto|problema|cosa) (nuestro|nuestra|mio|mia)'], replace: 'son algo que vamos a resolver' },
      { phrases: ['(eso|esto) es (su|tu) problema'], notAfter: ['de', 'con', 'del'], replace: 'esto es algo en lo que le vamos a ayudar' },
      {
        // The possessive after the noun ("es problema suyo", "es cosa tuya") hands the problem back.
        phrases: [
          '(es|son|sera|seria) (problema|asunto|cosa|tema|lio) (suyo|suya|tuyo|tuya|vuestro|vuestra|de usted|de ustedes|exclusivamente suyo|exclusivamente suya|solo suyo|solo suya) (no nuestro|no nuestra|no mio|no mia|y no nuestro|y no nuestra|no de nosotros|)',
          '(es|son|sera|seria) (su|tu|vuestro) (problema|asunto|lio|tema) no (el |)(nuestro|mio)',
          '(es|son|sera|seria) (su|tu|vuestra) (responsabilidad|cosa) no (la |)(nuestra|mia)',
          '(es|son|sera) (responsabilidad|cosa) (suya|tuya|vuestra|de usted|de ustedes) no (nuestra|mia)',
        ],
        // "No es problema suyo" reassures the customer.
        notBefore: ['no', 'tampoco', 'ni', 'nunca'],
        replace: 'es algo en lo que le vamos a ayudar',
      },
      { phrases: ['(eso|esto|ello|lo cual) (corre|va|queda) de (su|tu|vuestra) cuenta'], replace: 'esto es algo en lo que le vamos a ayudar' },
      {
        phrases: [
          'no es (mi|nuestro) (departamento|trabajo|area|cometido)',
          'no es (mi|nuestra) (responsabilidad|competencia|funcion|area)',
          'no es de (mi|nuestra) (competencia|incumbencia)',
          'no (nos|me) (corresponde|incumbe|compete)',
        ],
        replace: PASS_IT,
      },
      { phrases: ['no tiene nada que ver con (nosotros|nosotras)', 'nada que ver con (nosotros|nosotras)'], replace: 'lo gestiona <equipo>, y le daré noticias antes de las <hora>' },
      { phrases: ['no (esta|depende) (en|de) (nuestras|mis) manos', 'no depende de (nosotros|nosotras|mi)', 'no (esta|es) en (nuestra|mi) mano', 'se (nos|me) escapa de las manos', 'fuera de (nuestro|mi) alcance'], replace: 'lo gestiona <equipo>, y le daré noticias antes de las <hora>' },
      {
        phrases: [
          'no (podemos|podriamos|puedo|podria) hacer (nada|mucho|mas) (mas|)',
          'no (le|te|les|) (podemos|puedo) hacer (nada|mucho|mas)',
          'no se puede hacer (nada|mucho|mas) (mas|)',
          'no hay (nada|mucho) (mas|) que (podamos|pueda|se pueda) hacer',
          'no hay nada (mas|) que hacer',
          'poco (mas |)(podemos|puedo|se puede) hacer',
        ],
        replace: NEXT_STEP,
      },
      {
        phrases: [
          'no (podemos|puedo|podriamos|podria) (ayudarle|ayudarte|ayudarles|ayudar) (con|en) (eso|esto|ello|este tema|ese tema)',
          'no (le|te|les) (podemos|puedo) ayudar (con|en) (eso|esto|ello|este tema|ese tema)',
          'no (llevamos|gestionamos|tramitamos) (eso|esto|ese tema|este tema|estos temas|esos temas)',
        ],
        replace: 'paso esto hoy a <equipo>',
      },
      { phrases: ['no se que (mas |)(decirle|decirte)', 'no sabemos que (mas |)(decirle|decirte)'], replace: 'lo estoy comprobando y le respondo antes de las <hora>' },
    ],
    handoff: [
      {
        phrases: [
          '(pregunte|preguntele|consulte|contacte|llame|hable|escriba|dirijase|acuda|pregunta|preguntale|consulta|contacta|llama|habla|escribe|dirigete|acude) (a|con) (otra persona|otro|otra|alguien mas|otra gente|otro departamento|otra empresa|otro sitio)',
          '(preguntar|consultar|contactar|llamar|hablar|dirigirse|acudir) (a|con) (otra persona|alguien mas|otro departamento|otra empresa)',
          '(pregunte|consulte|pregunta|consulta|preguntar|consultar) (en|a) otro (sitio|lugar|departamento)',
          '(dirijase|dirigirse|acuda|acudir|consulte|consultar|contacte|contactar|pregunte|preguntar) (a|con) quien (corresponda|proceda)',
        ],
        replace: CONTACT,
      },
      { phrases: ['(tendra|tendras|tiene|tienes) que (buscar|encontrar) a (otra persona|alguien mas|otro)'], replace: 'puede contactar con <equipo> en <contacto>' },
      {
        phrases: [
          'no soy (la persona|el|la) (indicada|indicado|adecuada|adecuado|correcta|correcto) (para esto|para eso|para ayudarle|para ayudarte|para responderle|para responderte|para este tema|para ese tema|)',
          'no somos (las personas|los|el equipo) (indicados|indicado|adecuados|adecuado|correctos|correcto) (para esto|para eso|para ayudarle|para ayudarte|para responderle|para responderte|para este tema|para ese tema|)',
        ],
        replace: 'paso su consulta a <equipo>, que le responderá antes de las <hora>',
      },
      {
        phrases: [
          '(es|son) (problema|responsabilidad|asunto|cosa) (del|de la|de los|de las|de su) (fabricante|banco|aerolinea|mensajero|transportista|vendedor|tienda|restaurante|proveedor|operador|desarrollador|aseguradora|casero)',
        ],
        replace: 'es algo que reclamaré yo mismo antes de las <hora>',
      },
      {
        phrases: [
          '(algo |un asunto |un tema |cosa |)entre usted y su (banco|operador|operadora|compania|compania telefonica|compania de telefono|proveedor|proveedor de internet|proveedor de acceso|aseguradora|casero|arrendador|empresa|entidad|entidad bancaria|tienda|vendedor|transportista|aerolinea|fabricante|comunidad de vecinos|administrador|administrador de fincas|emisor de la tarjeta)',
          '(algo |un asunto |un tema |cosa |)entre tu y tu (banco|operador|operadora|compania|compania telefonica|compania de telefono|proveedor|proveedor de internet|proveedor de acceso|aseguradora|casero|arrendador|empresa|entidad|entidad bancaria|tienda|vendedor|transportista|aerolinea|fabricante|comunidad de vecinos|administrador|administrador de fincas|emisor de la tarjeta)',
        ],
        replace: 'algo que reclamaré yo mismo a <proveedor> antes de las <hora>',
      },
      {
        phrases: [
          '(esta|queda|esta ya) (en manos|del lado|en el lado|de parte) (de su|de tu|del|de la) (banco|operador|operadora|compania|compania telefonica|compania de telefono|proveedor|proveedor de internet|proveedor de acceso|aseguradora|casero|arrendador|empresa|entidad|entidad bancaria|tienda|vendedor|transportista|aerolinea|fabricante|comunidad de vecinos|administrador|administrador de fincas|emisor de la tarjeta)',
          '(es|son|sera) (cosa|problema|asunto|tema|responsabilidad) (de su|de tu) (banco|operador|operadora|compania|compania telefonica|compania de telefono|proveedor|proveedor de internet|proveedor de acceso|aseguradora|casero|arrendador|empresa|entidad|entidad bancaria|tienda|vendedor|transportista|aerolinea|fabricante|comunidad de vecinos|administrador|administrador de fincas|emisor de la tarjeta)',
          '(es|son|sera) (cosa|tema) (del|de la|de los|de las) (fabricante|banco|aerolinea|mensajero|transportista|vendedor|tienda|restaurante|proveedor|operador|operadora|compania|compania telefonica|desarrollador|aseguradora|casero|entidad)',
        ],
        replace: 'es algo que reclamaré yo mismo a <proveedor> antes de las <hora>',
      },
      {
        phrases: [
          '(tendra|tiene|tendras|tienes|debera|debe|deberas|debes) que (hablarlo|reclamarlo|arreglarlo|solucionarlo|resolverlo|tratarlo|verlo|aclararlo|gestionarlo|consultarlo) (directamente |usted |)con',
          '(hablelo|reclamelo|arreglelo|soluciónelo|solucionelo|resuelvalo|tratelo|aclarelo|consultelo|hablalo|reclamalo|arreglalo|solucionalo|resuelvelo|aclaralo|consultalo) (directamente |)con',
        ],
        replace: 'contacte con',
      },
      {
        phrases: ['lo (tiene|tendra|tienes|tendras|debe|debera|debes|deberas) que (arreglar|hablar|reclamar|solucionar|resolver|tratar|ver|aclarar|gestionar|consultar) (directamente |usted |)con'],
        replace: 'lo gestionamos nosotros con',
      },
    ],
    unknown: [
      { phrases: ['no lo (se|sabemos|sabria|sabriamos)'], notAfter: CONVERSATIONAL, replace: 'lo estoy comprobando' },
      { phrases: ['no sabemos'], notAfter: [...CONVERSATIONAL, 'nada de usted', 'nada de ti'], replace: 'estamos comprobando' },
      { phrases: ['no (sabria|sabriamos) (decirle|decirte|decir|explicarle|explicarte|responderle|responderte)'], replace: 'estoy comprobando' },
      {
        phrases: [
          'ni (idea|flowers|la menor idea|la mas minima idea|la mas remota idea|la mas ligera idea|la mas vaga idea|puta idea|pajolera idea|repajolera idea|zorra idea)',
          'no (tengo|tenemos|tengo yo|tenemos nosotros) (ni |)(idea|pista|nocion|la menor idea|la mas minima idea|la mas remota idea|la mas ligera idea|la mas vaga idea|ninguna idea|ninguna pista|la menor pista)',
          'sin (la menor|la mas minima|la mas remota) idea',
          'no (tengo|tenemos) (forma|manera|modo|como) de saber(lo|)',
          'no hay (forma|manera|modo) de saber(lo|)',
        ],
        replace: 'lo estoy comprobando',
      },
      {
        phrases: [
          '(ignoro|ignoramos) (por que|el motivo|la causa|la razon|cuando|si|donde|como|que|lo que|cual)',
          '(vete|vaya|ve) (usted |tu |)a saber (por que|cuando|donde|que|si|como|cual)',
          'a saber (por que|cuando|donde|que|si|como|cual)',
          // Relative "quien sabe" ("Marta, quien sabe cómo ...") points to someone: only the idioms here.
          '(dios|solo dios) sabe (por que|cuando|donde|que|si|como|cual)',
          'sabe dios (por que|cuando|donde|que|si|como|cual)',
          '(nadie|ninguno de nosotros) (aqui |)sabe (por que|cuando|donde|que|si|como|cual)',
          'no (tengo|tenemos) (nada |muy |)claro (por que|cuando|donde|si|como|cual|lo que)',
        ],
        replace: 'estoy averiguando',
      },
      { phrases: ['desconozco'], replace: 'estoy comprobando' },
      { phrases: ['no (le|te|les|) (puedo|podemos|sabria|sabriamos) (decir|decirle|decirte|decirles|explicar|explicarle|explicarte) por que'], replace: 'estoy comprobando por qué' },
      { phrases: ['no (le|te|les|) (puedo|podemos|sabria|sabriamos) (decir|decirle|decirte|decirles) cuando'], replace: 'estoy comprobando cuándo' },
      { phrases: ['no (le|te|les|) (puedo|podemos|sabria|sabriamos) (decir|decirle|decirte|decirles|explicar|explicarle|explicarte) (que|como)'], replace: 'estoy comprobando' },
      { phrases: ['no lo (tengo|tenemos) (muy |)claro'], replace: 'lo estoy comprobando' },
      { phrases: ['desconocemos'], replace: 'estamos comprobando' },
      {
        phrases: ['no (estoy|estamos) (seguro|segura|seguros|seguras) de'],
        notAfter: ['que (haya|hayamos|le|lo|la|usted|tu|entend*)', 'haber', 'entender*', 'si (usted|tu|le|lo) (ha|has|entend*)'],
        replace: 'estoy comprobando',
      },
    ],
    unknownAtEnd: [
      {
        phrases: ['(quien|dios|solo dios) sabe', 'sabe dios', 'vete (tu |)a saber', 'a saber', 'ni idea', 'ni pista', 'yo que se', 'que se yo'],
        notBefore: ['alguien', 'persona', 'nadie', 'compañero', 'companero', 'tecnico', 'equipo', 'quien', 'el que', 'la que', 'los que', 'las que', 'alguno'],
        replace: 'lo estoy comprobando y le respondo antes de las <hora>',
      },
    ],
    unknownSe: [{ phrases: ['(yo |)no se'], notAfter: CONVERSATIONAL, replace: 'estoy comprobando' }],
    hedge: [
      {
        phrases: [
          '(en teoria|en principio|teoricamente|con suerte) (deberia|deberian) (de |)(funcionar|funcionar bien|funcionar correctamente|servir|valer|bastar)',
          '(deberia|deberian) (de |)(funcionar|funcionar bien|funcionar correctamente|servir|valer|bastar)',
          '(tendria|tendrian) que (funcionar|ir bien)',
          '(supongo|imagino|creo|entiendo) que (ya |)(funcionara|funciona|funcionaria|ira bien|deberia funcionar)',
          '(probablemente|seguramente|posiblemente) (ya |)(funcione|funcionara|funciona)',
          '(en teoria|en principio) (funciona|funcionara|va|ira)',
        ],
        notAfter: ['en (todos|cualquier|la mayoria)', 'con (todos|cualquier)', 'sin conexion', 'para (todos|cualquier)'],
        replace: CHECK_WORKS,
      },
      {
        phrases: [
          '(en teoria|en principio|teoricamente|con suerte) (deberia|deberian) (de |)(solucionarse|arreglarse|resolverse|quedar solucionado|quedar resuelto|estar solucionado|estar resuelto|solucionarlo|arreglarlo|resolverlo)',
          '(deberia|deberian) (de |)(solucionarse|arreglarse|resolverse|quedar solucionado|quedar resuelto|estar solucionado|estar resuelto|solucionarlo|arreglarlo|resolverlo)',
          '(esperamos|espero|ojala) que (se solucione|se arregle|se resuelva|funcione|le funcione|te funcione|quede solucionado|lo solucione)',
          'a ver si (asi |)(funciona|se soluciona|se arregla|hay suerte|se resuelve)',
          '(ya |)se (arreglara|solucionara|resolvera|arreglaria|solucionaria) (solo|sola|por si solo|por si sola|con el tiempo)',
          '(supongo|imagino|creo) que (ya |)(se solucionara|se arreglara|estara solucionado|quedara solucionado)',
          '(probablemente|seguramente|posiblemente) (ya |)(se solucione|se arregle|se resuelva)',
          'crucemos los dedos',
        ],
        replace: CHECK_FIXED,
      },
      {
        phrases: [
          '(quizas|quiza|tal vez|a lo mejor|igual) (pruebe|intente|pruebes|intentes|prueba|intenta) (otra cosa|algo distinto|algo diferente|algo mas|otras cosas|cosas distintas|cosas diferentes)',
        ],
        replace: 'le sugiero <paso concreto>',
      },
      {
        // A hedged try-another with no tail: "quizás pruebe con otro navegador", "a lo mejor usa otra tarjeta".
        phrases: [
          '(quizas|quiza|tal vez|a lo mejor|igual|puede que|acaso) (pruebe|intente|pruebes|intentes|prueba|intenta|use|usa|uses|utilice|utiliza|cambie|cambia|cambies) (con |a |por |)(otro|otra|otros|otras|algun otro|alguna otra|un|una) (*|distinto|distinta|diferente)',
        ],
        replace: 'le sugiero <paso concreto>',
      },
      {
        phrases: ['(pruebe|intente|pruebe usted|intente usted|pruebe con|intente con) (otra cosa|algo distinto|algo diferente|algo mas|otras cosas|cosas distintas|cosas diferentes|otra opcion)'],
        replace: 'pruebe <paso concreto>',
      },
      {
        phrases: ['(prueba|intenta|pruebes|intentes|prueba con|intenta con) (otra cosa|algo distinto|algo diferente|algo mas|otras cosas|cosas distintas|cosas diferentes|otra opcion)'],
        replace: 'prueba <paso concreto>',
      },
    ],
    hedgeTail: [
      {
        phrases: [
          '(quizas |quiza |tal vez |a lo mejor |igual |)(pruebe|pruebes|prueba|probar|probad|pruebelo|pruebalo|intente|intentes|intenta|intentar|intentelo|intentalo) (*|* *|* * *|* * * *) (o algo|o algo asi|o algo parecido|o algo similar|o algo por el estilo|o algo del estilo|o algo de eso|o lo que sea|o cualquier cosa|o yo que se|o que se yo|quien sabe|vete a saber|vete tu a saber|a saber|a ver que pasa|a ver si hay suerte)',
        ],
        // "Si prueba con otra tarjeta o algo así, ..." names a condition.
        notBefore: ['si', 'cuando', 'una vez', 'ha', 'has', 'hemos', 'he', 'va a', 'vamos a', 'voy a'],
        replace: 'le sugiero <paso concreto>',
      },
    ],
    reassurance: [
      {
        phrases: ['(en teoria|en principio|teoricamente|) (deberia|deberian) (de |)(ir bien|estar bien|estar todo bien|quedar bien)'],
        replace: 'comprobaré que todo está bien antes de las <hora>',
      },
    ],
    condition: [{ phrases: ['siempre que', 'siempre y cuando', 'mientras', 'si', 'con tal de que', 'una vez'] }],
    vagueTime: [
      {
        phrases: [
          'lo (antes|mas pronto|mas rapido|mas rapidamente|mas breve) (posible|que podamos|que se pueda|que nos sea posible)',
          'cuanto antes',
          '(a|con) la mayor (brevedad|celeridad|rapidez) (posible|)',
          'a la brevedad (posible|)',
          'tan pronto como (sea posible|podamos|nos sea posible|se pueda|me sea posible|pueda)',
          'en cuanto (podamos|sea posible|nos sea posible|se pueda|me sea posible)',
          'en (un|el) futuro (proximo|cercano)',
        ],
        replace: TODAY,
      },
      {
        // "Ya veremos cuándo revisamos el servidor": the customer is left to wait and guess.
        phrases: ['(ya veremos|ya se vera|habra que ver|esta por ver|queda por ver) (cuando|para cuando)'],
        replace: 'le confirmaremos antes del <fecha>',
      },
    ],
    vagueWhen: [
      {
        phrases: [
          'en algun momento',
          'algun dia',
          'tarde o temprano',
          'a su debido tiempo',
          'mas pronto que tarde',
          'en un (plazo|tiempo) razonable',
          '(un|cualquier) dia de estos',
          'uno de estos dias',
          'en algun momento (futuro|dado|posterior)',
          'en un futuro (no muy lejano|indeterminado)',
        ],
        replace: BY_DATE,
      },
    ],
    future: [{ phrases: ['(voy|vamos|va|van|vas) a', 'pensamos', 'esperamos', 'espero'] }],
    vagueTimeAtEnd: [
      {
        phrases: [
          'cuando (podamos|pueda|se pueda|sea posible|nos sea posible|tengamos un momento|tengamos tiempo|tenga un momento|tenga tiempo)',
          'cuando (tengamos|haya) (ocasion|oportunidad|un hueco|hueco|un rato|ratito|un minuto)',
          'cuando (nos venga bien|le venga bien al equipo|nos toque|le toque|lleguemos a ello)',
        ],
        replace: TODAY,
      },
      { phrases: ['ya (veremos|se vera|lo veremos)'], replace: 'le confirmaremos antes del <fecha>' },
    ],
    commitment: [
      {
        phrases: [
          '(voy|vamos) a (comprobar|consultar|revisar|averiguar|preguntar|investigar|confirmar|escalar|llamar|escribir|informar|avisar|mirar)',
          '(lo|le|te|se lo) (compruebo|consulto|reviso|averiguo|pregunto|confirmo|escribo|llamo|aviso|informo|miro)',
          '(compruebo|consulto|reviso|averiguo|pregunto|investigo)',
          '(comprobare|consultare|revisare|averiguare|preguntare|investigare|confirmare|escribire|llamare|informare|avisare|escalare)',
          '(comprobaremos|consultaremos|revisaremos|averiguaremos|preguntaremos|investigaremos|confirmaremos|escribiremos|llamaremos|informaremos|avisaremos|escalaremos)',
          '(estoy|estamos) (comprobando|consultando|revisando|investigando|averiguando|preguntando)',
          '(he|hemos) (consultado|preguntado|escalado|trasladado|pasado su|pasado el|pasado la|contactado)',
          '(dejeme|permitame|dejame|permiteme) (comprobar|consultar|revisar|averiguar|preguntar)',
          '(puede|puedes) (contactarlos|contactarles|llamarles|escribirles|contactar con ellos) (en|a traves|por)',
        ],
      },
    ],
    concreteTime: [
      {
        phrases: [
          '(hoy|manana|esta noche|esta tarde|esta manana|pasado manana)',
          '(lunes|martes|miercoles|jueves|viernes|sabado|domingo)',
          '(mediodia|medianoche)',
          'a mas tardar',
          'antes de (las|mediodia|manana|hoy|que acabe el dia|fin de dia)',
          'como (maximo|muy tarde)',
          'no mas tarde de',
          'en (menos de|un plazo de|un maximo de|las proximas|los proximos) *',
          'dentro de * (minuto*|hora*|dia*)',
          'en * (minuto*|hora*|dia* laborable*)',
        ],
      },
    ],
    request: [
      {
        phrases: [
          'por favor',
          '(le|les|te) (rogamos|ruego|pedimos|pido|recomendamos|recomiendo|aconsejamos|sugerimos|agradeceriamos|agradeceria|agradecemos)',
          '(rogamos|recomendamos|aconsejamos)',
          '(debe|debera|deberia|debes|deberas|deberias|tiene que|tendra que|tienes que|tendras que|necesita|necesitara|necesitas)',
          '(conviene|es importante|es necesario|es recomendable|es imprescindible)',
          '(necesitamos|necesitaria|necesitariamos|requerimos) (que|su|sus|el|la|los|las|una|un)',
          'si (puede|puedes|pudiera|pudieras)',
        ],
      },
    ],
    imperative: [
      {
        phrases: [
          '(responda|contacte|llame|envie|escribanos|avisenos|contactenos|llamenos|respondanos|envienos|haga|realice|pague|devuelva|actualice|cambie|compruebe|revise|acuda|pase|venga|complete|confirme|renueve|cancele|solicite)',
          '(responde|contacta|llama|envia|escribenos|avisanos|contactanos|llamanos|respondenos|envianos|haz|paga|devuelve|comprueba|revisa|ven|pasa|confirma|renueva|cancela|solicita)',
        ],
      },
    ],
  },
  futureEndings: ['rá', 'rán', 'ré', 'remos', 'rás', 'réis'],
  knowComplements: [
    'por', 'que', 'si', 'como', 'cuando', 'donde', 'cual', 'cuales', 'quien', 'quienes', 'cuanto', 'cuanta', 'cuantos', 'cuantas',
    'exactamente', 'bien', 'muy', 'nada', 'decirle', 'decirte', 'decir', 'hasta', 'todavia', 'aun', 'con', 'ni', 'tampoco', 'mucho',
    'responderle', 'responderte', 'explicarle', 'explicarte', 'ahora', 'realmente',
  ],
  questionWords: ['por que', 'que', 'cuando', 'donde', 'si', 'como', 'cual', 'cuales', 'quien', 'lo que', 'el motivo', 'la causa', 'la razon', 'para cuando'],
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre'],
  dateLinks: ['de'],
};
