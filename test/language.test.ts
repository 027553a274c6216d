import { describe, expect, it } from 'vitest';
import { buildDraft } from '../src/draft.ts';
import { detectLanguage } from '../src/language.ts';
import { Locator } from '../src/locate.ts';

const detect = (text: string, fallback: 'en' | 'es' | 'ro' = 'en') => detectLanguage(buildDraft(text), fallback);

describe('language detection', () => {
  it.each([
    ['en', 'Hi Ana, thanks for your message. We have checked the order and it is on its way.'],
    ['es', 'Hola Marta: gracias por escribirnos. Hemos revisado el pedido y ya está en camino.'],
    ['es', 'Hola Marta, gracias por escribirnos. Hemos revisado el pedido y ya esta en camino, la contrasena no cambia.'],
    ['ro', 'Bună ziua, vă mulțumim pentru mesaj. Am verificat comanda și este deja pe drum.'],
    ['ro', 'Buna ziua, va multumim pentru mesaj. Am verificat comanda si este deja pe drum.'],
    ['ro', 'Bună ziua, vă mulţumim pentru mesaj. Am verificat comanda şi este deja pe drum.'],
  ])('detects %s', (lang, text) => {
    expect(detect(text)).toEqual({ language: lang, confident: true });
  });

  it('ignores the language of quoted text', () => {
    const text = 'Hi Ana,\n\nThanks, it is fixed and on its way to you now.\n\n> Hola, el pedido no ha llegado y no sé qué hacer con la caja.';
    expect(detect(text).language).toBe('en');
  });

  it('falls back on drafts too short to tell', () => {
    expect(detect('OK!', 'ro')).toEqual({ language: 'ro', confident: false });
    expect(detect('', 'es')).toEqual({ language: 'es', confident: false });
  });
});

describe('locator', () => {
  it('maps offsets to 1-based lines and columns with LF, CRLF and CR breaks', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const at = new Locator(text);
    expect(at.at(0)).toEqual({ line: 1, column: 1 });
    expect(at.at(4)).toEqual({ line: 2, column: 2 });
    expect(at.at(7)).toEqual({ line: 3, column: 1 });
    expect(at.at(10)).toEqual({ line: 4, column: 1 });
    expect(at.at(text.length)).toEqual({ line: 4, column: 3 });
  });
});

describe('short drafts', () => {
  it.each([
    ['es', '¡Hola! Hemos respondido a tu MD. Revisa tu bandeja de entrada.'],
    ['es', 'Su técnico le llamará cuando pueda.'],
    ['ro', 'Bună, îți scriem înapoi mâine.'],
  ])('detects %s in a one-line reply', (lang, text) => {
    expect(detect(text)).toEqual({ language: lang, confident: true });
  });

  it('does not take English with a loanword accent for Spanish', () => {
    expect(detect('Thanks, the café order is on its way to you.').language).toBe('en');
  });
});
