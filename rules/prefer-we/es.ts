import type { PreferWeData } from './index.ts';

const NEGATION = ['no', 'nunca', 'ni', 'tampoco', 'jamas'];
// Modal verbs of obligation in the usted / third-person form ("tiene que") and the tú form ("tienes que").
const USTED_MODAL = '(tiene que|tendra que|va a tener que|debe|debera|necesita|necesitara|va a necesitar|ha de|habra de|esta obligado a|esta obligada a|tiene la obligacion de)';
// Obligation put on the customer as a dative: "le toca firmar", "te conviene guardar".
const USTED_DATIVE = '(le toca|le tocara|le va a tocar|le conviene|le convendra)';
const USTEDES_MODAL = '(tienen que|tendran que|van a tener que|deben|deberan|necesitan|necesitaran|van a necesitar|han de|estan obligados a|estan obligadas a)';
const USTEDES_DATIVE = '(les toca|les tocara|les va a tocar|les conviene|les convendra)';
const TU_MODAL = '(tienes que|tendras que|vas a tener que|tendrias que|debes|debes de|deberas|necesitas|necesitaras|vas a necesitar|has de|estas obligado a|estas obligada a|tienes la obligacion de|vas a querer)';
const TU_DATIVE = '(te toca|te tocara|te va a tocar|te conviene|te convendra)';
// "solo/solamente" are left out on purpose: "solo tiene que confirmar" reassures, like English "only".
const ADVERB = '(|ahora|primero|tambien|simplemente|antes|entonces|luego|ya|todavia|personalmente)';

