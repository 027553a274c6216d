import type { NoBlameData } from './index.ts';

const USTED = '(usted|ud)';
// Verbs of telling in the agent's past: "como ya le dije", "como le expliqué".
const TOLD_I = '(dije|explique|indique|comente|mencione|informe|adverti|aclare|avise|comunique|habia dicho|habia explicado|habia indicado|habia comentado|he dicho|he explicado|he indicado|he comentado|he informado|he mencionado|he aclarado)';
const TOLD_WE = '(dijimos|explicamos|indicamos|comentamos|informamos|advertimos|aclaramos|mencionamos|comunicamos|hemos dicho|hemos explicado|hemos indicado|hemos comentado|hemos informado|hemos mencionado|habiamos dicho|habiamos explicado|habiamos indicado|habiamos informado)';
const EARLIER = '(ya|antes|anteriormente|previamente|varias veces|en repetidas ocasiones|mas de una vez|en varias ocasiones|en su momento)';
const WARNED = '(ya|antes|anteriormente|previamente|varias veces|en repetidas ocasiones|mas de una vez|en varias ocasiones|en su momento|claramente|expresamente|debidamente|por escrito|con antelacion)';
// The same, optional, for "ya le dije dos veces que …".
const EARLIER_OPT = '(|antes|anteriormente|previamente|varias veces|dos veces|en repetidas ocasiones|mas de una vez|en varias ocasiones|en su momento|por telefono|por correo)';
// What went wrong, as the subject of "… viene de su lado".
const FAULT = '(|el|la|este|esta|ese|esa|todo el|el verdadero|el unico) (problema|problemas|fallo|fallos|error|errores|averia|incidencia|falla|culpa|origen del problema|origen del fallo|causa del problema|causa del fallo)';
const COMES = '(viene|venia|vino|proviene|provenia|procede|procedia|esta|estaba|es|era|fue|se origina|se origino|se encuentra|radica|reside|parte|surge|surgio|se produce|se produjo|se genera|se genero)';
// Customer tasks whose omission causes the problem ("porque no pagó"), as usted/third-person preterite, participle and tú preterite.
const TASK_PRET = '(pago|abono|confirmo|activo|cancelo|actualizo|reviso|comprobo|verifico|valido|respondio|contesto|devolvio|envio|mando|renovo|registro|guardo|espero|aviso|llamo|completo|relleno|introdujo|acepto|adjunto|apago|desconecto|hizo|siguio|leyo|presento|aporto|recogio|descargo|instalo|solicito|reclamo|firmo|marco|selecciono|escaneo|imprimio|trajo|uso|utilizo|respeto)';
const TASK_PART = '(pagado|abonado|confirmado|activado|cancelado|actualizado|revisado|comprobado|verificado|validado|respondido|contestado|devuelto|enviado|mandado|renovado|registrado|guardado|esperado|avisado|llamado|completado|rellenado|introducido|aceptado|adjuntado|apagado|desconectado|hecho|seguido|leido|presentado|aportado|recogido|descargado|instalado|solicitado|reclamado|firmado|marcado|seleccionado|escaneado|impreso|traido|usado|utilizado|respetado)';
const TASK_TU = '(pagaste|abonaste|confirmaste|activaste|cancelaste|actualizaste|revisaste|comprobaste|verificaste|validaste|respondiste|contestaste|devolviste|enviaste|mandaste|renovaste|registraste|guardaste|esperaste|avisaste|llamaste|completaste|rellenaste|introdujiste|aceptaste|adjuntaste|apagaste|desconectaste|hiciste|seguiste|leiste|presentaste|aportaste|recogiste|descargaste|instalaste|solicitaste|reclamaste|firmaste|marcaste|seleccionaste|escaneaste|imprimiste|trajiste|usaste|utilizaste|respetaste)';
// Participles of what a counterfactual reproach says the customer should have done ("si hubiera leído …").
const SHOULD_PART = '(leido|seguido|hecho caso|prestado atencion|revisado|comprobado|llamado|contactado|avisado|consultado|esperado|actualizado|apagado|desconectado|guardado|mirado|respetado|cumplido|fijado|fijado bien|leido bien|escuchado|preguntado|verificado|confirmado|pagado|activado|cancelado|renovado|registrado|hecho una copia|hecho la copia|tenido cuidado|tenido en cuenta|tenido mas cuidado|molestado en|cargado|completado|rellenado|devuelto|puesto en contacto|dado cuenta|asegurado|informado|escrito|dicho|enviado|mandado|adjuntado|instalado|desinstalado|reiniciado|cerrado sesion|cerrado la sesion)';
const PLAIN_FAULT = '(error|descuido|negligencia|equivocacion|despiste|mal uso|fallo)';

