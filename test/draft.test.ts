import { describe, expect, it } from 'vitest';
import { buildDraft } from '../src/draft.ts';

/** The words left for rules to read, in order. */
const words = (source: string) => buildDraft(source).tokens.map((t) => t.raw);
const kept = (source: string) => buildDraft(source).text.replace(/\s+/g, ' ').trim();

describe('draft model: what is never linted', () => {
  it('keeps the length of the source, so offsets are file offsets', () => {
    const source = 'Hi **Ana**,\r\n\r\n> QUOTED!!!\r\n\r\nSee `code` at https://x.io/A?b=1.\r\n';
    const draft = buildDraft(source);
    expect(draft.text.length).toBe(source.length);
    for (const t of draft.tokens) expect(source.slice(t.start, t.end)).toBe(t.raw);
  });

  it('drops Markdown blockquotes, nested ones included', () => {
    expect(words('Hello,\n\n> YOU people\n> > are USELESS\n\nThanks')).toEqual(['Hello', 'Thanks']);
  });

  it('drops quoted history after "On … wrote:", also wrapped over two lines', () => {
    expect(words('Thanks,\nLeo\n\nOn Tue, 4 Jun 2024, Ana <a@b.co> wrote:\nWhere is it?!')).toEqual(['Thanks', 'Leo']);
    expect(words('Thanks\n\nOn Fri, 12 Jul 2024 at 09:14, Tomás Silva <\ntomas@example.org> wrote:\nNO')).toEqual(['Thanks']);
  });

  it('drops Spanish and Romanian history headers and Outlook separators', () => {
    expect(words('Saludos\n\nEl lun, 3 jun 2024, Ana escribió:\nES SU CULPA')).toEqual(['Saludos']);
    expect(words('Cu stimă\n\nÎn lun., 3 iun. 2024, Ion a scris:\nNU MERGE')).toEqual(['Cu', 'stimă']);
    expect(words('Cu stima\n\nIn lun., 3 iun. 2024, Ion a scris:\nNU MERGE')).toEqual(['Cu', 'stima']);
    expect(words('Regards\n\n-----Original Message-----\nFrom: X\nNOT ME')).toEqual(['Regards']);
    expect(words('Regards\n\nFrom: Ana\nSent: Monday\nNOT ME')).toEqual(['Regards']);
  });

  it('drops the signature below "-- " but keeps the sign-off above it', () => {
    const draft = buildDraft('Kind regards,\nDaniel\n-- \nDANIEL ORTIZ | CUSTOMER CARE\n');
    expect(draft.tokens.map((t) => t.raw)).toEqual(['Kind', 'regards', 'Daniel']);
    expect(draft.lines.map((l) => l.text)).toEqual(['Kind regards,', 'Daniel']);
  });

  it('drops code, URLs, e-mail addresses and paths', () => {
    expect(kept('Run `RESET NOW` then:\n\n```\nNEVER EVER\n```\n\nok')).toBe('Run then: ok');
    expect(kept('Go to https://status.example.com/OUTAGE/4471. Or www.x.com/ABC!')).toBe('Go to . Or !');
    expect(kept('Write to support@example.com or see C:\\Users\\ANA and ~/Library/Mail.')).toBe('Write to or see and .');
  });

  it('drops every placeholder style and remembers where they were', () => {
    const source = 'Hi {{ first_name }}, {name}, %NAME%, [Customer Name], <customer name>, ${user}.';
    const draft = buildDraft(source);
    expect(draft.tokens.map((t) => t.raw)).toEqual(['Hi']);
    expect(draft.lines[0]!.hasPlaceholder).toBe(true);
    expect(draft.placeholders.length).toBeGreaterThanOrEqual(5);
  });

  it('keeps link text but not the link target', () => {
    expect(words('See [our STATUS page](https://x.io/DOWN) now')).toEqual(['See', 'our', 'STATUS', 'page', 'now']);
  });

  it('an empty or whitespace-only draft has no lines and no tokens', () => {
    for (const source of ['', '\n\n', '   \r\n']) {
      const draft = buildDraft(source);
      expect(draft.tokens).toEqual([]);
      expect(draft.lines).toEqual([]);
    }
  });
});

