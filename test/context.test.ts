// Unit tests for the clause-level helpers in src/context.ts that rules share (first written for
// no-blame and prefer-we).
import { describe, expect, it } from 'vitest';
import {
  adapt,
  breakBefore,
  clauseAfter,
  clauseBefore,
  clauseDeletion,
  deletion,
  endsWithAny,
  endsWithPhrase,
  inQuestion,
  startsWithAny,
  stripDiacritics,
  writesDiacritics,
} from '../src/context.ts';
import { buildDraft, type Draft } from '../src/draft.ts';
import { PhraseMatcher, type Hit } from '../src/matcher.ts';

/** The first hit of `phrase` in `source`. */
function find(source: string, phrase: string): { draft: Draft; hit: Hit } {
  const draft = buildDraft(source);
  const hit = new PhraseMatcher([{ ruleId: 'r', lists: { l: [{ phrases: [phrase] }] } }]).match(draft)[0];
  if (!hit) throw new Error(`"${phrase}" not found in "${source}"`);
  return { draft, hit };
}

/** The source with an edit applied. */
const apply = (source: string, edit: { start: number; end: number; text: string }) => source.slice(0, edit.start) + edit.text + source.slice(edit.end);

describe('breakBefore', () => {
  it('sees commas, dashes and sentence ends between words, not spaces or contractions', () => {
    const draft = buildDraft("If so, you don't - sadly - win. Next");
    const at = (word: string) => draft.units.findIndex((u) => u.norm === word);
    expect(breakBefore(draft, at('you'))).toBe(true);
    expect(breakBefore(draft, at('not'))).toBe(false);
    expect(breakBefore(draft, at('sadly'))).toBe(true);
    expect(breakBefore(draft, at('next'))).toBe(true);
    expect(breakBefore(draft, at('so'))).toBe(false);
    expect(breakBefore(draft, 0)).toBe(true);
    expect(breakBefore(draft, draft.units.length)).toBe(true);
  });
});

describe('clauseBefore / clauseAfter', () => {
  it('reads the clause around a hit, nearest first before it and in order after it', () => {
    const { draft, hit } = find('Thanks. If it fails again you need to reset it, then call us.', 'you need to');
    expect(clauseBefore(draft, hit.firstUnit, 10)).toEqual(['again', 'fails', 'it', 'if']);
    expect(clauseBefore(draft, hit.firstUnit, 2)).toEqual(['again', 'fails']);
    expect(clauseAfter(draft, hit.endUnit, 10)).toEqual(['reset', 'it']);
  });

  it('is empty at a clause start and at the end of the draft', () => {
    const { draft, hit } = find('Sorry, you need to', 'you need to');
    expect(clauseBefore(draft, hit.firstUnit, 5)).toEqual([]);
    expect(clauseAfter(draft, hit.endUnit, 5)).toEqual([]);
  });
});

describe('endsWithPhrase / endsWithAny / startsWithAny', () => {
  it('matches folded phrases against words read backwards or forwards', () => {
    expect(endsWithPhrase(['case', 'in', 'just'], 'in case')).toBe(true);
    expect(endsWithPhrase(['in', 'case'], 'in case')).toBe(false);
    expect(endsWithAny(['que', 'lo'], ['todo lo que', 'lo que'])).toBe(true);
    expect(endsWithAny([], ['lo que'])).toBe(false);
    expect(startsWithAny(['tener', 'en', 'cuenta', 'que'], ['tener presente', 'Tener en cuenta'])).toBe('Tener en cuenta');
    expect(startsWithAny(['keep'], ['keep in mind'])).toBeUndefined();
  });
});

describe('inQuestion', () => {
  it('knows a question by its "?" or an open Spanish "¿"', () => {
    expect(inQuestion(...args(find('Do you need to restart it?', 'you need to')))).toBe(true);
    expect(inQuestion(...args(find('Entonces, ¿tiene que pagar algo más', 'tiene que')))).toBe(true);
    expect(inQuestion(...args(find('¿Todo bien? Tiene que pagar hoy.', 'tiene que')))).toBe(false);
    expect(inQuestion(...args(find('You need to restart it. Is that ok?', 'you need to')))).toBe(false);
  });
});

const args = ({ draft, hit }: { draft: Draft; hit: Hit }): [Draft, Hit] => [draft, hit];

describe('writesDiacritics / stripDiacritics / adapt', () => {
  it('follows the draft\'s spelling and the case of the replaced words', () => {
    expect(writesDiacritics(buildDraft('Trebuie sa reporniti routerul.'), 'ro')).toBe(false);
    expect(writesDiacritics(buildDraft('Trebuie să reporniți routerul.'), 'ro')).toBe(true);
    expect(writesDiacritics(buildDraft('Tiene que llamar manana.'), 'es')).toBe(false);
    expect(writesDiacritics(buildDraft('¿Puede llamar?'), 'es')).toBe(true);
    expect(stripDiacritics('hai să încercăm, señor')).toBe('hai sa incercam, senor');
    expect(adapt(buildDraft('Trebuie sa reporniti.'), 'ro', 'Trebuie sa', 'hai să')).toBe('Hai sa');
    expect(adapt(buildDraft('Trebuie să reporniți.'), 'ro', 'trebuie să', 'hai să')).toBe('hai să');
  });
});

describe('deletion', () => {
  it('takes a neighbouring space and recapitalises a sentence start', () => {
    const source = 'Hi. Sadly the fee is due. It is due because of you today.';
    const draft = buildDraft(source);
    const sadly = source.indexOf('Sadly');
    expect(apply(source, deletion(draft, sadly, sadly + 'Sadly'.length))).toBe('Hi. The fee is due. It is due because of you today.');
    const because = source.indexOf('because of you');
    expect(apply(source, deletion(draft, because, because + 'because of you'.length))).toBe('Hi. Sadly the fee is due. It is due today.');
  });
});

describe('clauseDeletion', () => {
  it('removes a whole one-clause sentence', () => {
    const source = 'Thanks. That is on you. We fixed it.';
    const { draft, hit } = find(source, 'on you');
    expect(apply(source, clauseDeletion(draft, hit))).toBe('Thanks. We fixed it.');
  });

  it('removes the clause with the comma in front of it', () => {
    const source = 'The charge came on 12 April, so the charge is on you.';
    const { draft, hit } = find(source, 'on you');
    expect(apply(source, clauseDeletion(draft, hit))).toBe('The charge came on 12 April.');
  });

  it('starts at a subordinator inside the clause', () => {
    const source = 'The screen cracked because you dropped it.';
    const { draft, hit } = find(source, 'you dropped');
    expect(apply(source, clauseDeletion(draft, hit, ['because']))).toBe('The screen cracked.');
  });

  it('keeps what follows an opening clause, recapitalised', () => {
    const source = 'On your end, the router has been reset twice since Monday.';
    const { draft, hit } = find(source, 'on your end');
    expect(apply(source, clauseDeletion(draft, hit))).toBe('The router has been reset twice since Monday.');
  });

  it('takes the Spanish opening mark with a deleted sentence', () => {
    const source = 'Hola. ¡Es su culpa! Lo revisamos.';
    const { draft, hit } = find(source, 'es su culpa');
    expect(apply(source, clauseDeletion(draft, hit))).toBe('Hola. Lo revisamos.');
  });
});