export const es: NoBlameData = {
  phrases: {
    reproach: [
      {
        phrases: [
          '(es|fue|era|sera|ha sido|seria) (|totalmente|completamente|enteramente|exclusivamente|solo|unicamente) (su|tu|vuestra) (|propia) culpa',
          '(es|fue|era|ha sido|seria) (|totalmente|completamente|enteramente|exclusivamente) culpa (suya|tuya|vuestra|de usted|de ustedes|del cliente)',
          '(la|) culpa (es|fue|era|ha sido|la tiene|la tuvo|la tienes|la tuviste) (|totalmente|completamente|solo|unicamente) (suya|tuya|vuestra|de usted|usted|tu)',
          `${USTED} (tiene|tuvo) (|toda) la culpa`,
          '(|tu) (tienes|tuviste) (|toda) la culpa',
          '(es|era|fue) (|exclusivamente|totalmente|unicamente) (su|tu) responsabilidad',
          '(es|era|fue) responsabilidad (suya|tuya|de usted|del cliente|del usuario|del titular)',
          'la responsabilidad (es|era|fue) (suya|tuya|de usted|del cliente|del usuario)',
          `(un|el|fue un|es un|ha sido un) ${PLAIN_FAULT} (suyo|tuyo|de su parte|por su parte|de usted|de tu parte|por tu parte)`,
          `${PLAIN_FAULT} (suyo|tuyo|de su parte|por su parte|de tu parte|por tu parte)`,
          '(una|la) (equivocacion|negligencia|confusion) (suya|tuya|de su parte|por su parte|de tu parte)',
          '(error|fallo) (del|de) (usuario|cliente)',
          `${USTED} (se equivoco|se ha equivocado|esta equivocado|esta equivocada|se confundio|se ha confundido)`,
          '(se equivoco|se ha equivocado|se confundio) usted',
          '(te equivocaste|te has equivocado|estas equivocado|estas equivocada|te confundiste|te has confundido)',
          'usted sabra lo que hace',
          '(ya|) (deberia|deberias) saber(lo|) (|mejor)',
        ],
        hint: 'Describa qué ha pasado y el siguiente paso, sin decir de quién es la culpa.',
      },
      {
        phrases: [
          'por (su|tu) (|propia) culpa',
          'por culpa (suya|tuya|de usted|de ustedes)',
          `(por|debido a|a causa de) (su|tu) (|propio|propia) ${PLAIN_FAULT}`,
          '(a causa de|debido a) (usted|ti)',
        ],
        replace: '',
        hint: 'Quite quién lo causó; basta con el problema y la solución.',
      },
    ],
    attribution: [
      {
        phrases: [
          `${FAULT} ${COMES} (|claramente|evidentemente|totalmente|completamente|solo|unicamente|exclusivamente) (de|en|por|desde|a) (su|tu|vuestro|vuestra) (lado|parte|extremo)`,
          `${FAULT} ${COMES} (|claramente|evidentemente|totalmente|completamente|solo|unicamente|exclusivamente) (del|en el|por el|desde el) lado (suyo|tuyo|vuestro|del cliente|de usted)`,
          `${FAULT} ${COMES} (|claramente|evidentemente|totalmente|completamente|solo|unicamente|exclusivamente) (de|en|por) (usted|ti|ustedes|vosotros)`,
          `${FAULT} se debe (|solo|unicamente|exclusivamente) a (usted|ti|ustedes)`,
          '(problema|problemas|fallo|fallos|averia|incidencia|incidencias|falla|fallas) (de|por|en|del) (su|tu|vuestra) (parte|lado)',
          '(problema|problemas|fallo|fallos|averia|incidencia|falla) del lado (suyo|tuyo|del cliente)',
        ],
        hint: 'Diga qué falla (un ajuste, la conexión, el aparato), no de qué lado está el problema.',
        // "su parte trasera", "su lado izquierdo": the device's side, not the customer's.
        notAfter: ['trasera', 'trasero', 'delantera', 'delantero', 'superior', 'inferior', 'izquierda', 'izquierdo', 'derecha', 'derecho', 'interior', 'exterior', 'posterior', 'frontal', 'lateral', 'final', 'central', 'inicial', 'de atras', 'de abajo', 'de arriba'],
      },
    ],
    cause: [
      {
        phrases: [
          `(|usted|ud|ustedes) (no|nunca) (|lo|la|los|las|le|les|nos|me) ${TASK_PRET}`,
          `(|usted|ud|ustedes) (no|nunca) (|lo|la|los|las|le|les|nos|me) (ha|habia|hubo) ${TASK_PART}`,
          '(|usted|ud) (no|nunca) se (registro|ha registrado|identifico|ha identificado|conecto|ha conectado|presento|ha presentado|puso en contacto|ha puesto en contacto|dio de alta|ha dado de alta|dio de baja|ha dado de baja|aseguro|ha asegurado|fijo|ha fijado|leyo|ha leido)',
          '(|tu) (no|nunca) te (registraste|has registrado|identificaste|conectaste|presentaste|pusiste en contacto|diste de alta|diste de baja|aseguraste|fijaste|leiste|has leido)',
          `(|tu) (no|nunca) (|lo|la|los|las|le|les|te|nos|me) ${TASK_TU}`,
          `(|tu) (no|nunca) (|lo|la|los|las|le|les|te|nos|me) (has|habias) ${TASK_PART}`,
          '(|usted|ud) (se salto|se ha saltado|omitio|ha omitido|ignoro|ha ignorado|descuido|ha descuidado|paso por alto|ha pasado por alto|dejo pasar|ha dejado pasar|dejo vencer|ha dejado vencer|dejo caducar|ha dejado caducar)',
          '(|tu) (te saltaste|te has saltado|omitiste|has omitido|ignoraste|has ignorado|descuidaste|pasaste por alto|has pasado por alto|dejaste pasar|dejaste vencer|dejaste caducar)',
          '(|usted|ud|tu) (eligio|ha elegido|elegiste|has elegido|selecciono|ha seleccionado|seleccionaste|introdujo|ha introducido|introdujiste|puso|ha puesto|pusiste|uso|ha usado|usaste|marco|marcaste) (el|la|un|una) (|opcion|dato|datos|numero|codigo|direccion|tarifa|talla|fecha) (equivocado|equivocada|incorrecto|incorrecta|erroneo|erronea|que no era)',
        ],
        hint: 'Diga qué falta o qué hay que cambiar («el pago no nos ha llegado»), no lo que el cliente no hizo.',
        // "porque no hizo falta", "porque no llamó nadie".
        notAfter: ['falta', 'efecto', 'frio', 'calor', 'nada', 'nadie', 'ningun', 'ninguna', 'el banco', 'la entidad', 'el sistema', 'el repartidor', 'el mensajero', 'el transportista', 'el tecnico', 'la tienda', 'el vendedor'],
      },
    ],
    told: [
      {
        phrases: [
          // Without "ya", only the plain "como le dije": "como le comenté ayer" is often a neutral recap.
          'como (le|te|les|os|se lo|te lo) (dije|dijimos|repeti|adverti|advertimos|he dicho|hemos dicho|habia dicho|habiamos dicho|he repetido)',
          `como ya (le|te|les|os|se lo|se le|te lo) ${TOLD_I}`,
          `como ya (le|te|les|os|se lo|se le|te lo) ${TOLD_WE}`,
          `como ya ${TOLD_I}`,
          `como ya ${TOLD_WE}`,
          `como (dije|explique|indique|mencione|comente|dijimos|explicamos|indicamos|mencionamos|comentamos|informamos|senale|senalamos) (anteriormente|antes|previamente|ya)`,
          'como ya se (le|te|les) (dijo|explico|indico|informo|comento|advirtio|comunico|aclaro|ha dicho|ha explicado|ha indicado|ha informado|habia dicho|habia explicado|habia indicado|habia informado)',
          'como se (le|te|les) (dijo|explico|indico|informo|comento|advirtio|comunico|aclaro|ha dicho|ha explicado|ha indicado|ha informado|habia dicho|habia explicado|habia indicado|habia informado) (anteriormente|previamente|ya|en su momento|varias veces)',
          'como (se ha|se habia|ya se ha|ya se habia) (dicho|explicado|indicado|mencionado|comentado|informado|senalado) (|anteriormente|ya|previamente|antes)',
          `segun ya (le|te) (dije|explique|indique|comente|informe|adverti|hemos indicado|hemos informado|indicamos|informamos|explicamos)`,
          'como (ya|) (le|te) (he repetido|repeti|repito|hemos repetido)',
        ],
        replace: 'recapitulando',
      },
    ],
    statement: [
      {
        phrases: [
          `ya (le|les|se lo|se la) ${TOLD_I} ${EARLIER_OPT} (|que)`,
          `ya (le|les|se lo|se la) ${TOLD_WE} ${EARLIER_OPT} (|que)`,
          `(le|se lo) (he dicho|he explicado|he repetido|hemos dicho|hemos explicado|dije|explique|dijimos|explicamos) ${EARLIER} (|que)`,
          '(le|se lo) (repito|vuelvo a repetir) (|que)',
          '(le|les) (vuelvo|volvemos) a (repetir|explicar|decir) (|que)',
        ],
        replace: 'le recuerdo que',
      },
      {
        phrases: [
          `ya (te|te lo|te la) ${TOLD_I} ${EARLIER_OPT} (|que)`,
          `ya (te|te lo|te la) ${TOLD_WE} ${EARLIER_OPT} (|que)`,
          `te (lo|) (he dicho|he explicado|he repetido|hemos dicho|dije|explique|dijimos) ${EARLIER} (|que)`,
          'te (lo|) repito (|que)',
          'te (vuelvo|volvemos) a (repetir|explicar|decir) (|que)',
        ],
        replace: 'te recuerdo que',
      },
    ],
    instructed: [
      {
        phrases: [
          `${USTED} (fue|ha sido|habia sido) (advertido|advertida|avisado|avisada|informado|informada|notificado|notificada) ${WARNED}`,
          `${USTED} (fue|ha sido|habia sido) (advertido|advertida)`,
          `(ya|) se (le|te) (advirtio|aviso|informo|indico|explico|comunico|dijo|recordo|ha advertido|ha avisado|ha informado|ha indicado|habia advertido|habia avisado|habia informado|habia indicado) ${WARNED}`,
          'ya se (le|te) (advirtio|aviso|informo|indico|explico|comunico|dijo|recordo|ha advertido|ha avisado|ha informado|ha indicado|habia advertido|habia avisado|habia informado|habia indicado)',
          'se (le|te) (advirtio|ha advertido|habia advertido)',
          '(fuiste|has sido) (advertido|advertida|avisado|avisada|informado|informada)',
          '(le|te|les) (advertimos|adverti|avisamos|avise) (ya|claramente|varias veces|previamente|con antelacion|en su momento)',
        ],
        hint: 'No recuerde al cliente que ya se le avisó; explique la situación y el siguiente paso.',
      },
    ],
    act: [
      {
        phrases: [
          `${USTED} (|ni siquiera) no (leyo|ha leido|habia leido|se leyo|se ha leido|reviso|ha revisado|comprobo|ha comprobado|verifico|ha verificado|miro|ha mirado)`,
          `${USTED} no (siguio|ha seguido|respeto|ha respetado|cumplio|ha cumplido) (|con)`,
          `${USTED} no (presto|ha prestado|puso) atencion (|a)`,
          `${USTED} no se (fijo|ha fijado) (|en)`,
          `${USTED} no (hizo|ha hecho) (|ningun) caso (|a|de)`,
          `${USTED} ni siquiera (leyo|ha leido|miro|reviso)`,
          '(|tu) no (leiste|has leido|te leiste|te has leido|revisaste|has revisado|comprobaste|has comprobado|miraste|has mirado)',
          '(|tu) no (seguiste|has seguido|respetaste|has respetado|cumpliste|has cumplido) (|con)',
          '(|tu) no (prestaste|has prestado|pusiste) atencion (|a)',
          '(|tu) no te (fijaste|has fijado) (|en)',
          '(|tu) no (hiciste|has hecho) (|ningun) caso (|a|de)',
          '(|tu) ni siquiera (leiste|has leido|miraste|revisaste)',
        ],
        replace: 'es fácil pasar por alto',
      },
      {
        phrases: [
          `${USTED} (ignoro|ha ignorado|paso por alto|ha pasado por alto|no tuvo en cuenta|no ha tenido en cuenta|desatendio|ha desatendido)`,
          `${USTED} (hizo|ha hecho) caso omiso (a|de)`,
        ],
        replace: 'quizá no vio',
      },
      {
        phrases: [`${USTED} (se salto|se ha saltado|se habia saltado|omitio|ha omitido|habia omitido)`],
        replace: 'quizá no vio',
      },
      {
        phrases: ['(|tu) (te saltaste|te has saltado|te habias saltado|omitiste|has omitido)'],
        replace: 'quizá no viste',
        notAfter: ['ninguno', 'ninguna', 'nada'],
      },
      {
        phrases: [
          '(|tu) (ignoraste|has ignorado|pasaste por alto|has pasado por alto|no tuviste en cuenta|no has tenido en cuenta)',
          '(|tu) (hiciste|has hecho) caso omiso (a|de)',
        ],
        replace: 'quizá no viste',
      },
      {
        phrases: [`${USTED} (entendio mal|ha entendido mal|malinterpreto|ha malinterpretado|no entendio|no ha entendido|confundio|ha confundido|leyo mal|ha leido mal)`, '(|tu) (entendiste mal|has entendido mal|malinterpretaste|has malinterpretado|no entendiste|confundiste|has confundido|leiste mal|has leido mal)'],
        replace: 'hubo un malentendido con',
      },
      {
        phrases: [`${USTED} no nos (aviso|informo|comunico|dijo|ha avisado|ha informado|ha comunicado|ha dicho)`, '(|tu) no nos (avisaste|informaste|dijiste|comunicaste|has avisado|has informado|has dicho)'],
        replace: 'no recibimos aviso',
      },
      {
        phrases: [
          `${USTED} (rompio|ha roto|daño|ha dañado|estropeo|ha estropeado|causo|ha causado|provoco|ha provocado|averio|ha averiado|destrozo|ha destrozado|dejo caer|ha dejado caer|forzo|ha forzado|mojo|ha mojado|manipulo|ha manipulado|golpeo|ha golpeado)`,
          `${USTED} no (cancelo|ha cancelado|pago|ha pagado|devolvio|ha devuelto|respondio|ha respondido|renovo|ha renovado|envio|ha enviado|confirmo|ha confirmado|tramito|ha tramitado) (|el pedido|la suscripcion|el producto|la baja|la factura|el formulario) (a tiempo|en plazo|dentro del plazo|en el plazo)`,
          '(|tu) (rompiste|has roto|dañaste|has dañado|estropeaste|has estropeado|causaste|has causado|provocaste|has provocado|averiaste|destrozaste)',
          '(ni siquiera|nunca) (se molesto|se ha molestado|te molestaste|te has molestado) en',
          'por no (haber|) (leido|leer|seguido|seguir|hecho caso|respetado|respetar|revisado|revisar|actualizado|actualizar|prestado atencion|prestar atencion)',
          '(usted|tu) (mismo|misma) (borro|elimino|cambio|modifico|desactivo|desconecto|rompio|borraste|eliminaste|cambiaste|modificaste|desactivaste|desconectaste|rompiste|ha borrado|ha eliminado|ha cambiado|ha modificado|ha desactivado|has borrado|has cambiado)',
          // With the object as a clitic, and the other things customers undo themselves: "tú mismo la borraste", "usted mismo lo canceló".
          '(usted|tu|ud) (mismo|misma) (lo|la|los|las|le|les|se lo|se la|se los|se las|me lo|me la|nos lo|nos la|) (borro|elimino|cambio|modifico|desactivo|desconecto|rompio|anulo|cancelo|desinstalo|reseteo|apago|tiro|perdio|forzo|abrio|mojo|quito|bloqueo|desbloqueo|reinicio|formateo|desenchufo|desmonto|manipulo|configuro|desconfiguro|sobrescribio|vacio|vendio|regalo|devolvio|rechazo|dio de baja|borraste|eliminaste|cambiaste|modificaste|desactivaste|desconectaste|rompiste|anulaste|cancelaste|desinstalaste|reseteaste|apagaste|tiraste|perdiste|forzaste|abriste|mojaste|quitaste|bloqueaste|reiniciaste|formateaste|desenchufaste|desmontaste|manipulaste|configuraste|desconfiguraste|sobrescribiste|vaciaste|rechazaste|diste de baja|ha borrado|ha eliminado|ha cambiado|ha modificado|ha desactivado|ha anulado|ha cancelado|ha desinstalado|ha apagado|ha tirado|ha perdido|ha roto|ha forzado|ha abierto|ha quitado|ha bloqueado|ha formateado|ha desenchufado|ha manipulado|ha rechazado|ha dado de baja|has borrado|has cambiado|has eliminado|has modificado|has desactivado|has anulado|has cancelado|has desinstalado|has apagado|has tirado|has perdido|has roto|has forzado|has abierto|has quitado|has bloqueado|has formateado|has desenchufado|has manipulado|has rechazado|has dado de baja)',
          '(lo|la|los|las) (borro|elimino|cancelo|anulo|desactivo|rompio|perdio|tiro|borraste|eliminaste|cancelaste|anulaste|desactivaste|rompiste|perdiste|tiraste|ha borrado|ha eliminado|ha cancelado|ha anulado|has borrado|has eliminado|has cancelado|has anulado) (usted|tu) (mismo|misma)',
          'no (se molesto|se ha molestado|te molestaste|te has molestado) en',
        ],
        hint: 'Describa lo que le pasó a la cuenta o al aparato, no lo que el cliente hizo mal.',
      },
    ],
    actAmbiguous: [
      {
        phrases: ['no (leyo|ha leido|habia leido|se leyo|se ha leido)', 'ni siquiera (leyo|ha leido|miro|reviso)'],
        replace: 'es fácil pasar por alto',
      },
      {
        phrases: [
          'no (presto|ha prestado|puso) atencion (|a)',
          'no se (fijo|ha fijado) (|en)',
          'no (hizo|ha hecho) (|ningun) caso (|a|de)',
        ],
        replace: 'es fácil pasar por alto',
      },
      {
        phrases: ['no (siguio|ha seguido|respeto|ha respetado|cumplio|ha cumplido) (|con) (las|los|el|la|nuestras|nuestros|nuestra|nuestro|mis|estas|estos|dichas|dichos) (instrucciones|pasos|indicaciones|recomendaciones|normas|condiciones|plazo|plazos|procedimiento|requisitos|advertencias|avisos|consejos)'],
        replace: 'es fácil pasar por alto {tail}',
      },
      {
        phrases: ['no (cancelo|ha cancelado|pago|ha pagado|devolvio|ha devuelto|respondio|ha respondido|renovo|envio|ha enviado|confirmo|tramito) (|el pedido|la suscripcion|el producto|la baja|la factura|el formulario) (a tiempo|en plazo|dentro del plazo|en el plazo)'],
        hint: 'Explique el plazo y lo que podemos hacer ahora, sin reprochar el retraso.',
      },
      {
        phrases: ['(ignoro|ha ignorado|paso por alto|ha pasado por alto)', '(hizo|ha hecho) caso omiso (a|de)'],
        replace: 'quizá no vio',
        notBefore: ['se', 'lo', 'la', 'le'],
      },
      {
        phrases: ['(se salto|se ha saltado|se habia saltado) (el|los|la|las|un|una|varios|varias|algun|algunos|algunas|uno de los|una de las|ese|esos|este|estos|dicho|dichos|nuestro|nuestros|nuestras) (|primer|primeros|ultimo|ultimos) (paso|pasos|instruccion|instrucciones|indicacion|indicaciones|aviso|avisos|advertencia|advertencias|plazo|plazos|procedimiento|proceso|requisito|requisitos|apartado|apartados|punto|puntos)'],
        replace: 'quizá no vio {tail}',
      },
      {
        phrases: ['(entendio mal|ha entendido mal|malinterpreto|ha malinterpretado|leyo mal|ha leido mal)'],
        replace: 'hubo un malentendido con',
        notBefore: ['se', 'lo', 'la'],
      },
      {
        phrases: ['no nos (aviso|informo|comunico|ha avisado|ha informado|ha comunicado)'],
        replace: 'no recibimos aviso',
      },
    ],
    forgot: [
      {
        phrases: [`${USTED} (olvido|ha olvidado|se olvido de|se ha olvidado de|omitio|ha omitido|descuido|no se molesto en|no se ha molestado en)`, 'se le (olvido|ha olvidado|paso)'],
        replace: 'no tuvo ocasión de',
      },
      {
        phrases: ['(|tu) (olvidaste|has olvidado|te olvidaste de|te has olvidado de|omitiste|has omitido|no te molestaste en)', 'se te (olvido|ha olvidado|paso)'],
        replace: 'no tuviste ocasión de',
      },
    ],
    forgotAmbiguous: [
      {
        phrases: ['(olvido|ha olvidado|se olvido de|se ha olvidado de|omitio|ha omitido)'],
        replace: 'no tuvo ocasión de',
        notBefore: ['me', 'nos', 'lo', 'la', 'le', 'se'],
      },
    ],
    slip: [
      {
        phrases: [`${USTED} (lo|la|los|las|) (hizo|ha hecho|configuro|ha configurado|instalo|ha instalado|introdujo|ha introducido|escribio|ha escrito|conecto|ha conectado|puso|ha puesto|uso|ha usado|utilizo|ha utilizado) mal`],
        replace: 'se {rest}',
      },
      {
        phrases: ['(|tu) (lo|la|los|las|) (hiciste|has hecho|configuraste|has configurado|instalaste|has instalado|introdujiste|has introducido|escribiste|has escrito|conectaste|has conectado|pusiste|usaste|utilizaste) mal'],
        hint: 'Diga qué hay que cambiar, no lo que el cliente hizo mal.',
      },
    ],
    slipAmbiguous: [
      {
        phrases: [
          '(lo|la|los|las) (hizo|ha hecho|configuro|ha configurado|instalo|ha instalado|introdujo|ha introducido|escribio|ha escrito|conecto|ha conectado) mal',
          '(introdujo|ha introducido|escribio|ha escrito|configuro|ha configurado|puso|ha puesto|tecleo|ha tecleado) mal',
        ],
        replace: 'se {rest}',
      },
    ],
    rhetorical: [
      {
        phrases: [
          'cuantas veces (tengo|tenemos|hay|debo|debemos|voy) (que|a) (decir|explicar|repetir|recordar|decirselo|explicarselo|repetirselo|recordarselo|decirle|explicarle|repetirle|recordarle|decirte|explicarte|repetirte)',
          'acaso no (leyo|ha leido|leiste|has leido|vio|ha visto|viste|reviso|ha revisado|revisaste)',
          'ni siquiera (leyo|ha leido|leiste|has leido|miro|ha mirado|miraste|reviso|revisaste|se molesto|te molestaste)',
          'por que no (leyo|ha leido|leiste|siguio|seguiste|nos aviso|nos avisaste|reviso|revisaste|llamo|llamaste)',
        ],
        hint: 'Quite la pregunta retórica; dé la respuesta y el siguiente paso.',
      },
    ],
    counterfactual: [
      {
        phrases: [
          `si (|usted|ud) (|lo|la|los|las|nos|me|nos lo|nos la) (hubiera|hubiese) (|simplemente|solo|bien|atentamente|antes|a tiempo) ${SHOULD_PART}`,
          `si (|tu) (|te|lo|la|los|las|le|les|nos|me|te lo|te la|nos lo|nos la) (hubieras|hubieses) (|simplemente|solo|bien|atentamente|antes|a tiempo) ${SHOULD_PART}`,
          `si (|usted|ud|tu) no (|se|te|lo|la|los|las|le|les|nos|me) (hubiera|hubiese|hubieras|hubieses) (ignorado|saltado|borrado|eliminado|cambiado|tocado|abierto|desconectado|forzado|mojado|desinstalado|formateado|reseteado|pasado por alto|omitido|olvidado)`,
          `si (|usted|ud) se (hubiera|hubiese) (|simplemente|solo|bien) (fijado|fijado bien|leido|puesto en contacto|informado|asegurado|molestado en|dado cuenta|registrado|tomado la molestia de|descargado|actualizado|leido bien)`,
        ],
        hint: 'Evite el «si hubiera…»; diga qué podemos hacer ahora.',
      },
      {
        // "De haber leído las instrucciones, …"; "después de haber revisado el pedido" is our own work.
        phrases: [`de haber ${SHOULD_PART} (las|los|el|la|nuestras|nuestros|nuestra|nuestro|mis|bien|antes|a tiempo|usted|tu)`],
        notBefore: ['despues', 'antes', 'luego', 'tras', 'ademas', 'acabo', 'acabamos', 'acaba', 'gracias', 'lamento', 'lamentamos', 'siento', 'sentimos', 'perdon', 'disculpe', 'disculpa', 'disculpas', 'culpa', 'lugar'],
        hint: 'Evite el «de haber…»; diga qué podemos hacer ahora.',
      },
    ],
    hindsight: [
      {
        phrases: [
          `${USTED} (deberia|debio|debia|tendria que|tenia que|hubiera debido|habria debido|hubiese debido|habria tenido que|hubiera tenido que) (|de) haber*`,
          '(deberia|debio|debia|tendria que|tenia que) usted (|de) haber*',
          '(|tu) (deberias|debiste|debias|tendrias que|tenias que|hubieras debido|habrias debido|habrias tenido que|hubieras tenido que) (|de) haber*',
          `${USTED} (debio|debia|tenia que)`,
          '(|tu) (debiste|debias|tenias que)',
        ],
      },
    ],
    hindsightAmbiguous: [
      {
        phrases: ['(deberia|debio|tendria que|tenia que|hubiera debido|habria debido|hubiese debido|habria tenido que|hubiera tenido que) (|de) haber*'],
        notBefore: ['se', 'me', 'yo', 'nos', 'lo', 'la'],
      },
      {
        // "debió apagarlo": an infinitive follows; "debió de ser" guesses, it does not blame.
        phrases: ['debio'],
        notBefore: ['se', 'me', 'yo', 'nos', 'lo', 'la', 'le'],
        notAfter: ['de', 'haber', 'ser', 'estar'],
      },
    ],
    guess: [
      {
        phrases: [`${USTED} (debe|debe de|debio de) haber`, '(debe|debe de|debio de) usted haber'],
      },
    ],
  },
  negations: ['no', 'nunca', 'ni', 'tampoco', 'ningun', 'ninguna', 'jamas', 'nada'],
  conditionals: ['si', 'cuando', 'caso', 'quiza', 'quizas', 'tal', 'posible', 'puede', 'probablemente', 'acaso', 'preocupe', 'preocupes', 'aunque'],
  empathy: [
    'siento', 'sentimos', 'lamento', 'lamentamos', 'disculpe', 'disculpa', 'perdone', 'perdona', 'perdon', 'disculpas',
    'comprendo', 'comprendemos', 'entiendo', 'entendemos', 'normal', 'comprensible', 'cualquiera', 'tranquilo', 'tranquila',
  ],
  admissions: ['nuestro error', 'nuestra culpa', 'error nuestro', 'culpa nuestra', 'por error', 'erroneamente', 'equivocadamente', 'incorrecta', 'incorrecto', 'nos equivocamos', 'de nuestra parte', 'por nuestra parte'],
  hedgeOpeners: ['parece que', 'al parecer', 'por lo visto', 'aparentemente'],
  notYet: ['todavia', 'aun'],
  hedges: ['parece', 'parecer', 'quiza', 'quizas', 'probablemente', 'posiblemente', 'seguramente'],
  adverbs: ['ya', 'antes', 'usted', 'ud', 'entonces', 'tambien', 'primero', 'simplemente', 'solo', 'de'],
  informational: ['recibido', 'llegado', 'visto', 'tenido', 'sido', 'estado', 'podido', 'notado', 'quedado', 'funcionado', 'salido', 'aparecido', 'desaparecido', 'resuelto', 'recibir', 'tener', 'ser', 'estar', 'poder'],
  participles: {
    leido: 'leer', seguido: 'seguir', recibido: 'recibir', vendido: 'vender', metido: 'meter', perdido: 'perder',
    pedido: 'pedir', encendido: 'encender', tenido: 'tener', comprendido: 'comprender', entendido: 'entender',
    atendido: 'atender', respondido: 'responder', escogido: 'escoger', recogido: 'recoger', elegido: 'elegir',
    conseguido: 'conseguir', repetido: 'repetir', anadido: 'añadir', subido: 'subir', decidido: 'decidir',
    permitido: 'permitir', incluido: 'incluir', introducido: 'introducir', reducido: 'reducir', sentido: 'sentir',
    advertido: 'advertir', convertido: 'convertir', compartido: 'compartir', cumplido: 'cumplir', definido: 'definir',
    imprimido: 'imprimir', impreso: 'imprimir', servido: 'servir', salido: 'salir', venido: 'venir', ido: 'ir',
    traido: 'traer', creido: 'creer', devuelto: 'devolver', vuelto: 'volver', hecho: 'hacer', dicho: 'decir',
    visto: 'ver', puesto: 'poner', escrito: 'escribir', abierto: 'abrir', roto: 'romper', cubierto: 'cubrir',
    resuelto: 'resolver', descubierto: 'descubrir', dispuesto: 'disponer', deshecho: 'deshacer', mantenido: 'mantener',
    obtenido: 'obtener', detenido: 'detener', contenido: 'contener', retenido: 'retener', movido: 'mover',
    removido: 'remover', protegido: 'proteger', corregido: 'corregir', dirigido: 'dirigir', exigido: 'exigir',
    asumido: 'asumir', consumido: 'consumir', transmitido: 'transmitir', omitido: 'omitir', admitido: 'admitir',
    remitido: 'remitir', acudido: 'acudir', conocido: 'conocer', reconocido: 'reconocer', ofrecido: 'ofrecer',
    establecido: 'establecer', obedecido: 'obedecer', accedido: 'acceder', procedido: 'proceder', cometido: 'cometer',
    sometido: 'someter', debido: 'deber', bebido: 'beber', escondido: 'esconder', extendido: 'extender',
    defendido: 'defender', suspendido: 'suspender', aprendido: 'aprender', vivido: 'vivir', descrito: 'describir',
    inscrito: 'inscribir', suscrito: 'suscribir', envuelto: 'envolver', previsto: 'prever', desconectado: 'desconectar',
    esperado: 'esperar', insistido: 'insistir', distinguido: 'distinguir', dividido: 'dividir', ocurrido: 'ocurrir',
    interrumpido: 'interrumpir', invertido: 'invertir', prevenido: 'prevenir', unido: 'unir', reunido: 'reunir',
    sustituido: 'sustituir', construido: 'construir', destruido: 'destruir', distribuido: 'distribuir',
    contribuido: 'contribuir', sufrido: 'sufrir', batido: 'batir', barrido: 'barrer', cosido: 'coser', mordido: 'morder',
    torcido: 'torcer', cocido: 'cocer', hervido: 'hervir', vestido: 'vestir', medido: 'medir', impedido: 'impedir',
    despedido: 'despedir', expedido: 'expedir', competido: 'competir', rendido: 'rendir', oido: 'oír', caido: 'caer',
    leer: 'leer',
  },
  subordinators: ['porque', 'ya', 'pues', 'y', 'pero', 'asi', 'cuando', 'puesto', 'dado', 'debido'],
  causes: ['porque', 'ya que', 'puesto que', 'dado que', 'pues', 'debido a que', 'a causa de que', 'como', 'por que', 'pq', 'xq'],
  complementizers: ['que'],
  informalClitics: ['deberias', 'debiste', 'debias', 'tendrias', 'tenias', 'hubieras', 'hubieses', 'habrias', 'tu', 'debes'],
  dropWords: ['usted', 'ud', 'lo', 'la', 'los', 'las'],
  determiners: [
    'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'su', 'sus', 'este', 'esta', 'estos', 'estas', 'ese', 'esa',
    'esos', 'esas', 'mi', 'mis', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'cada', 'algun', 'alguna', 'ningun',
    'ninguna', 'otro', 'otra', 'del', 'al',
  ],
  pronouns: ['yo', 'ella', 'ellos', 'ellas', 'nosotros', 'nosotras', 'alguien', 'nadie'],
  clauseOpeners: [
    'y', 'e', 'pero', 'que', 'porque', 'pues', 'ya', 'asi', 'entonces', 'luego', 'despues', 'ademas', 'tambien',
    'usted', 'ud', 'tu', 'parece', 'veo', 'vemos', 'comprobado', 'revisado', 'creo', 'obviamente', 'claramente',
    'evidentemente', 'simplemente', 'sin', 'embargo', 'por', 'eso', 'tanto', 'cuando', 'antes', 'como',
  ],
  transparent: ['lo', 'la', 'los', 'las', 'le', 'les', 'se', 'me', 'te', 'nos', 'os', 'no', 'ya'],
  reflexiveParticiples: ['puesto', 'registrado', 'conectado', 'dado', 'asegurado', 'informado', 'fijado', 'identificado', 'dirigido', 'desconectado', 'comunicado', 'leido', 'suscrito'],
  templates: {
    recap: 'recapitulando',
    hindsight: 'la próxima vez, le recomendamos {base}',
    hindsightInformal: 'la próxima vez, te recomendamos {base}',
    hindsightFallback: 'convenía haber{clitic}',
    guess: 'es posible que haya',
  },
};
