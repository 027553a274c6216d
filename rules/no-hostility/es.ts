import type { NoHostilityData } from './index.ts';

// "no es ninguna tontería", "no hay preguntas tontas", "puede parecer una tontería, pero…".
const NEGATED = [
  'no', 'nada', 'ni', 'nunca', 'no es', 'no son', 'no era', 'no fue', 'no es (ninguna|ningun|una|un)', 'no son (ningunas|unas)',
  'no hay', 'no hay (preguntas|ninguna pregunta)', 'nada de', '(puede|pueda|podria) (parecer|sonar a|ser|) (una|un|)', 'parecer', 'parezca',
  '(me|nos) (siento|sentimos|senti)', 'me (senti|siento) (un|una|muy|)', 'perdone (mi|la)', 'disculpe (mi|la)', 'mi', 'nuestra', 'nuestro',
];

export const es: NoHostilityData = {
  phrases: {
    insult: [
      {
        phrases: [
          'estupid*', 'idiot*', 'imbecil*', 'cretin*', 'subnormal*', 'gilipoll*', 'pendej*', 'boludo*', 'boluda*', 'pelotud*', 'tarad*', 'mentecato*',
          'zoquete*', 'memo', 'memos', 'lerdo*', 'lerda*', 'bobo', 'boba', 'bobos', 'bobas', 'payaso*', 'payasa*', 'payasada*',
          'tonto', 'tonta', 'tontos', 'tontas', 'tonteria*', 'tontaina*', 'bobada*', 'memez', 'memeces', 'sandez', 'sandeces', 'necedad*', 'chorrada*', 'gilipollez*', 'majaderia*', 'disparate*',
          'listillo*', 'listilla*', 'sabelotodo*', 'sabihond*', 'marisabidilla*', 'paparrucha*', 'boberia*', 'patochada*', 'mamarrachada*', 'mamarracho*', 'cenutrio*', 'inepto*', 'inepta*', 'incompetente*', 'ignorante*',
        ],
        notBefore: NEGATED,
        notAfter: ['de (mi|nosotros|nuestra|nuestro) parte', 'por (mi|nuestra) parte', 'pregunta pero', 'de compania', 'de carga'],
      },
      {
        phrases: ['ridicul*', 'absurd*', 'patetic*', 'es de risa', 'de chiste', 'ilogic*', 'pueril*', 'delirante', 'disparatad*', 'esperpentic*'],
        notBefore: [...NEGATED, 'parece', 'parecer', 'resulta', 'comprendo que (le|) parezca', 'entiendo que (le|) parezca', 'le parezca', 'es (de verdad|realmente|) (lamentable|vergonzoso) que (usted|haya|hayamos|tuviera|tenga)'],
        // "Es absurdo que haya tenido que esperar tanto" sides with the customer.
        notAfter: [
          'que (haya|hayamos|tuviera|tuviese|tenga|usted haya|le hayan|le hayamos|le haya|no le|no se|no hayamos)', 'lo (ocurrido|sucedido|que ha pasado)', 'la espera', 'el retraso', 'la demora',
          // "un precio ridículamente bajo", "absurdamente fácil" intensifican; no juzgan a nadie.
          '(barat*|buen*|facil*|sencill*|rapid*|bajo|baja|bajos|bajas|asequible*|pequen*|comod*)',
          'por (nuestra|mi) parte', 'de nuestra parte', 'la situacion', 'esta situacion',
        ],
      },
      {
        phrases: [
          '(es|son|era|fue|me parece|suena) (una|un|) (completa|total|absoluta|autentica|verdadera|pura|) (tonteria|estupidez|idiotez|sandez|chorrada|memez|gilipollez|majaderia|bobada|necedad|barbaridad|burrada|tomadura de pelo)',
        ],
        notBefore: ['no', 'ni', 'nada'],
        notAfter: ['que (haya|hayamos|tuviera|tenga|usted haya)', 'lo (ocurrido|sucedido)'],
      },
      {
        // A claim judged false: "no coincide con lo que vemos" keeps the disagreement, not the sneer.
        phrases: [
          '(es|son|era|fue|me parece|suena a) (una|un|) (completa|total|absoluta|autentica|verdadera|pura|) (mentira|invencion|cuento|disparate|sinsentido|sin sentido|patrana|trola)',
          'no tiene (ningun|el menor|) (sentido|fundamento)',
          'no tiene ni pies ni cabeza',
        ],
        replace: 'no coincide con lo que vemos',
        notBefore: ['no', 'ni', 'nada', 'si'],
      },
      {
        phrases: [
          '(usted|tu) (es|eres) (un|una|muy|bastante|tan|) (tont*|idiot*|estupid*|imbecil*|pesad*|ignorante|inutil|vag*|perezos*|cansin*|exagerad*|histeric*|paranoic*|infantil|maleducad*|torpe|cortit*)',
          '(eres|estas|seas) (un|una|muy|bastante|tan|algo|) (vag*|perezos*|torpe|cortit*|lerd*|histeric*|paranoic*|maleducad*|cansin*|pesadit*|inutil|infantil)',
          '(es|esta|sea) usted (un|una|muy|bastante|tan|algo|) (vag*|perezos*|torpe|cortit*|lerd*|histeric*|paranoic*|maleducad*|cansin*|pesadit*|inutil|infantil)',
          'un (inutil|incompetente|ignorante|maleducado|caradura|jeta|aprovechado|listillo)', 'una (inutil|incompetente|ignorante|maleducada|caradura|jeta|aprovechada|listilla)',
          'no (sea|seas) (pesad*|tont*|ridicul*|idiot*|crio|cria|infantil|burr*|bobo|boba|necio|necia|pesadito|pesadita|cansino|cansina|plasta)',
          'gente como usted', 'gente como tu', 'ustedes los clientes', 'clientes como usted',
          '(sabe|sabes) (usted|) leer', 'aprenda a leer', 'aprende a leer', '(es que no|acaso no) (sabe|sabes) leer', '(esta usted|estas) (ciego|ciega|sordo|sorda)',
          '(es|eres) (usted|) tonto o (que|qué)', 'tonto o que', 'le (falta|faltan) (luces|un tornillo|una neurona)',
          'deberia darle verguenza', 'deberia darte verguenza', 'verguenza le deberia dar', 'que poca verguenza', 'que cara mas dura', '(tiene|tienes) (usted|) (mucha|) cara', 'menuda cara', 'caradura',
        ],
        notBefore: NEGATED,
        notAfter: ['pero'],
      },
      {
        // "¡Qué pesado!" about the customer; "el paquete es muy pesado" is its weight.
        phrases: ['(que|menudo|menuda|vaya) (pesado|pesada|pesadez|pelmazo|pelmaza|plasta|toston|cansino|cansina)'],
        requireBefore: ['^'],
      },
      {
        // Un superlativo sobre el mensaje del cliente: "la queja más peregrina que he leído".
        phrases: [
          '(la|su|tu|esta|esa|una) (queja|reclamacion|peticion|solicitud|excusa|pregunta|historia|exigencia|pretension|idea|ocurrencia|teoria|acusacion|resena|protesta) mas (peregrina|surrealista|descabellada|rocambolesca|estrambotica|inverosimil|infantil|pueril|tonta|absurda|ridicula|boba|estupida|disparatada|delirante|patetica|caprichosa|insolita|lamentable|floja|pobre|cutre|loca|chorra|necia|sin sentido)',
          '(el|su|tu|este|ese|un) (mensaje|correo|argumento|motivo|comentario|reclamo|razonamiento|pretexto|cuento|numerito) mas (peregrino|surrealista|descabellado|rocambolesco|estrambotico|inverosimil|infantil|pueril|tonto|absurdo|ridiculo|bobo|estupido|disparatado|delirante|patetico|caprichoso|insolito|lamentable|flojo|pobre|cutre|loco|necio|sin sentido)',
          'lo mas (absurdo|ridiculo|tonto|surrealista|descabellado|peregrino|estupido|disparatado|infantil|patetico) que (he|hemos) (leido|visto|oido|escuchado|recibido)',
        ],
        notBefore: ['no', 'ni', 'nada'],
        notAfter: ['por (nuestra|mi) parte', 'de nuestra parte'],
      },
      {
        // Menospreciar la experiencia del cliente: "viniendo de alguien que solo ha hecho una campaña".
        phrases: [
          '(viniendo|tratandose|y esto|y eso|esto|eso) de (alguien|una persona|un cliente|quien|usted) que (solo|solamente|unicamente|apenas|nunca|jamas|ni siquiera) (ha|haya|habia|ha tenido|ha hecho)',
          '(alguien|una persona|usted) que (solo|solamente|unicamente|apenas) (ha|haya) (hecho|lanzado|llevado|organizado|gestionado|tenido|montado|dirigido|vendido) (exactamente|justo|literalmente) (una|un|uno)',
          '(usted|tu) no es (ningun|ninguna) (experto|experta|profesional|ingeniero|ingeniera|especialista|autoridad)',
          '(quien es usted|quien eres tu|quien se cree usted|quien te crees) para (dar|darnos|darme|decirnos|decirme|ensenarnos|ensenarme|juzgar|juzgarnos|criticar|criticarnos)',
          'no (sabe|sabes) (ni|) de lo que (habla|hablas)', '(usted|tu) no (sabe|sabes) (ni|) (lo mas basico|lo basico|lo elemental) (de|sobre)',
        ],
        notBefore: ['si'],
      },
      {
        // "Que usted solo ha hecho una campaña" solo desprecia cuando se habla de sus lecciones o consejos.
        phrases: [
          '(usted|tu|) (solo|solamente|unicamente|apenas|nada mas) (ha|has) (hecho|lanzado|llevado|organizado|gestionado|tenido|montado|dirigido|vendido|abierto|comprado|usado|publicado|escrito|creado) (una|un|uno|dos) (sola|solo|unica|unico|)',
          '(usted|tu|) no (ha|has) (hecho|lanzado|llevado|organizado|gestionado|montado|dirigido) (nunca|jamas|en su vida|en tu vida|mas que|mas de) (una|un|ninguna|ningun|nada)',
          '(usted|tu|) nunca (ha|has) (hecho|lanzado|llevado|organizado|gestionado|montado|dirigido|trabajado en) (una|un|ninguna|ningun)',
        ],
        requireNearby: 'lectureCue',
        notBefore: ['si', 'como', 'ya que', 'porque', 'puesto que'],
      },
    ],
    profanity: [
      {
        phrases: [
          'mierda*', 'joder', 'jodido*', 'jodida*', 'jodete', 'carajo', 'hostia', 'hostias', 'ostia', 'ostias', 'puta', 'puto', 'putas', 'putos', 'putada', 'hijo de puta',
          'cabron*', 'cojones', 'cojon', 'maldit* sea', 'me cago', 'me cago en', 'que diablos', 'que demonios', 'que narices', 'que coño', 'que cono', 'que carajo',
          'vete a la mierda', 'vayase a la mierda', 'vete al carajo', 'a la mierda', 'chingad*', 'chingar', 'verga', 'culero', 'culeros', 'mamon', 'mamones', 'gilipollas', 'hostia ya',
        ],
      },
      {
        // "Pinche aquí" (click here) and "un cono" (a cone) are not swearing.
        phrases: ['pinche', 'pinches', 'coño', 'cono'],
        notAfter: ['aqui', 'en', 'el', 'la', 'los', 'las', 'sobre', 'de', 'con', 'para', 'y', 'a'],
        notBefore: ['un', 'el', 'los', 'unos', 'que'],
      },
    ],
    dismissive: [
      {
        // "Bueno, lo que sea, te hemos puesto un cupón": the Spanish "whatever". "Lo que sea necesario" is neutral.
        phrases: ['lo que sea', 'lo que usted diga', 'lo que tu digas', 'lo que diga', 'lo que digas', 'bah', 'me da igual', 'nos da igual', 'que mas da', 'mala suerte', 'que le vamos a hacer', 'y que', 'ajo y agua', 'aguantese', 'aguantate', 'es lo que hay', 'y punto', 'punto y final', 'fin de la discusion', '(haga|haz|hagan) lo que (quiera|quieras|quieran|le de la gana|te de la gana)'],
        requireBefore: ['^'],
        requireAfter: ['$'],
        notAfter: ['necesario', 'preciso', 'que', 'de', 'mejor'],
      },
      {
        // "Es problema suyo, no nuestro" deflects: no-evasive reports it, not this rule.
        phrases: [
          '(me|nos|a mi me|a nosotros nos) (da|dan) (exactamente|completamente|totalmente|absolutamente|bastante|) (igual|lo mismo)', '(me|nos|a mi me|a nosotros nos) (da|dan|importa|importan) (igual|un bledo|un pimiento|un comino|un rabano|un pepino|un carajo|un pito|un huevo|poco|lo mas minimo|tres pepinos)',
          '(no me|no nos) (importa|importan) (lo mas minimo|nada|en absoluto|lo que)', 'me trae sin cuidado', 'nos trae sin cuidado', 'me la trae floja', 'me la suda', 'me la pela',
          'a quien le importa', 'a quien le interesa', 'que mas da', 'alla usted', 'alla tu', 'alla ustedes',
          '(aguantese|aguantate|aguantense)', '(asumalo|asumelo|asumanlo)', '(superelo|superalo)', '(callese|callate|callense|cierre la boca|cierra la boca|cierre el pico|cierra el pico)',
          '(dejese|dejate|dejense|deje|deja) de (tonterias|quejarse|quejarte|lloriquear|llorar|molestar|molestarnos|dar la lata|dar guerra|escribir tonterias|tonterias)',
          '(no nos|no me) (haga|hagas|hagan) perder (mas|) el tiempo', '(deje|deja|dejen) de hacer(nos|me) perder el tiempo', '(nos|me) (esta|estas) haciendo perder el tiempo',
          '(esta|estas) perdiendo (nuestro|mi) tiempo', '(una|que) perdida de tiempo', 'no tenemos tiempo para (esto|tonterias|estas tonterias)', 'tenemos cosas mejores que hacer',
          'no (somos|soy) (su|tu) (niñera|ninera|nineras|canguro|madre|padre|secretari*)', 'no (me|nos) (moleste|molestes|molesten|de la lata|des la lata)', '(dejenos|dejanos|dejeme|dejame) en paz',
          'no (vuelva|vuelvas) a (escribir|escribirnos|contactarnos|llamarnos)', 'no (insista|insistas|insistan)', 'ya esta bien', 'hasta aqui hemos llegado', 'se acabo',
          '(busquese|buscate|busquense) la vida', '(apanese|apanatelas|apanate|arreglese|arreglate) (como pueda|como puedas|usted|solo|sola|)', '(busquelo|buscalo) (usted|tu|) en google',
          'no somos (adivinos|magos|brujos|sus ninera*|su ninera)', 'ni que (fuera|fueramos|fuese) (culpa nuestra|nuestra culpa|adivinos|magos)', 'lo barato sale caro',
        ],
        notBefore: ['si', 'no', 'que', 'cual', 'donde', 'cuando', 'como'],
        notAfter: ['por (su|tu) (seguridad|privacidad)', 'su (contrasena|clave|pin)', 'si', 'cual', 'que (pague|elija|use|utilice|prefiera)', 'el (metodo|dia|horario)', 'la (forma|opcion|hora)'],
      },
      {
        // "Ahórrese los sermones", "déjese de dramas": despachar lo que el cliente escribió.
        phrases: [
          '(ahorrese|ahorrate|ahorrense|ahorreselos|ahorratelos|ahorreselas|ahorratelas) (los|el|las|la|sus|tus|) (sermones|sermon|dramas|drama|dramones|dramon|lecciones|leccion|leccioncitas|teatro|teatros|numerito|numeritos|discursos|discurso|discursitos|lloros|lloriqueos|lamentos|lagrimas|escenitas|escenas|rollo|rollos|quejas|quejitas|comentarios|consejos|consejitos|monsergas|historias|cuentos|excusas|aspavientos|reproches)',
          '(guardese|guardate|guardense|metase|metete) (los|el|las|la|sus|tus|) (sermones|sermon|dramas|drama|lecciones|leccion|teatro|numerito|numeritos|discursos|discurso|lloros|consejos|comentarios|monsergas|excusas|quejas)',
          '(dejese|dejate|dejense|deje|deja|dejen) de (dramas|drama|dramones|teatro|teatros|sermones|lecciones|numeritos|historias|cuentos|rollos|excusas|lloriqueos|victimismos|victimismo|monsergas|aspavientos|escenitas|gaitas|milongas|pamplinas|chorradas|monsergas)',
          '(dejese|dejate|dejense|deje|deja|dejen) de (hacer teatro|hacer el teatro|hacer el payaso|hacerse la victima|hacerse el victima|hacerte la victima|hacerte el victima|hacer la victima|hacer el drama|montar numeritos|montar un numerito|montar el numerito|montar dramas|montar un drama|montar escenas|montar un escandalo|darnos lecciones|darme lecciones|dar lecciones|echarnos sermones|echarme sermones|soltarnos sermones|soltarme sermones|sermonearnos|sermonearme)',
          '(no nos|no me) (de|des|den|venga|vengas|vengan|suelte|sueltes|eche|eches|echen) (con|) (sermones|lecciones|dramas|dramones|el sermon|la leccion|el drama|rollos|el rollo|historias|cuentos|monsergas|milongas|excusas|esas|exigencias|lloros|lecciones de nada)',
          '(basta|ya basta|basta ya|se acabaron|se acabo|menos|ya esta bien) (de|los|las|el|la|con|con los|con las|con el|de tanto|de tantos|de tantas) (dramas|drama|dramones|sermones|sermon|lecciones|teatro|numeritos|lloriqueos|lloros|monsergas|victimismo|quejas|quejitas)',
          'no (necesito|necesitamos|estoy para|estamos para|quiero|queremos) (sus|tus|los|las|mas|) (sermones|lecciones|dramas|dramones|numeritos|monsergas|consejos)',
          '(no esta|no estas) en (posicion|condiciones) de dar lecciones', 'no (me|nos) (de|des|den) lecciones',
          '(no nos|no me) (diga|digas|digan|explique|expliques|ensene|ensenes) como (hacer|tenemos que hacer|debemos hacer|hay que hacer) (nuestro|mi) trabajo',
        ],
        notBefore: ['si'],
      },
      {
        // "No pienso perder más tiempo con esto": el cliente no merece nuestro tiempo.
        phrases: [
          '(no|ya no) (pienso|pensamos|voy a|vamos a|puedo|podemos|quiero|queremos) (perder|malgastar|desperdiciar|dedicar|dedicarle|gastar) (ni un minuto|ni un segundo|ni un momento|ni un minuto mas|ni un segundo mas|ni un momento mas) (mas|)',
          '(no|ya no) (pienso|pensamos) (perder|malgastar|desperdiciar|dedicar|dedicarle|gastar|seguir perdiendo) (mas|) (el|mi|nuestro|) (tiempo)',
          '(no|ya no) (pienso|pensamos|voy a|vamos a) (seguir|continuar) (discutiendo|perdiendo el tiempo)',
        ],
      },
      {
        // "No podemos perder más tiempo: le enviamos un técnico hoy" es prisa a favor del cliente: solo con "con esto", "con usted".
        phrases: [
          '(no|ya no) (voy a|vamos a|puedo|podemos|quiero|queremos) (perder|malgastar|desperdiciar|dedicar|dedicarle|gastar|seguir perdiendo) (mas|mas de mi|mas de nuestro) (el|mi|nuestro|) tiempo',
          '(ya|) (he|hemos|le he|le hemos|te he|te hemos) (perdido|malgastado|desperdiciado) (bastante|demasiado|suficiente|ya bastante|ya demasiado) tiempo',
          'no (merece|vale) la pena (perder|seguir perdiendo|malgastar|dedicar|dedicarle|gastar) (mas|) (el|) (tiempo|un minuto|un segundo)',
        ],
        // Sin "$": "No podemos perder más tiempo: le enviamos un técnico" sigue con la solución.
        requireAfter: ['(con|en) (esto|eso|usted|ustedes|ti|este tema|este asunto|esta discusion|esta conversacion|tonterias|estas tonterias|sus quejas|tus quejas|sus reclamaciones|discusiones|semejante|algo asi|cosas asi)', 'discutiendo', 'hablando', 'respondiendo', 'contestando'],
      },
    ],
    sarcasm: [
      {
        phrases: [
          '(esta|estas) (usted|) de broma', '(es|sera) una broma', '(me|nos) (esta|estas) tomando el pelo', '(lo dice|lo dices) en serio', 'no me (haga|hagas) reir', 'no me (fastidie|fastidies)',
          'gracias por nada', 'buena suerte con eso', 'suerte con eso', 'buen intento', 'menuda sorpresa', 'que sorpresa mas grande', 'vaya sorpresa', 'si hombre', 'si claro que si hombre',
          'no me digas', 'enhorabuena (por romper|lo ha roto|lo has roto)', 'felicidades (por romper|lo ha roto)', 'bienvenido al mundo real', 'bienvenida al mundo real',
          'que parte de * no (entiende|entiendes|ha entendido|has entendido)', 'que parte de * * no (entiende|entiendes|ha entendido|has entendido)', 'que parte de * * * no (entiende|entiendes|ha entendido|has entendido)',
          'cuantas veces (tengo|tenemos|hay) que (decirselo|decirtelo|repetirselo|repetirtelo|explicarselo|explicartelo|decir|repetir|explicar)',
          'por (enesima|centesima|milesima) vez', '(ha|has) leido (siquiera|acaso)', '(acaso|es que) no (lee|lees|ha leido|has leido)',
          'a quien se le ocurre', 'use (la cabeza|el cerebro|el sentido comun)', 'usa (la cabeza|el cerebro)',
          '(se lo|te lo) (he|hemos) (dicho|explicado|repetido) (mil|cien|cientos de|un millon de|mil y una) veces', '(es que|acaso) no (lo|) (entiende|entiendes)',
          'como se (atreve|atreven)', 'como te atreves', 'quien se (cree|creen) que (es|son)', 'quien te crees que eres', 'no (me|nos) (hable|hables) en ese tono', 'no es usted el unico cliente', 'no eres el unico cliente',
          'tenemos (mas|otros) clientes', '(no vamos a|no pensamos|no podemos) perder (mas|) (el|) tiempo (con esto|con usted|contigo|en esto)', '(le|te) guste o no',
          'usted sabra lo que hace', 'tu sabras lo que haces',
          '(usted|tu|) no (tiene|tienes) ni idea de lo que (dice|dices|hace|haces)', '(aprenda|aprende) a (usar|utilizar|manejar)',
        ],
        notBefore: ['no', 'si'],
      },
      {
        // "¿Qué esperaba?" sneers; "el paquete que esperaba" is the parcel.
        phrases: ['en que (estaba|estabas) pensando', 'que (esperaba|esperabas|se esperaba|te esperabas)', 'que (esperaba|esperabas) por ese precio'],
        requireBefore: ['^'],
        requireAfter: ['?', 'por'],
      },
      {
        phrases: ['en serio', 'de verdad', 'perdone', 'perdona', 'como dice', 'como'],
        // Only as a sneering one-word question: "¿En serio?" / "¿Perdone?".
        requireBefore: ['^'],
        requireAfter: ['?'],
        notAfter: ['*'],
      },
      {
        // Interjecciones de hastío que abren una réplica: "Venga ya, el arañazo sale en las fotos".
        phrases: [
          'venga ya', 'anda ya', 'vamos ya', 'venga hombre', 'anda hombre', 'vamos hombre', 'hombre por favor', 'por favor hombre',
          'ya (le|te|les) vale', 'habrase visto', 'vamos anda', 'pero que dice', 'pero que dices',
        ],
        // Fuera a propósito: "manda narices", "lo que nos faltaba" se ponen del lado del cliente tanto como lo desprecian.
        requireBefore: ['^'],
        requireAfter: ['$'],
      },
      {
        // "¿Habla en serio?", "¿De verdad me está diciendo que…?".
        phrases: [
          '(habla|hablas|me habla|me hablas) en serio', '(en serio|de verdad) (me|nos) (esta|estas) (usted|) (diciendo|pidiendo|contando|reclamando)',
          '(en serio|de verdad) (pretende|pretendes|espera|esperas|cree|crees) (usted|) que',
        ],
        notBefore: ['si', 'no'],
      },
      {
        // "¡Qué morro!", "menudo descaro", "el colmo de la caradura": desprecio por lo que pide el cliente.
        phrases: [
          '(que|vaya|menudo|menuda) (morro|jeta|descaro|desfachatez|caradura|cuajo|sinverguenza|sinverguenzas)',
          '(hay que|hace falta) tener (un|) (morro|jeta|descaro|cara|cuajo|narices)',
          '(tiene|tienes|tienen) (usted|ustedes|) (un|un buen|un gran|mucho|muchisimo|bastante) (morro|descaro|cuajo|jeta)',
          'el colmo (de la|del|de) (desfachatez|descaro|caradura|cara dura|jeta|morro|poca verguenza|frescura|cinismo)',
          'con (todo el|un) descaro', 'que poca educacion',
        ],
        notBefore: ['no', 'sin'],
      },
      {
        // "¡Qué cara!" / "¡Vaya cara tiene!"; "qué cara de felicidad" es otra cosa.
        phrases: ['(que|vaya|menuda) cara', '(que|vaya|menuda) cara (tiene|tienes|tienen|mas dura|mas dura tiene|mas dura tienes)'],
        requireBefore: ['^'],
        requireAfter: ['$'],
        notAfter: ['de'],
      },
    ],
    threat: [
      {
        phrases: [
          '(se|te) (arrepentira|arrepentiras|va a arrepentir|vas a arrepentir|arrepentiran)', '(es|este es) (su|tu) (ultimo|unico) aviso', 'ultimo aviso', 'ultima advertencia',
          'queda (usted|) advertid*', 'quedas advertid*', 'esta (usted|) avisad*', 'estas avisad*', 'nos veremos en los tribunales', 'nos vemos en los tribunales', 'no (tiente|tientes) a la suerte',
          'cuidado con (lo que dice|lo que dices|sus palabras|tus palabras|ese tono|su tono|tu tono)', 'sabemos donde (vive|vives)',
          '(emprenderemos|tomaremos|iniciaremos|iremos por la via de|adoptaremos) (acciones|medidas) (legales|judiciales) contra (usted|ti)', '(le|te|lo|la) (denunciaremos|vamos a denunciar|demandaremos|vamos a demandar)',
          '(llamaremos|avisaremos) a la policia',
          'no (volvera|volveras) a (comprar|pedir|volar|reservar) con nosotros',
        ],
        notBefore: ['no', 'si'],
      },
      {
        phrases: ['o si no', 'o ya vera', 'o ya veras', 'si no ya vera', 'si no ya veras', 'atengase a las consecuencias', 'atente a las consecuencias'],
        requireAfter: ['$'],
      },
      {
        // "Si sigue reclamando, cerraremos su cuenta": only with a cue.
        phrases: [
          '(cerraremos|suspenderemos|bloquearemos|cancelaremos|eliminaremos|desactivaremos|restringiremos|congelaremos|daremos de baja|borraremos|limitaremos) (su|tu) (cuenta|perfil|suscripcion|linea|acceso|servicio|tarjeta|membresia)',
          '(vamos a|nos veremos obligados a|tendremos que|procederemos a|no dudaremos en|podemos|podriamos|nos reservamos el derecho de|nos reservamos el derecho a) (cerrar|suspender|bloquear|cancelar|eliminar|desactivar|restringir|congelar|dar de baja|borrar|limitar) (su|tu) (cuenta|perfil|suscripcion|linea|acceso|servicio|tarjeta|membresia)',
          '(su|tu) (cuenta|perfil|suscripcion|linea|acceso|servicio|membresia) (sera|quedara|podria ser|puede ser|va a ser|podria quedar|puede quedar) (definitivamente|) (cerrad*|suspendid*|bloquead*|cancelad*|eliminad*|desactivad*|restringid*|congelad*|dad* de baja|borrad*|limitad*|vetad*)',
          '(le|te) (bloquearemos|vetaremos|expulsaremos|daremos de baja|cobraremos|multaremos|denunciaremos)',
          '(le|te) (bloqueamos|cerramos|suspendemos|cancelamos|damos de baja|eliminamos|congelamos) (la cuenta|el acceso|el perfil|la linea|la suscripcion)',
          '(cerramos|bloqueamos|suspendemos|cancelamos|eliminamos) (su|tu) (cuenta|perfil|acceso|linea|suscripcion)',
          '(sera|seras|quedara|quedaras) (usted|) (bloquead*|vetad*|expulsad*|denunciad*)',
          '(emprenderemos|tomaremos|iniciaremos|adoptaremos) (acciones|medidas) (legales|judiciales|disciplinarias|oportunas)',
          // The service or contract spelled out, and handing the customer to lawyers: "le cortaremos el servicio", "pasaremos el caso a nuestros abogados".
          '(le|te) (cortaremos|cortamos|vamos a cortar|suspenderemos|retiraremos|rescindiremos|anularemos|quitaremos|desconectaremos|cancelaremos|cerraremos) (el|la|los|las) (servicio|suministro|contrato|poliza|seguro|reserva|reservas|plaza|abono|bono|tarjeta|descuento|descuentos|garantia|conexion|linea|luz|gas|agua|internet|cuenta|acceso|alta|suscripcion|membresia|pedidos|envios|credito)',
          '(cortaremos|suspenderemos|retiraremos|rescindiremos|anularemos|desconectaremos|vamos a cortar|vamos a rescindir|vamos a anular) (el|su|tu) (servicio|suministro|contrato|poliza|seguro|abono|bono|descuento|garantia|conexion)',
          '(pasaremos|trasladaremos|pondremos|remitiremos|enviaremos|llevaremos|vamos a pasar|vamos a poner|vamos a llevar) (el caso|el asunto|este asunto|su caso|tu caso|su expediente|esto|la deuda|su deuda|tu deuda) (a|en manos de|ante) (nuestros abogados|nuestro abogado|nuestro departamento legal|nuestro departamento juridico|nuestros servicios juridicos|la asesoria juridica|una agencia de cobro|una empresa de recobro|los tribunales|el juzgado|la policia)',
          '(le|te|lo|la) (llevaremos|vamos a llevar|llevamos) (a juicio|a los tribunales|ante el juez|ante los tribunales)',
          '(le|te) (reclamaremos|exigiremos) (judicialmente|por via judicial|ante los tribunales)',
          '(dejaremos de|no volveremos a) (atender|servir|aceptar|tramitar|responder) (le|te|sus|tus|a usted|a ti)',
          '(supondra|conllevara|llevara a|dara lugar a|implicara|provocara) (el cierre|la suspension|el bloqueo|la baja|la cancelacion|la desactivacion) (definitiv*|) de (su|tu) (cuenta|perfil|suscripcion|linea)',
        ],
        needsCue: true,
        notBefore: ['no', 'si', 'quiere que', 'desea que', 'prefiere que', 'solicito que', 'pidio que'],
        notAfter: ['como (nos pidio|nos ha pedido|solicito|ha solicitado|nos indico)', 'a peticion (suya|tuya)', 'si (asi lo desea|lo desea|lo deseas|nos lo confirma|nos lo confirmas)', 'por (su|tu) (seguridad|proteccion)', 'para proteger',
          // A maintenance cut, not a sanction: "le cortaremos el servicio unos minutos para reiniciar el router".
          '(unos|unas|durante|temporalmente|brevemente|mientras|solo|solamente|de|entre)', 'para (reparar|reiniciar|revisar|actualizar|cambiar|instalar|sustituir|hacer|conectar|migrar|cambiarle|cambiarte)'],
      },
    ],
    threatCue: [
      {
        phrases: [
          'si (sigue|continua|vuelve a|insiste|persiste|sigues|continuas|vuelves a|insistes|persistes|siguen|continuan)', 'si (esto|esta situacion|este comportamiento) (se repite|vuelve a ocurrir|vuelve a pasar|continua|sigue)',
          'si (nos|me) (vuelve|vuelves) a (escribir|llamar|contactar|reclamar)', 'si (vuelve|vuelves) a (reclamar|quejarse|quejarte|escribirnos|llamarnos|pedir)',
          'si no (deja|dejas|dejan) de', 'a menos que (deje|dejes|deje usted) de', 'a no ser que (deje|dejes) de', 'deje de (escribir|reclamar|quejarse|enviar|llamar|insultar|amenazar|molestar)',
          'una (queja|reclamacion|vez|incidencia|solicitud de reembolso|devolucion) mas', 'otra (queja|reclamacion|incidencia|solicitud de reembolso|devolucion) mas',
          'otra (queja|reclamacion|incidencia) (asi|como esta)', 'cualquier (otra|nueva) (queja|reclamacion|incidencia|solicitud)', 'a la proxima', 'la proxima vez que',
          'de seguir asi', 'como (vuelva|vuelvas) a', 'si (continua|sigue) (asi|con esta actitud|con este comportamiento)', 'reclamaciones reiteradas', 'quejas reiteradas',
          '(segunda|tercera|cuarta|quinta|sexta|enesima) (queja|reclamacion|vez|incidencia|solicitud de reembolso|devolucion)', 'demasiadas (quejas|reclamaciones|incidencias|solicitudes|devoluciones)',
          '(otra|una) (falsa alarma|devolucion|cancelacion|reserva cancelada|ausencia|falta|impago|denuncia|disputa|contracargo) mas',
          '(otra|una nueva|cualquier otra) (falsa alarma|ausencia|falta|impago|disputa|contracargo|cancelacion de ultima hora)', 'si (no paga|no pagas|no abona|no abonas|no devuelve|no devuelves) (antes|en|hoy|manana|esta semana)',
          'este comportamiento', 'este tipo de comportamiento', 'comportamiento abusivo', 'uso abusivo', 'abusar de', 'o si no', 'si sigue asi', 'si sigues asi',
        ],
      },
    ],
    reported: [
      {
        phrases: [
          '(usted|tu|) (dice|dices|dijo|dijiste|comenta|comentas|comento|comentaste|considera|consideras|califica|calificas|califico|llama|llamas|llamo|escribio|escribiste|opina|opinas|cree|crees|siente|sientes)',
          '(le|te) (parece|parecio|resulta|resulto)', 'en (sus|tus) palabras', 'segun (usted|tu|su mensaje|tu mensaje)', '(su|tu) (mensaje|resena|comentario|queja) (dice|decia|califica)',
          'siento que (le|te) (parezca|haya parecido)', 'lamento que (le|te) (parezca|haya parecido)',
        ],
        // "Lo que dice es mentira" is our judgement of what the customer said.
        notBefore: ['lo', 'eso', 'esto', 'que', 'todo lo'],
      },
    ],
    lectureCue: [
      {
        phrases: [
          'sermon*', 'leccion', 'lecciones', 'leccioncitas', 'consejos (sobre|de) como', 'monsergas',
          'como (llevar|gestionar|dirigir|hacer|montar|organizar|administrar) (una|un|nuestra|nuestro|nuestras|nuestros|el|la|los|las|su|mi)',
          'como se (lleva|gestiona|dirige|hace|monta|organiza|administra) (una|un|el|la)', 'como (tenemos|debemos|deberiamos|hay) que (hacer|llevar|gestionar)',
          '(decirnos|decirme|ensenarnos|ensenarme|explicarnos|explicarme) como', '(nuestro|mi) trabajo',
        ],
      },
    ],
  },
  words: {
    clauseOpeners: ['y', 'bueno', 'pues', 'vale', 'mire', 'mira', 'oiga', 'oye', 'sinceramente', 'francamente', 'la', 'verdad', 'pero', 'ya', 'ah', 'ay', 'eh', 'en', 'fin', 'total', 'vamos', 'venga', 'si'],
    instructionVerbs: [],
  },
  conjunctions: ['y', 'e', 'pero', 'asi', 'o', 'aunque', 'porque', 'pues', 'ya', 'que', 'sino', 'mas'],
  coordinators: ['y', 'e', 'pero', 'o', 'u', 'sino'],
};