export const es: PreferWeData = {
  phrases: {
    command: [
      {
        phrases: [
          `(usted|ud|ustedes|uds) ${ADVERB} ${USTED_MODAL}`,
          `(usted|ud|ustedes|uds) ${ADVERB} ${USTEDES_MODAL}`,
          '(tiene|tendra) (usted|ud) que',
          '(debe|debera|necesita|necesitara) (usted|ud)',
          '(tienen|tendran) (ustedes|uds) que',
          '(deben|deberan|necesitan) (ustedes|uds)',
          '(es|sera) (necesario|imprescindible|obligatorio|preciso|fundamental|esencial|indispensable) que (usted|ud)',
          '(hace|hara) falta que (usted|ud)',
          `(|tu) ${TU_MODAL}`,
          `(|a ti) ${TU_DATIVE}`,
          `a (usted|ud) ${USTED_DATIVE}`,
          `a (ustedes|uds) ${USTEDES_DATIVE}`,
          '(tienes|tendras) tu que',
          '(debes|deberas|necesitas) tu',
          // The dative with the addressee after it, and the cleft "es usted quien tiene que": "le toca a usted enviar".
          `${USTED_DATIVE} a (usted|ud)`,
          `${USTEDES_DATIVE} a (ustedes|uds)`,
          `${TU_DATIVE} a ti`,
          '(es|sera|seria) (usted|ud) (quien|el que|la que) (tiene que|tendra que|debe|debera|necesita|ha de)',
          '(son|seran) (ustedes|uds) (quienes|los que|las que) (tienen que|tendran que|deben|deberan|necesitan|han de)',
          '(eres|seras|serias) tu (quien|el que|la que) (tienes que|tiene que|tendras que|debes|debe|deberas|necesitas)',
          '(usted|ud) (se ve|se vera|se va a ver) (obligado|obligada) a',
          '(tu) (te ves|te veras|te vas a ver) (obligado|obligada) a',
        ],
        replace: 'vamos a',
        notBefore: NEGATION,
      },
    ],
    ambiguous: [
      {
        phrases: [USTED_MODAL, USTEDES_MODAL, USTED_DATIVE, USTEDES_DATIVE],
        replace: 'vamos a',
        notBefore: [...NEGATION, 'hay', 'habra', 'se', 'solo', 'solamente', 'unicamente', 'nomas'],
      },
    ],
  },
  conditionals: ['si', 'cuando', 'caso', 'mientras', 'menos', 'cuanto', 'ojala'],
  relativeHeads: ['lo que', 'todo lo que', 'lo unico que', 'cuanto', 'donde', 'el que', 'la que', 'los que', 'las que', 'cual', 'cuales', 'quien', 'quienes', 'nada que', 'algo que'],
  relativisers: ['que'],
  complementVerbs: [
    'recuerdo', 'recordamos', 'recordarle', 'recordarte', 'recuerde', 'indico', 'indicamos', 'indicarle', 'informo',
    'informamos', 'informarle', 'comunico', 'comunicamos', 'significa', 'parece', 'creo', 'decirle', 'digo', 'decimos',
    'confirmo', 'confirmamos', 'aviso', 'avisamos', 'temo', 'nota', 'cuenta', 'es', 'asi', 'pero', 'y', 'porque', 'ya',
  ],
  determiners: [
    'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'su', 'sus', 'este', 'esta', 'estos', 'estas', 'ese', 'esa',
    'esos', 'esas', 'aquel', 'aquella', 'mi', 'mis', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'cada', 'cualquier',
    'algun', 'alguna', 'ningun', 'ninguna', 'otro', 'otra', 'todo', 'toda', 'dicho', 'dicha', 'del', 'al',
  ],
  clauseOpeners: [
    'y', 'e', 'pero', 'ahora', 'primero', 'luego', 'despues', 'entonces', 'tambien', 'ademas', 'solo', 'solamente',
    'simplemente', 'unicamente', 'antes', 'hoy', 'manana', 'ya', 'todavia', 'aun', 'asi', 'por', 'tanto', 'eso',
    'usted', 'ud', 'tu', 'personalmente', 'finalmente', 'lamentablemente', 'desafortunadamente', 'obligatoriamente',
    'necesariamente', 'porque', 'pues', 'favor', 'o', 'mismo', 'misma', 'ahi', 'aqui', 'alli',
    'para', 'ademas',
  ],
  // Clitic pronouns in front of the modal ("lo tiene que hacer") hide nothing about the subject.
  transparent: ['lo', 'la', 'los', 'las', 'le', 'les', 'se', 'me', 'te', 'nos', 'os'],
  empathy: ['siento', 'sentimos', 'lamento', 'lamentamos', 'entiendo', 'entendemos', 'comprendo', 'comprendemos', 'sabemos', 'molesto', 'pena', 'lastima', 'dijo', 'comento', 'menciono', 'indico', 'explico'],
  // "tiene que estar en casa", "debe ser mayor de edad": a state, not a task.
  notTask: ['ser', 'estar', 'haber', 'esperar', 'sufrir', 'soportar', 'aguantar', 'saber', 'entender'],
  // "tiene que pasar" (has to happen), "tiene que ver con" (has to do with) — but "tienes que pasar por caja".
  notTaskAmbiguous: ['pasar', 'ver'],
  datives: ['le', 'les'],
  addressees: ['usted', 'ud', 'ustedes', 'uds'],
  presence: [
    'en casa', 'en el domicilio', 'en su domicilio', 'en tu domicilio', 'en la direccion', 'en la vivienda', 'presente', 'presentes',
    'disponible', 'disponibles', 'localizable', 'localizables', 'alli', 'ahi', 'alla', 'aqui', 'en la oficina', 'en la tienda',
    'en el aeropuerto', 'en el mostrador', 'en la sucursal', 'en la cita', 'a la hora', 'pendiente del telefono',
    'atento al telefono', 'atenta al telefono', 'conectado a la llamada', 'en persona',
  ],
  notTaskPhrases: ['tener en cuenta', 'tener presente', 'tomar en cuenta', 'saber que', 'recordar que'],
  verb: 'infinitive',
  beforeVerb: ['usted', 'ud', 'ustedes', 'uds', 'tu', 'de', 'primero', 'tambien', 'ahora', 'antes', 'solo', 'solamente', 'simplemente', 'personalmente', 'obligatoriamente', 'necesariamente', 'siempre', 'nuevamente'],
  clitics: ['selo', 'sela', 'selos', 'selas', 'melo', 'mela', 'noslo', 'nosla', 'lo', 'la', 'los', 'las', 'le', 'les', 'se', 'me', 'te', 'nos', 'os'],
  reflexiveVerbs: ['pon', 'registr', 'conect', 'desconect', 'asegur', 'identific', 'dirig', 'acerc', 'comunic', 'd', 'suscrib', 'present', 'inform', 'acord', 'olvid', 'fij', 'cercior'],
  ownAction: ['usted mismo', 'usted misma', 'ustedes mismos', 'tu mismo', 'tu misma', 'personalmente', 'por su cuenta', 'por tu cuenta', 'por si mismo', 'por si misma', 'en persona', 'usted', 'tu'],
  customerVerbs: ['estar', 'guardar', 'conservar', 'pagar', 'abonar', 'firmar', 'acudir', 'venir', 'traer', 'presentar', 'esperar', 'llamar', 'contactar', 'responder', 'contestar', 'aceptar', 'autorizar', 'facilitar', 'aportar', 'enviar', 'mandar', 'entregar', 'devolver', 'rellenar', 'completar', 'adjuntar', 'tener', 'solicitar', 'dirigir', 'ir', 'llevar', 'recoger', 'cancelar', 'leer'],
  towardsUs: ['nos', 'me', 'nosotros', 'nuestro', 'nuestra'],
  letsAfter: ['y', 'e', 'pero', 'ahora', 'primero', 'luego', 'despues', 'entonces', 'tambien', 'ademas', 'asi', 'hoy', 'manana', 'o', 'pues', 'finalmente', 'ya'],
  collaborative: 'vamos a',
  request: 'le recomendamos',
  requestInformal: 'te recomendamos',
  personalEnclitics: ['se', 'te', 'nos', 'me', 'noslo', 'nosla', 'selo', 'sela', 'selos', 'selas', 'melo', 'mela'],
  informalMarkers: ['tienes', 'debes', 'tendras', 'tendrias', 'deberas', 'necesitas', 'necesitaras', 'has', 'estas', 'tu', 'vas', 'te'],
  pluralMarkers: ['ustedes', 'uds', 'tienen', 'tendran', 'deben', 'deberan', 'necesitan', 'necesitaran', 'han', 'estan', 'van', 'les'],
  requestPlural: 'les recomendamos',
  subjunctiveOpeners: ['que'],
  afterComplementizer: 'es necesario',
  subjunctiveRequest: 'le pedimos que',
};
