import { describe, expect, it } from 'vitest';
import { buildDraft } from '../src/draft.ts';
import { expandPhrase, outermost, PhraseMatcher, type PhraseEntry } from '../src/matcher.ts';

function find(phrases: string[], text: string, extra: Partial<PhraseEntry> = {}): string[] {
  const matcher = new PhraseMatcher([{ ruleId: 'r', lists: { l: [{ phrases, ...extra }] } }]);
  return matcher.match(buildDraft(text)).map((h) => text.slice(h.start, h.end));
}

describe('phrase syntax', () => {
  it('expands alternatives, optional slots and multi-word options', () => {
    expect(expandPhrase('you (need|will have) to')).toEqual([['you', 'need', 'to'], ['you', 'will', 'have', 'to']]);
    expect(expandPhrase('(really |)sorry')).toEqual([['really', 'sorry'], ['sorry']]);
  });

  it('rejects an unbalanced group, nested groups and regex habits', () => {
    expect(() => expandPhrase('you (need to')).toThrow(/unbalanced/);
    expect(() => expandPhrase('(a (b|c))')).toThrow(/nested/);
    expect(() => expandPhrase('(x )?y')).toThrow(/unsupported/);
    expect(() => expandPhrase('a|b')).toThrow(/unsupported/);
    expect(() => expandPhrase('a) b')).toThrow(/unsupported/);
  });
});

describe('matching', () => {
  it('matches every contraction form of one phrase', () => {
    for (const text of ["I don't know", 'I don’t know', 'I dont know', 'I do not know', 'I DON\'T KNOW']) {
      expect(find(['i do not know'], text)).toHaveLength(1);
    }
    expect(find(["can't"], 'we cannot / we can not / we can’t')).toHaveLength(3);
  });

  it('matches whole written words only', () => {
    expect(find(['we can'], "we can't help")).toEqual([]);
    expect(find(['fi'], 'fiț fi')).toEqual(['fi']);
    expect(find(['idiot'], 'idiotic')).toEqual([]);
    expect(find(['idiot*'], 'idiotic idiots')).toEqual(['idiotic', 'idiots']);
  });

  it('matches across diacritics variants both ways', () => {
    expect(find(['nu știu'], 'Nu stiu. Nu ştiu. Nu știu.')).toHaveLength(3);
    expect(find(['contrasena'], 'la contraseña')).toEqual(['contraseña']);
  });

  it('supports one-word wildcards', () => {
    expect(find(['will never * again'], 'it will never jam again')).toEqual(['will never jam again']);
  });

  it('does not cross sentences or blanked text', () => {
    expect(find(['you need to'], 'Thank you. Need to know?')).toEqual([]);
    expect(find(['you need to'], 'you `x` need to')).toEqual([]);
    expect(find(['you need to'], '> you need to')).toEqual([]);
  });

  it('applies notBefore and notAfter context', () => {
    expect(find(['you need to'], 'If you need to call us', { notBefore: ['if'] })).toEqual([]);
    expect(find(['you should have'], 'you should have received it', { notAfter: ['received'] })).toEqual([]);
    expect(find(['you should have'], 'you should have called', { notAfter: ['received'] })).toHaveLength(1);
  });

  it('keeps only the outermost of overlapping hits', () => {
    const matcher = new PhraseMatcher([{ ruleId: 'r', lists: { l: [{ phrases: ['you should', 'you should have'] }] } }]);
    const hits = outermost(matcher.match(buildDraft('you should have')));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.end).toBe(15);
  });

  it('stays linear on a long adversarial draft', () => {
    const text = 'you '.repeat(50000);
    const matcher = new PhraseMatcher([{ ruleId: 'r', lists: { l: [{ phrases: ['you (you|) * you (you|) you need'] }] } }]);
    expect(matcher.match(buildDraft(text))).toEqual([]);
  });
});

describe('contractions at the start of a match', () => {
  it('a phrase may start inside a contraction', () => {
    expect(find(['will never * again'], "it'll never jam again")).toEqual(["it'll never jam again"]);
    expect(find(['not possible'], "it isn't possible")).toEqual(["isn't possible"]);
  });
});
