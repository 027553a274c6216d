import type { RequireGreetingData } from './index.ts';

export const es: RequireGreetingData = {
  phrases: {
    greeting: [
      {
        phrases: [
          'hola', 'holaa', 'holi', 'hello', 'hi', 'hey',
          'estimad*', 'muy estimad*', 'querid*', 'apreciad*', 'distinguid*', 'respetad*',
          'buen dia', 'buenos dias', 'buenas (tardes|noches)', 'buenas y santas',
          'muy (buenos dias|buenas tardes|buenas noches|buenas)',
          'muy (senor|senora|senores|senoras|senorita) (mio|mia|mios|mias)',
          'saludos', 'saludos cordiales', 'cordiales saludos', 'un saludo', 'reciba un (cordial |)saludo',
          'a quien (corresponda|pueda interesar|le pueda interesar|interese)',
          'bienvenid*', 'feliz (lunes|martes|miercoles|jueves|viernes|sabado|domingo|ano nuevo|navidad)',
        ],
      },
    ],
    greetingWord: [
      // "Buenas, Ana:" greets; "Buenas noticias: ..." does not.
      { phrases: ['buenas', 'que tal', 'que hay', 'como esta', 'como estas'], notAfter: ['noticias', 'nuevas', 'practicas'] },
    ],
    title: [
      {
        phrases: [
          'senor', 'senora', 'senorita', 'sr', 'sra', 'srta', 'sres', 'sras', 'don', 'dona', 'dr', 'dra',
          'doctor', 'doctora', 'licenciad*', 'lic', 'ingenier*', 'ing',
        ],
      },
    ],
    preamble: [
      { phrases: ['asunto', 're', 'rv', 'fw', 'fwd', 'ref', 'referencia', 'ticket', 'caso', 'para', 'cc', 'de', 'fecha'] },
    ],
  },
  insert: 'Hola,',
};