describe('draft model: tokens and sentences', () => {
  it('keeps internal apostrophes, splits on hyphens and expands contractions into units', () => {
    const draft = buildDraft('You don’t need v-am calmați-vă.');
    expect(draft.tokens.map((t) => t.norm)).toEqual(['you', "don't", 'need', 'v', 'am', 'calmati', 'va']);
    expect(draft.units.map((u) => u.norm)).toEqual(['you', 'do', 'not', 'need', 'v', 'am', 'calmati', 'va']);
  });

  it('folds Romanian cedilla and comma-below letters and Spanish accents alike', () => {
    const norms = buildDraft('ştiţi știți stiti contraseña garantía').tokens.map((t) => t.norm);
    expect(norms).toEqual(['stiti', 'stiti', 'stiti', 'contrasena', 'garantia']);
  });

  it('splits sentences at . ! ? but not after abbreviations or inside decimals', () => {
    const draft = buildDraft('Hello Mr. Grant. The fee is 3.50 today! Ok? e.g. this works.');
    const texts = draft.sentences.map((s) => draft.text.slice(s.start, s.end));
    expect(texts).toEqual(['Hello Mr. Grant.', 'The fee is 3.50 today!', 'Ok?', 'e.g. this works.']);
  });

  it('never joins paragraphs or list items into one sentence', () => {
    const draft = buildDraft('First line\n\n1. Open it\n2. Close it\n\nLast');
    expect(draft.sentences.length).toBe(4);
  });

  it('treats short lines and lines ending in a comma as sentence ends (greetings, sign-offs)', () => {
    const draft = buildDraft('Hi Ana,\nThanks for writing.\nKind regards\nLeo');
    expect(draft.sentences.length).toBe(4);
  });

  it('marks a token that follows blanked text', () => {
    const draft = buildDraft('you `x` need to');
    expect(draft.tokens.map((t) => t.gapBefore)).toEqual([false, true, false]);
  });
});

describe('large drafts', () => {
  it('parses in chunks with the same result as one parse, positions included', async () => {
    const { parseMarkdown, safeCuts } = await import('../src/markdown.ts');
    const unit = 'Hi Ana,\n\n> QUOTED!!\n> more\n\n- item one\n- item two\n\n```\nCODE\n\nMORE CODE\n```\n\n<!-- a\n\nb -->\n\nPlain **text** here.\n\n';
    const big = unit.repeat(1200); // ~160 KB: several 64 KB chunks
    expect(safeCuts(big).length).toBeGreaterThan(1);
    const chunked = parseMarkdown(big);
    expect(chunked.length).toBeGreaterThan(1);
    // The draft model built from chunks equals one built from a single parse.
    const draft = buildDraft(big);
    expect(draft.tokens.filter((t) => t.raw === 'QUOTED' || t.raw === 'CODE')).toEqual([]);
    expect(draft.tokens.filter((t) => t.raw === 'Plain').length).toBe(1200);
    for (const t of draft.tokens.slice(-20)) expect(big.slice(t.start, t.end)).toBe(t.raw);
  }, 120_000);

  it('never cuts inside a fence or an HTML comment', async () => {
    const { safeCuts } = await import('../src/markdown.ts');
    const text = `${'x\n\n'.repeat(10)}\`\`\`\n\ninside\n\n\`\`\`\n\n<!--\n\nhidden\n\n-->\n\nafter\n`;
    const cuts = safeCuts(text, 1);
    for (const word of ['inside', 'hidden']) expect(cuts).not.toContain(text.indexOf(word));
    expect(cuts).toContain(text.indexOf('after'));
  });
});
