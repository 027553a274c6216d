import type { RequireSignOffData } from './index.ts';

const DAYS = '(dia|fin de semana|finde|tarde|noche|semana|viaje|vuelo|estancia|jornada|verano|mes|domingo|sabado|viernes|lunes|descanso|mudanza)';
const NICE = '(buen|buena|buenos|buenas|feliz|felices|excelente|lindo|linda|bonito|bonita|gran|estupendo|estupenda|magnifico|magnifica|maravilloso|maravillosa|agradable|tranquilo|tranquila|fantastico|fantastica|genial|precioso|preciosa)';

export const es: RequireSignOffData = {
  phrases: {
    closing: [
      {
        phrases: [
          'un saludo', '(un|muchos|mis|nuestros) (cordial|cordiales|afectuoso|afectuosos|atento|atentos|fuerte|fuertes|gran|calido|calidos|sincero|sinceros) saludo*',
          '(un|muchos) saludo*', 'saludos (cordiales|afectuosos|atentos|calidos|sinceros|y gracias|y buen|y que|de|desde|a|para|muy)',
          '(cordiales|afectuosos|atentos|calidos|sinceros|muchos) saludos',
          '(reciba|reciban|recibe|recibid) un (cordial |afectuoso |atento |fuerte |calido |gran |)saludo',
          '(le|les|te|os) (saluda|saludan|saludamos|saludo) (atentamente|cordialmente|afectuosamente|muy atentamente)',
          'muy atentamente', 'sin (otro particular|mas|nada mas|mas por el momento|mas que decir)', 'atentamente', 'cordialmente', 'afectuosamente', 'sinceramente',
          'un (fuerte |gran |calido |)abrazo', 'abrazos', 'un beso', 'besos',
          'hasta (pronto|luego|la proxima|otra|entonces|manana|la vista)', 'nos vemos', 'nos leemos', 'nos hablamos',
          `que (tenga|tengas|tengan|tengais|pase|pases|pasen|paseis|disfrute|disfrutes|disfruten) (un|una|muy|unos|unas|${NICE.slice(1, -1)}|el|la|su|tu|sus|tus|de)`,
          `${NICE} ${DAYS}`, `(disfrute|disfruta|disfruten) (de |)(su|tu|el|la|sus|tus) (resto|${DAYS.slice(1, -1)}|nuevo|nueva|pedido|compra|entradas|viaje)`,
          'a (su|tu|vuestra) (entera |completa |total |plena |)disposicion',
          '(esperamos|espero|esperando|aguardamos|aguardo|aguardando) (sus|tus|su|tu|vuestras|vuestra) (noticias|respuesta|comentarios|confirmacion)',
          '(esperamos|espero) (tener|recibir) (noticias|pronto noticias) (suyas|tuyas)',
          'un placer (ayudarle|ayudarte|atenderle|atenderte|saludarle|saludarte|ayudarles|atenderles)',
          'ha sido un placer', 'fue un placer', 'cuidese', 'cuidate', 'cuidense', 'que le vaya bien', 'que te vaya bien',
          'mucha suerte', 'suerte con', 'todo lo mejor', 'mis mejores deseos', 'mejores deseos',
          'le deseamos', 'le deseo', 'te deseamos', 'te deseo', 'les deseamos',
          'feliz (navidad|ano|ano nuevo|fiestas)', 'felices fiestas', 'buen provecho', 'que aproveche', '(que |a |)disfrut*',
          '(que se divierta|que te diviertas|que se diviertan|diviertase|diviertete)', 'mucho exito', 'muchos exitos',
          '(es|sera|siempre es|ha sido|fue) un placer',
          'quedo de usted', 'quedamos de usted', 'en espera de sus noticias',
        ],
      },
    ],
    closingWord: [{ phrases: ['saludos', 'slds', 'atte', 'att', 'cordialmente', 'suerte', 'exitos', 'salud', 'chao', 'chau', 'adios', 'bendiciones', 'ciao'] }],
    thanks: [
      { phrases: ['gracias'], notAfter: ['a'] },
      {
        phrases: [
          'gracias a (usted|ti|ustedes|vosotros|vosotras|todos|todas)', 'agradec*', 'mil gracias', 'muchas gracias',
          'muchisimas gracias', 'agradecid*', 'reconocid*s por', 'valoramos (su|tu|mucho)',
          `(que|y que) (tenga|tengas|tengan|pase|pases|pasen|disfrute|disfrutes) (un|una|unos|unas|muy) ${NICE}`,
          `(que|y que) (tenga|tengas|tengan|pase|pases|pasen) ${NICE} ${DAYS}`,
          '(quedo|quedamos|quedando|estamos|estoy|seguimos|sigo|permanecemos|permanezco|quedamos siempre|estamos siempre|como siempre) a (su|tu|vuestra|sus|tus) (entera |completa |total |plena |)disposicion',
          '(quedo|quedamos|quedando|seguimos|sigo|quedo muy|quedamos muy) (atento|atenta|atentos|atentas|pendiente|pendientes) (a|de)',
          '(quedo|quedamos|estamos|estoy|quedando|sigo|seguimos) a la espera de (su|tu|sus|tus|vuestra|vuestras) (respuesta|noticias|comentarios|confirmacion)',
          '(le|te|les|os) (deseamos|deseo) (un|una|unas|unos|lo|mucha|muy|que|feliz|buen|buena|felices)',
        ],
      },
    ],
    disclaimer: [
      {
        phrases: [
          '(este|el presente) (mensaje|correo|correo electronico|e mail) (y sus|y cualquier|y los) (anexos|adjuntos|archivos)',
          '(es|son|puede ser|pueden ser|contiene|puede contener) (informacion |)(estrictamente |)(confidencial|privilegiad*)',
          'destinad* (exclusivamente|unicamente|solamente) a', 'recibido este (mensaje|correo) por error', 'aviso de confidencialidad',
          'antes de imprimir', 'no responda a este (mensaje|correo)', 'este es un (mensaje|correo) automatico',
        ],
      },
    ],
    postscript: [{ phrases: ['p s', 'ps', 'p d', 'pd', 'posdata', 'post data', 'nota', 'n b', 'nb'] }],
  },
  insert: 'Un saludo,',
};
