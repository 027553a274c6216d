import rule from '../../rules/no-excessive-punctuation/index.ts';
import type { Rule } from '../../src/rule.ts';
import { runRuleTests } from '../rule-tester.ts';

runRuleTests(rule as Rule, {
  valid: [
    'Hi Ana,\n\nYour order is on its way! Anything else?\n\nBest,\nLeo',
    { name: 'marks inside a quote', text: 'Hi,\n\n> Where is my order?!!!\n\nIt ships today.\n\nThanks,\nLeo' },
    { name: 'marks inside inline code', text: 'Type `!!` in the search box.' },
    { name: 'marks inside a URL', text: 'See https://example.com/?!!x=1 for details.' },
    { name: 'Spanish single opening and closing marks', lang: 'es', text: '¡Gracias por escribirnos! ¿Le llegó el pedido?' },
    { name: 'an ellipsis', text: 'Let me check...' },
  ],
  invalid: [
    { text: 'All set now!!!', errors: [{ text: '!!!', line: 1, column: 12, fix: '!', safe: true, output: 'All set now!' }] },
    { text: 'On Monday??', errors: [{ text: '??', fix: '?' }] },
    { text: 'Have you received it?!', errors: [{ text: '?!', fix: '?' }] },
    { text: 'Really!?', errors: [{ text: '!?', fix: '?' }] },
    {
      lang: 'es',
      text: '¡¡Ya verá cómo mejora!!',
      errors: [
        { text: '¡¡', fix: '¡', message: 'puntuación repetida' },
        { text: '!!', fix: '!' },
      ],
    },
    { text: 'Line one.\r\nThanks!!\r\n', errors: [{ line: 2, column: 7, text: '!!' }] },
  ],
});
