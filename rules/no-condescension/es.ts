import type { NoCondescensionData } from './index.ts';

// The agent owning a mistake or naming the customer's feelings is not talking down
// ("obviamente lamentamos", "claramente nos equivocamos", "evidentemente está molesto").
const SELF_OR_FEELING_AFTER = [
  'nosotros', 'nos', 'lamentamos', 'sentimos', 'hemos', 'entendemos', 'comprendemos', 'queremos', 'vamos', 'podemos', 'haremos', 'estamos', 'tenemos', 'asumimos',
  '(le|te) (devolveremos|reembolsaremos|enviaremos|ayudaremos|compensaremos|cambiaremos|devolvemos|reembolsamos|enviamos|ayudamos)', 'se (le|te) (devolvera|reembolsara|enviara|abonara)', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'no (es|era|fue) (lo|la|el|una|un|aceptable|justo|normal)',
  'ha habido', 'hubo', 'esta (molest*|enfadad*|disgustad*|frustrad*|preocupad*)', 'es (frustrante|molesto|inaceptable|injusto|un error nuestro)',
  'le (encanta|gusta)', 'te (encanta|gusta)', 'sabe (lo que|de)', 'sabes (lo que|de)', 'tiene (buen|muy buen) gusto',
];
const SELF_BEFORE = ['no', 'nos', '(hemos|nosotros|lo hemos|la hemos)', 'lo', 'muy', 'mas', 'menos', 'tan'];

// "Solo tiene que responder a este correo": inviting contact is not minimising a task.
const CONTACT = [
  'respond*', 'contest*', 'escrib*', 'contact*', 'llam*', 'avis*', 'indic*', 'envi*', 'confirm*', 'dec*', 'dig*',
  'comunic*', 'mand*', 'facilit*', 'acept*', 'esper*', 'pregunt*', 'hacernos saber', 'hagan* saber', 'nos', 'me', 'ponerse en contacto',
  'ponerte en contacto', 'pongase en contacto', 'rellenar', 'completar el formulario',
];

