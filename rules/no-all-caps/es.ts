import { COMMON_ACRONYMS } from './common.ts';
import type { NoAllCapsData } from './index.ts';

export const es: NoAllCapsData = {
  acronyms: [
    ...COMMON_ACRONYMS,
    'CP', 'NIF', 'NIE', 'DNI', 'CIF', 'RFC', 'CURP', 'CUIT', 'CUIL', 'RUT', 'RUC', 'CLABE', 'SAT', 'AEAT', 'DGT',
    'OCU', 'FACUA', 'RENFE', 'AVE', 'ADIF', 'AENA', 'IRPF', 'IBI', 'SMS', 'ADSL', 'PYME', 'PYMES', 'SRA', 'SR',
    'UD', 'UDS', 'EEUU', 'EE', 'UU', 'ONCE', 'CORREOS', 'MRW', 'SEUR', 'NACEX', 'ZELERIS', 'GLS', 'UPS', 'DHL',
    'BBVA', 'CAIXA', 'TPV', 'TIC', 'FAQ', 'DM', 'MD',
  ],
  shoutWords: [
    'no', 'ya', 'nada', 'nunca', 'jamas', 'solo', 'todo', 'todos', 'todas', 'hoy', 'ahora', 'debe', 'deben',
    'muy', 'ni', 'sin', 'nadie', 'siempre', 'antes', 'lea', 'pare', 'ojo', 'usted', 'aviso', 'haga', 'aqui', 'mas',
    'cada', 'otra', 'esto', 'pague', 'su', 'sus', 'gratis', 'tarde', 'bien', 'mal', 'ese', 'esa', 'eso', 'mire',
  ],
  shortWords: [
    'el', 'la', 'los', 'las', 'de', 'del', 'que', 'en', 'un', 'una', 'es', 'por', 'con', 'su', 'sus', 'le', 'lo',
    'se', 'no', 'al', 'ya', 'mi', 'tu', 'si', 'hay', 'muy', 'ni', 'me', 'te', 'nos', 'les', 'mas', 'fue', 'ser',
    'ver', 'dar', 'son', 'han', 'ha', 'he', 'hoy', 'sin', 'ese', 'esa', 'eso', 'sea', 'va', 'vez', 'dia', 'mes',
    'uno', 'dos', 'pie', 'red',
  ],
  // Palabras corrientes que llevan el acento de la frase: una sola en mayúsculas dentro de una frase
  // en minúsculas es un grito («la etiqueta DEBE escanearse»). Fuera: artículos, preposiciones y
  // conjunciones (solas en mayúsculas son siglas: «LOS», «CON»), y palabras clave o rótulos (sí, baja, alta).
  functionWords: [
    // verbos auxiliares y modales
    'debe', 'deben', 'debo', 'debemos', 'tiene', 'tienen', 'hay', 'han', 'hemos', 'son', 'fue', 'sera', 'esta',
    'estan', 'puede', 'pueden', 'podemos', 'van', 'haga',
    // negación y adverbios
    'no', 'ni', 'nunca', 'jamas', 'ya', 'solo', 'solamente', 'unicamente', 'muy', 'mas', 'menos', 'tan', 'tanto',
    'hoy', 'ahora', 'aun', 'todavia', 'siempre', 'tampoco', 'tambien', 'aqui', 'bien', 'mal', 'antes',
    'despues', 'luego', 'nada', 'nadie', 'casi', 'mucho', 'poco', 
    // cuantificadores
    'todo', 'toda', 'todos', 'todas', 'cada', 'ningun', 'ninguna', 'ninguno', 'cualquier', 'otra', 'otro',
    // pronombres y demostrativos con énfasis
    'usted', 'ustedes', 'esto', 'eso', 'nosotros',
  ],
  letterWords: ['Y', 'O', 'A', 'E', 'U'],
  hyphenPieces: [],
  properCase: [],
  phrases: {
    // Team additions (the `add` option) land here: words that shout when written in capitals.
    shout: [],
    codeBefore: [
      {
        phrases: [
          '(codigo|numero|referencia|localizador|cupon|vale|clave|id|usuario|sku|pnr) (de|) (reserva|pedido|seguimiento|envio|cliente|socio|descuento|promocion|activacion|incidencia|ticket|caso|) (es|sera|)',
          '(reserva|pedido|ticket|incidencia|caso|envio) (numero|n|nro|) (es|)',
          '(use|utilice|introduzca|indique|aplique) el codigo',
        ],
      },
    ],
    nameBefore: [{ phrases: ['(sr|sra|srta|senor|senora|senorita|don|dona|d|dna|dr|dra|estimado|estimada|apellido|apellidos|nombre|titular|destinatario|destinataria|atencion)', 'a nombre de'] }],
    labelBefore: [
      {
        phrases: [
          '(haga|hacer|haz|pulse|pulsa|pulsar|presione|presiona|toque|toca|tocar|seleccione|selecciona|elija|elige|marque|marca|desmarque) (clic|click|) (en|sobre|) (el|la|)',
          '(clic|click) (en|sobre) (el|la|)',
          '(vaya|ir|vayan|entre|acceda|abra|navegue) (a|en|al) (la|el|)',
          '(escriba|escribe|escribir|introduzca|introduce|teclee|envie|envia|responda|responde) (la palabra|)',
          '(boton|botones|pestana|opcion|opciones|menu|enlace|tecla|teclas|campo|icono|casilla|ajuste|seccion|apartado|carpeta|archivo|fichero|comando|palabra|etiqueta|pantalla|pagina|estado|modo|app|aplicacion|plan|tarifa|tarjeta|programa|servicio|paquete|modelo|version|edicion|marca|talla|color|led|indicador|puerto|ranura|interruptor)',
          '(luz|luces|piloto) (de|del|de la|)',
          '(llamado|llamada|denominado|denominada|que dice|que pone|pone|indica|marcado|marcada|titulado|titulada|rotulado)',
        ],
      },
    ],
    labelAfter: [
      {
        phrases: ['(boton|pestana|opcion|menu|enlace|tecla|campo|icono|casilla|archivo|fichero|carpeta|app|aplicacion|led|puerto)'],
      },
    ],
  },
};
