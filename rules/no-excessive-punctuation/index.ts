import { defineRule } from '../../src/rule.ts';

const CLOSING = new Set(['!', '?']);
const OPENING = new Set(['¡', '¿']);

export default defineRule({
  meta: {
    id: 'no-excessive-punctuation',
    description: 'Repeated exclamation or question marks ("!!!", "??", "?!", "¡¡").',
    why: 'Runs of ! and ? read as a raised, emotional voice; one mark says the same calmly.',
    defaultSeverity: 'warn',
    hasSuggestions: true,
    fixable: true,
    messages: {
      repeated: {
        en: 'Repeated punctuation "{marks}" reads as a raised voice.',
        es: 'La puntuación repetida «{marks}» suena a gritos.',
        ro: 'Punctuația repetată „{marks}” sună a ton ridicat.',
      },
      single: {
        en: 'Use a single "{mark}".',
        es: 'Use un solo «{mark}».',
        ro: 'Folosiți un singur „{mark}”.',
      },
    },
  },
  data: { en: {}, es: {}, ro: {} },
  check({ draft, report }) {
    const { text } = draft;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      const marks = CLOSING.has(ch) ? CLOSING : OPENING.has(ch) ? OPENING : undefined;
      if (!marks) continue;
      let end = i + 1;
      while (end < text.length && marks.has(text[end]!)) end++;
      if (end - i >= 2) {
        const run = text.slice(i, end);
        const question = run.includes('?') || run.includes('¿');
        const mark = marks === CLOSING ? (question ? '?' : '!') : question ? '¿' : '¡';
        report({
          messageId: 'repeated',
          values: { marks: run },
          start: i,
          end,
          suggestions: [{ messageId: 'single', values: { mark }, fix: { start: i, end, text: mark }, safe: true }],
        });
      }
      i = end - 1;
    }
  },
});