export const es: NoCondescensionData = {
  phrases: {
    minimiser: [
      {
        phrases: ['obviamente', 'evidentemente', 'como es obvio', 'como es evidente'],
        drop: true,
        notBefore: SELF_BEFORE,
        // "llegó evidentemente dañado" describe la cosa y da la razón al cliente.
        notAfter: [...SELF_OR_FEELING_AFTER, 'danad*', 'deteriorad*', 'defectuos*', 'rot*', 'golpead*', 'rayad*', 'abollad*', 'incorrect*', 'erroneo*', 'erronea*', 'visible*', 'senal*', 'marcad*', 'etiquetad*'],
      },
      {
        phrases: ['claramente'],
        drop: true,
        // "se ve claramente", "claramente indicado", "más claramente" describe; they do not judge.
        notBefore: [
          ...SELF_BEFORE, 'se', 'ver', 've', 'vea', 'veo', 'verse', 'explic*', 'indic*', 'muestr*', 'mostr*', 'senal*',
          'dic*', 'dij*', 'escrib*', 'escrit*', 'habl*', 'expres*', 'expliq*', 'identific*', 'especific*', 'detall*', 'describ*',
          'marc*', 'etiquet*', 'aparec*', 'figur*', 'lee', 'leer', 'entend*', 'comprend*', 'pens*', 'expon*', 'visible',
          'rotul*', 'impres*', 'impri*', 'grab*', 'destac*', 'resalt*', 'anunci*', 'public*', 'recog*', 'estipul*',
        ],
        notAfter: [
          ...SELF_OR_FEELING_AFTER,
          'visible*', 'indicad*', 'explicad*', 'senalad*', 'marcad*', 'etiquetad*', 'escrit*', 'especificad*',
          'identificad*', 'legible*', 'detallad*', 'descrit*', 'definid*', 'reflejad*', 'separad*', 'diferenciad*',
          'expuest*', 'mostrad*', 'se (ve|lee|indica|explica|muestra)', 'ver', 'leer', 'entender', 'explicar',
          // "claramente señalizada con una pegatina", "claramente dañado": cómo está una cosa, no lo que entiende el cliente.
          'senal*', 'rotulad*', 'impres*', 'grabad*', 'destacad*', 'resaltad*', 'subrayad*', 'numerad*', 'anunciad*', 'publicad*', 'recogid*',
          'establecid*', 'estipulad*', 'ilustrad*', 'etiquetad*', 'a la vista', 'en (la|el) (etiqueta|caja|factura|recibo|pantalla|ticket)',
          'danad*', 'deteriorad*', 'defectuos*', 'rot*', 'golpead*', 'rayad*', 'abollad*', 'incorrect*', 'erroneo*', 'erronea*', '(un|una) (error|fallo|equivocacion|problema) (de|del|en|nuestro|nuestra|por)',
        ],
      },
      {
        phrases: ['simplemente'],
        drop: true,
        exemptAfterRequest: true,
        notInQuestion: true,
        requireBefore: [
          '^', 'puede', 'puedes', 'podra', 'podras', 'podria', 'podrias', 'tiene que', 'tienes que', 'debe', 'debes',
          'hay que', 'solo', 'y', 'luego', 'despues', 'entonces', 'que', 'usted', 'basta con', 'le basta con', 'es', 'sera',
        ],
        // "no son simplemente un problema de tinta" (not only), "simplemente porque", "simplemente no hay stock".
        notAfter: [
          'no', 'porque', 'por', 'que', 'es', 'son', 'era', 'fue', 'un', 'una', 'unos', 'unas', 'el', 'la', 'los', 'las', 'lo',
          'se', 'con', 'de', 'a', 'para', 'asi', 'le', 'les', 'te', 'como', 'en', 'del', 'al', 'su', 'sus', 'ya', 'tan', 'mas',
          'queremos', 'quer*', 'desea*', 'ha', 'han', 'hemos', 'ocurre', 'pasa', 'sucede', 'tenemos', 'perfect*', 'delicios*',
          'genial', 'increible', ...CONTACT,
        ],
      },
      {
        // "Solo tiene que abrir la app": "tiene que abrir" says the same without "only".
        phrases: ['(solo|solamente|unicamente|simplemente|tan solo|tan solamente)'],
        drop: true,
        exemptAfterRequest: true,
        notInQuestion: true,
        requireAfter: ['(tiene|tienes|tendra|tendras|tendria|tendrias|hay|necesita|necesitas) que', 'debe', 'debes', 'necesita', 'necesitas'],
        notBefore: ['no', 'si', 'no solo', 'que'],
        notAfter: [
          '(tiene|tienes|tendra|tendras|tendria|tendrias|hay|necesita|necesitas) que (' + CONTACT.join('|') + ')',
          '(debe|debes|necesita|necesitas) (' + CONTACT.join('|') + ')',
          '(tiene|tienes|hay) que (tener|estar|ser)',
        ],
      },
      {
        // "Por supuesto que le ayudamos" is courtesy; only "por supuesto que tiene que…" talks down.
        phrases: ['por supuesto que', 'desde luego que', 'naturalmente', 'por supuesto', 'logicamente'],
        drop: true,
        requireAfter: ['(tiene|tienes|hay|debe|debes|necesita|necesitas|tendra|tendras) que', 'usted (tiene|debe|necesita)', 'debe', 'debes'],
        notAfter: ['(tiene|tienes) que (disculpar*|perdonar*)'],
      },
      {
        phrases: ['es obvio que', 'esta claro que', 'es evidente que', 'salta a la vista que'],
        drop: true,
        requireAfter: ['(tiene|tienes|hay|debe|debes|necesita|necesitas|tendra|tendras)', 'usted (tiene|debe|necesita)', 'el', 'la', 'los', 'las', 'su', 'tu', 'no (ha|has|funciona|es)', 'ha', 'has'],
        notAfter: [...SELF_OR_FEELING_AFTER, 'puede', 'puedes', 'podemos', 'le (ayudamos|ayudaremos|enviamos|devolvemos|reembolsamos|cambiamos)', 'te (ayudamos|ayudaremos|enviamos|devolvemos|reembolsamos|cambiamos)', 'el error', 'la culpa'],
      },
      {
        // "Como es lógico, cada factura necesita el NIF": presented as something the customer should have known.
        // "Como es lógico, le devolvemos el importe" is courtesy about our own action.
        phrases: ['como es (logico|obvio|evidente|de cajon|de sentido comun|de esperar)', 'como (resulta|parece) (logico|obvio|evidente)', 'como no podia ser de otra (forma|manera)', 'por (pura|simple|) logica'],
        drop: true,
        requireAfter: [
          '(tiene|tienes|hay|debe|debes|necesita|necesitas|tendra|tendras)', 'usted (tiene|debe|necesita)', 'tu (tienes|debes|necesitas)',
          'cada', 'todo', 'toda', 'todos', 'todas', 'el', 'la', 'los', 'las', 'su', 'sus', 'tu', 'tus', 'sin', 'ningun', 'ninguna', 'nadie',
          'no (puede|puedes|se puede|se pueden|es posible|funciona|sirve)', 'se (necesita|requiere|debe|tiene)', 'es (necesario|obligatorio|imprescindible)',
        ],
        notAfter: [...SELF_OR_FEELING_AFTER, 'le (ayudamos|ayudaremos|enviamos|devolvemos|reembolsamos|cambiamos|compensamos|abonamos)', 'te (ayudamos|ayudaremos|enviamos|devolvemos|reembolsamos|cambiamos|compensamos|abonamos)', 'el (reembolso|importe|dinero|cargo)', 'la (devolucion|compensacion)', 'la culpa', 'el error'],
      },
      {
        // "Basta con reiniciar el router" → "Puede reiniciar el router".
        phrases: ['(basta|bastara|es suficiente) con', 'no (tiene|tienes|tendra|tendras) mas que', 'lo unico que (tiene|tienes|tendra|tendras) que hacer es'],
        replace: 'puede',
        notBefore: ['no', 'ya no', 'nunca'],
        notAfter: ['que', 'eso', 'esto', 'un', 'una', 'el', 'la', 'los', 'las', 'su', 'sus', ...CONTACT],
      },
      {
        phrases: ['(basta|bastara|es suficiente) con que'],
        replace: 'le pedimos que',
        notBefore: ['no', 'ya no', 'nunca'],
        notAfter: ['nos', 'me', 'usted nos', 'tu nos', ...CONTACT],
      },
    ],
    belittling: [
      {
        phrases: [
          'como (todo el mundo|cualquiera|todos|cualquier persona|cualquier cliente|cualquier usuario) (sabe|saben|sabemos|puede ver|entiende)',
          'como (sabe|saben) (todo el mundo|todos|cualquiera)',
          'como (usted|) (ya|) (deberia|debe|tendria que|tiene que|debiera) (saber|conocer|haber visto|entender)',
          'como (tu|) (ya|) (deberias|debes|tendrias que) (saber|conocer|haber visto|entender)',
          'como (seguro|seguramente) (que|) ya (deberia|deberias) saber',
          '(todo el mundo|cualquiera|todos) (sabe|saben) que',
          'es de dominio publico que',
          // "Como cualquiera que haya comprado por internet sabe": la oración de relativo puede ser larga.
          'como (bien|) (sabe|sabra|saben|sabran|sabemos) (bien|de sobra|) (todo el mundo|todos|cualquiera|cualquier persona|cualquier cliente|cualquier usuario|cualquier viajero|cualquier conductor|cualquier comprador|quien|quienes|los que|cualquiera que|todo aquel que|todo el que)',
          'como (cualquiera|todo el mundo|cualquier persona|todo aquel|todo el|quien|quienes|todos los|cualquier cliente|cualquier usuario) que * (sabe|sabra|saben|sabran|ya sabe|ya saben|sabe bien|sabe de sobra|podra decirle|le dira|puede decirle)',
          'como (cualquiera|todo el mundo|cualquier persona|todo aquel|todo el|quien|quienes|todos los|cualquier cliente|cualquier usuario) que * * (sabe|sabra|saben|sabran|ya sabe|ya saben|sabe bien|sabe de sobra|podra decirle|le dira|puede decirle)',
          'como (cualquiera|todo el mundo|cualquier persona|todo aquel|todo el|quien|quienes|todos los|cualquier cliente|cualquier usuario) que * * * (sabe|sabra|saben|sabran|ya sabe|ya saben|sabe bien|sabe de sobra|podra decirle|le dira|puede decirle)',
          'como (cualquiera|todo el mundo|cualquier persona|todo aquel|todo el|quien|quienes|todos los|cualquier cliente|cualquier usuario) que * * * * (sabe|sabra|saben|sabran|ya sabe|ya saben|sabe bien|sabe de sobra|podra decirle|le dira|puede decirle)',
          'como (cualquiera|todo el mundo|cualquier persona|todo aquel|todo el|quien|quienes|todos los|cualquier cliente|cualquier usuario) que * * * * * (sabe|sabra|saben|sabran|ya sabe|ya saben|sabe bien|sabe de sobra|podra decirle|le dira|puede decirle)',
          'como (cualquiera|todo el mundo|cualquier persona|todo aquel|todo el|quien|quienes|todos los|cualquier cliente|cualquier usuario) que * * * * * * (sabe|sabra|saben|sabran|ya sabe|ya saben|sabe bien|sabe de sobra|podra decirle|le dira|puede decirle)',
          'como (cualquiera|todo el mundo|cualquier persona|todo aquel|todo el|quien|quienes|todos los|cualquier cliente|cualquier usuario) que * * * * * * * (sabe|sabra|saben|sabran|ya sabe|ya saben|sabe bien|sabe de sobra|podra decirle|le dira|puede decirle)',
          'como (cualquier|todo) * (sabe|sabra|saben|sabran|ya sabe|ya saben|sabe bien|sabe de sobra|podra decirle|le dira|puede decirle)',
          'con (el debido|todo el) respeto',
        ],
        drop: true,
      },
      {
        phrases: [
          '(todo el mundo|cualquiera) (sabe|entiende) (como|hacerlo|esto|eso)',
          '(usted|tu|) (ya|) (deberia|deberias) (saber|saberlo) (esto|eso|)',
          'no es (ninguna|) ciencia (espacial|de cohetes)',
          'no es fisica cuantica',
          'no (tiene|tienen) (ninguna|ningun|) (ciencia|misterio|complicacion|dificultad)',
          'no es nada (del otro mundo|complicado|dificil)',
          '(es|resulta) (coser y cantar|pan comido|un juego de ninos|una tonteria de hacer)',
          'esta chupado',
          '(hasta|incluso|hasta incluso|ni siquiera|cualquier) (un|) (nino|crio|chaval|chico|principiante|bebe|mono|tonto) (de cinco anos|de 5 anos|de seis anos|de 6 anos|de siete anos|de 7 anos|de ocho anos|de 8 anos|de diez anos|de 10 anos|) (podria|puede|sabria|sabe|lo haria|lo hace|lo entiende|lo entenderia|entiende|entenderia|sabria hacerlo|lo sabe|lo consigue|lo conseguiria)',
          'un nino de (cinco|5|seis|6|siete|7|ocho|8|diez|10) anos (podria|puede|sabria|lo)',
          '(mi|su|tu) (abuela|abuelo) (podria|puede|sabria|lo haria)',
          'cualquiera (podria|puede|sabria|sabe) (hacerlo|hacer esto|hacer eso|resolverlo|entenderlo|arreglarlo)',
          // "Cualquiera lo hace en dos segundos": quien aún necesita ayuda queda por debajo de cualquiera.
          'cualquiera (lo|la|los|las) (hace|haria|hara|hacia|consigue|conseguiria|saca|sacaria|resuelve|resolveria|arregla|arreglaria|entiende|entenderia|configura|instala|monta|pilla|puede hacer|sabe hacer|sabria hacer|podria hacer|puede resolver|puede configurar|puede instalar|puede montar|entiende a la primera)',
          'cualquiera (puede|podria|sabe|sabria) (configurarlo|instalarlo|montarlo|resolverlo|arreglarlo|entenderlo|conseguirlo|sacarlo|activarlo|cambiarlo|encontrarlo|con esto|con ello|hacerlo solo|hacerlo sola)',
          'lo (hace|haria|puede hacer|sabe hacer|sabria hacer|consigue|entiende|resuelve|monta|instala|configura) (hasta|incluso|) (cualquiera|cualquier persona|un nino|un crio)',
          '(esta|queda) al alcance de (cualquiera|cualquier persona|todo el mundo)',
          'cualquier (persona|nino|crio|principiante|usuario) (lo|la) (hace|haria|consigue|entiende|resuelve|monta|configura|instala)',
          'hasta (mi|su|tu) (abuela|abuelo|madre|padre|hijo|hija|sobrino|sobrina) (podria|puede|sabria|sabe|lo hace|lo haria|lo consigue|lo entiende)',
          // "No tiene más misterio", "no hay ningún secreto": el paso es demasiado trivial para pedir ayuda.
          'no (tiene|tienen|tiene ningun|hay) (mas|mucho|gran|ningun|ninguna|ningun tipo de|) (misterio|secreto|truco|ciencia|complicacion|dificultad|historia|intringulis)',
          'no es (ningun|nada del otro mundo ni|ninguna) (misterio|secreto|truco|ciencia|hazana|odisea)', 'no es ninguna hazana', 'no es ninguna odisea',
          'es chupado', 'es una tonteria (de hacer|hacerlo)',
          'que tiene de (dificil|complicado)', 'que (hay|tiene) de (dificil|complicado) en',
          '(es|de|use|usa|usar|utilice|utiliza|utilizar|un poco de|pura|puro|cuestion de|tenga|ten|falta de) sentido comun',
          'el sentido comun (dice|indica|dicta|nos dice)',
          '(lea|leer|lee|leerse|leerlo|leyera|leyese|leyendo) (bien|) el manual',
          'leas el manual', 'lea usted el manual', 'lease el manual', 'leete el manual',
          '(lea|lee|leer|lease|leete) (bien|atentamente|detenidamente|con atencion|) las instrucciones (con atencion|atentamente|detenidamente|primero|antes|bien|de nuevo|otra vez)',
          '(esta|viene|aparece) (todo|) (explicado|) en el manual',
          '(ha|has) leido (siquiera|usted|) el manual',
          '(se lo|te lo) (explico|explicare|vuelvo a explicar) (despacio|mas despacio|muy despacio|con palabras sencillas)',
          'para que (lo|me) (entienda|entiendas) (bien|de una vez|)', '(lo|me) (entiende|entiendes) ahora', '(le|te) (queda|ha quedado) claro (ahora|de una vez)',
          'no hace falta ser (un genio|ingeniero|informatico|un experto)', '(es|resulta) (tan|igual de) (facil|sencillo|simple) como', 'como ya (sabe|saben) (todo el mundo|todos|cualquiera)',
          '(no entiendo|no entendemos|no veo|no vemos) (cual es|donde esta|que tiene de) (la dificultad|dificil|complicado)', '(es|son) cuestion de (dos|2|un par de|unos|cinco|5) segundos', 'se tarda (dos|2|cinco|5) segundos',
          'cualquier persona (normal|razonable|sensata)', 'la mayoria de (la gente|los clientes|los usuarios) (lo|sabe|consigue|no tiene)', 'con una (simple|sencilla) busqueda', 'cae por su propio peso', 'es de cajon', 'es de primero de *',
        ],
        // "No se preocupe, no tiene ninguna complicación" tranquiliza antes de guiar al cliente.
        notBefore: ['no', 'ni', 'preocupe', 'preocupes', 'preocupen', 'tranquilo', 'tranquila', 'tranquilos', 'si'],
        notAfter: ['(de|en) la pagina', 'que le adjuntamos', 'adjunto', 'que le enviamos', 'para (nosotros|nuestros|nuestras|nuestro|nuestra|el equipo|los tecnicos|el tecnico)'],
      },
      {
        // "Léete las preguntas frecuentes, ahí viene todo": la frase pide la indicación de la documentación al lado,
        // y el aviso abarca las dos ("ahí está todo" suelto puede ser una buena noticia).
        phrases: [
          '(ahi|alli|ahi mismo|alli mismo) (viene|esta|sale|pone|lo pone|se explica|lo explica|tiene|lo tiene|lo tienes|encontrara|encontraras|esta explicado|viene explicado|queda explicado|se lo explica|te lo explica|lo dice|dice) (todo|todo explicado|todo lo que necesita|todo lo que necesitas|todo bien explicado|la respuesta|bien claro|clarisimo|todito|paso a paso)',
          '(viene|esta|sale|lo pone|lo dice|se explica|queda) (todo|todito) (ahi|alli|explicado|bien explicado|clarisimo|claro)',
          '(esta|viene) (todo|) (ahi|alli) (explicado|detallado|)', 'todo (esta|viene|sale) (ahi|alli|explicado ahi|explicado alli)',
          'lo (pone|dice|explica) (bien|muy|) (claro|clarito|clarisimo)', '(encontrara|encontraras|tiene|tienes) (ahi|alli) (todo|todas las respuestas|la respuesta)',
        ],
        requireNearby: 'docs',
        spanCue: true,
        notBefore: ['si', 'no'],
      },
      {
        // "Es muy fácil:" introduces steps; "Así se hace:" says the same without the judgement.
        phrases: ['(es|resulta|esto es|eso es|la solucion es|el proceso es) (muy|super|realmente|bastante|tan|facilisimo|sencillisimo|de lo mas|lo mas|) (facil|sencillo|simple|facilisimo|sencillisimo|basico)'],
        requireAfter: [':'],
        replace: 'así se hace',
        requireBefore: ['^'],
        notBefore: ['no', 'nos', 'le', 'les', 'si', 'me', 'te'],
      },
      {
        // "Es muy fácil cambiar el plan" → "Puede cambiar el plan".
        phrases: ['(es|resulta) (muy|super|realmente|bastante|tan|de lo mas|) (facil|sencillo|simple|facilisimo|sencillisimo)'],
        requireBefore: ['^'],
        requireAfter: ['@verb'],
        replace: 'puede',
        notBefore: ['no', 'nos', 'le', 'les', 'si', 'me', 'te', 'que'],
        notAfter: [
          'equivocarse', 'confundirse', 'confundir', 'pasar* por alto', 'olvidar*', 'perder*', 'entender por que', 'ver por que',
          'arreglar', 'solucionar', 'resolver', 'corregir', 'usar', 'utilizar', 'manejar',
        ],
      },
      {
        phrases: [
          '(es|resulta) (muy|super|realmente|bastante|tan|de lo mas|) (facil|sencillo|simple|facilisimo|sencillisimo)',
          'es (asi|tan) de (facil|sencillo|simple)',
          'no (es|tiene) nada de (complicado|dificil)',
          'no es (tan|nada|para nada|) (complicado|dificil)',
        ],
        requireBefore: ['^'],
        requireAfter: ['$', 'de (hacer|seguir|resolver|arreglar|configurar|solucionar|cambiar|activar|encontrar)', 'y', 'solo', 'basta', 'simplemente', 'solamente'],
        notBefore: ['no', 'nos', 'le', 'les', 'si', 'me', 'te', 'preocupe', 'preocupes', 'tranquilo', 'tranquila', 'que'],
        notAfter: ['para (nosotros|nuestro|el equipo)', 'por nuestra parte', 'de nuestro lado', 'de usar', 'de utilizar'],
      },
    ],
    feelings: [
      {
        phrases: [
          '(calmese|calmate|calmense|tranquilicese|tranquilizate|tranquilicense|relajese|relajate|serenese|serenate) (por favor|usted|)',
          '(por favor|) (mantenga|mantengan|manten) la calma',
          'no se (ponga|altere|exalte|sulfure|enfade|enoje|ofusque) (asi|tanto|nervios*|)',
          'no te (pongas|alteres|exaltes|sulfures|enfades|enojes) (asi|tanto|nervios*|)',
          'no (hace|hay) (falta|necesidad de|que) ponerse asi',
          'no (exagere|exageres|dramatice|dramatices)',
          '(esta|estas|usted esta) (exagerando|dramatizando|sacando las cosas de quicio)',
          'no (sea|seas) (tan|) (dramatic*|exagerad*|quisquillos*|susceptible|sensible)',
          '(deje|deja) de (exagerar|dramatizar|ponerse asi|ponerte asi)',
          'no es para (tanto|ponerse asi)',
          'no es el fin del mundo',
          'tampoco es (para tanto|el fin del mundo|tan grave)',
          'respire hondo', 'respira hondo',
          'no hace falta (gritar|levantar la voz|ponerse nervios*|enfadarse|alterarse)',
        ],
        replace: 'entiendo que la situación es frustrante',
        notBefore: ['entiendo que', 'comprendo que'],
      },
    ],
    request: [
      {
        phrases: [
          '(puede|podria|puedes|podrias|podra|podras) (usted|) (enviarnos|mandarnos|compartir|compartirnos|facilitarnos|indicarnos|adjuntar|adjuntarnos|confirmarnos|decirnos|pasarnos|copiar|reenviarnos)',
          '(envienos|mandenos|facilitenos|compartanos|adjunte|indiquenos|confirmenos|reenvienos|envianos|mandanos|facilitanos|compartenos|adjunta|indicanos|confirmanos|pasanos)',
          '(necesitamos|necesitariamos|nos haria falta) (que nos|una|un|el|la|su|tu)', 'le (pedimos|pediriamos|agradeceriamos) que nos', 'te (pedimos|pediriamos|agradeceriamos) que nos',
          'para (obtener|copiar|conseguir|compartir) (el|la|su|tu) (enlace|link|captura|codigo|numero)',
        ],
      },
    ],
    docs: [
      {
        phrases: [
          '(lea|lease|leete|lee|leer|leerse|leerte|consulte|consulta|mire|mira|mirese|mirate|revise|revisa|repase|repasa|visite|visita|vea|eche un vistazo a|echa un vistazo a|echele un vistazo a|echale un vistazo a|eche una ojeada a|echa una ojeada a|entre en|entra en|vaya a|busque en|busca en) (las|la|el|los|nuestras|nuestra|nuestro|nuestros|sus|tus|) (preguntas frecuentes|faq|faqs|manual|manual de usuario|manual de instrucciones|guia|guia de usuario|guia rapida|instrucciones|folleto|documentacion|seccion de ayuda|seccion de preguntas frecuentes|pagina de ayuda|pagina de preguntas frecuentes|centro de ayuda|web|pagina web|condiciones|ayuda|base de conocimiento|apartado de ayuda|apartado de preguntas frecuentes)',
        ],
      },
    ],
  },
  words: {
    clauseOpeners: ['por', 'favor', 'y', 'luego', 'despues', 'entonces', 'ahora', 'bueno', 'pues', 'vale', 'primero', 'mire', 'mira', 'oiga', 'oye', 'ademas', 'tambien', 'pero', 'o'],
    instructionVerbs: [
      // usted imperatives
      'abra', 'haga', 'pulse', 'presione', 'vaya', 'entre', 'reinicie', 'apague', 'encienda', 'desconecte', 'conecte',
      'instale', 'desinstale', 'reinstale', 'actualice', 'borre', 'elimine', 'seleccione', 'elija', 'introduzca', 'toque',
      'pinche', 'cierre', 'ejecute', 'descargue', 'siga', 'use', 'utilice', 'compruebe', 'revise', 'mire', 'lea', 'active',
      'desactive', 'restablezca', 'limpie', 'vacie', 'cambie', 'mantenga', 'copie', 'pegue', 'guarde', 'inicie', 'marque',
      'desmarque', 'acceda', 'ingrese', 'configure', 'escriba', 'enchufe', 'desenchufe', 'retire', 'quite', 'ponga', 'saque',
      'deslice', 'arrastre', 'cargue', 'vincule', 'empareje', 'reseteé', 'resetee', 'cancele',
      // tú imperatives
      'abre', 'haz', 'pulsa', 'presiona', 've', 'entra', 'reinicia', 'apaga', 'enciende', 'desconecta', 'conecta', 'instala',
      'desinstala', 'reinstala', 'actualiza', 'borra', 'elimina', 'selecciona', 'elige', 'introduce', 'toca', 'pincha',
      'cierra', 'ejecuta', 'descarga', 'sigue', 'usa', 'utiliza', 'comprueba', 'revisa', 'mira', 'lee', 'activa', 'desactiva',
      'restablece', 'limpia', 'vacia', 'cambia', 'manten', 'copia', 'pega', 'guarda', 'inicia', 'marca', 'accede', 'configura',
      'enchufa', 'desenchufa', 'retira', 'quita', 'pon', 'saca', 'desliza', 'arrastra', 'carga', 'vincula', 'resetea', 'cancela',
      // infinitives ("es muy fácil cambiar el plan")
      '*ar', '*er', '*ir', '*arlo', '*erlo', '*irlo', '*arla', '*erla', '*irla',
    ],
  },
  conjunctions: ['y', 'e', 'pero', 'asi', 'o', 'aunque', 'porque', 'pues', 'ya', 'que', 'sino'],
  coordinators: ['y', 'e', 'pero', 'o', 'u', 'sino'],
};
