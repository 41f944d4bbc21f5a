import { describe, expect, it } from 'vitest';
import { el, xmlAttribute, xmlChars, xmlDocument, xmlRaw, xmlText } from '../../src/lib/xml.js';

const C0 = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join('');

describe('xmlText', () => {
  it('escapes the five markup characters', () => {
    expect(xmlText(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;',
    );
  });

  it('escapes an ampersand that already starts an entity, so the text comes back unchanged', () => {
    expect(xmlText('&amp; &lt;')).toBe('&amp;amp; &amp;lt;');
  });

  it('cannot end a CDATA section or open a tag', () => {
    expect(xmlText(']]><![CDATA[')).toBe(']]&gt;&lt;![CDATA[');
  });

  it('drops every C0 control character except tab, newline and carriage return', () => {
    expect(xmlChars(`a${C0}b`)).toBe('a\t\n\rb');
    expect(xmlText(`a${C0}b`)).toBe('a\t\n&#13;b');
  });

  it('drops the non-characters U+FFFE and U+FFFF but keeps U+FFFD', () => {
    expect(xmlText('a\uFFFEb\uFFFFc\uFFFDd')).toBe('abc\uFFFDd');
    expect(xmlChars('\uFFFE\uFFFF')).toBe('');
  });

  it('drops lone surrogates, high or low, wherever they stand', () => {
    expect(xmlChars('\uD800')).toBe('');
    expect(xmlChars('a\uD800b')).toBe('ab');
    expect(xmlChars('a\uDC00b')).toBe('ab');
    expect(xmlChars('end\uD83D')).toBe('end');
    expect(xmlChars('\uDE00\uD83D')).toBe('');
  });

  it('keeps emoji and other characters beyond the BMP, which are surrogate pairs', () => {
    const emoji = '😀 👩‍👩‍👧 🇨🇭 𝄞';
    expect(xmlText(emoji)).toBe(emoji);
    expect(xmlChars('\uD83D\uDE00\uD800')).toBe('😀');
  });

  it('keeps right-to-left marks, combining characters and text of every script', () => {
    const text = 'RTL \u200F\u202Eمرحبا\u202C e\u0301 中文 Русский';
    expect(xmlText(text)).toBe(text);
  });

  it('keeps C1 controls and DEL, which XML 1.0 allows', () => {
    expect(xmlChars('\u007F\u0085\u009F')).toBe('\u007F\u0085\u009F');
  });
});

describe('xmlAttribute', () => {
  it('keeps tabs and line breaks as character references, which attribute parsing would turn into spaces', () => {
    expect(xmlAttribute('a\tb\nc\rd"e')).toBe('a&#9;b&#10;c&#13;d&quot;e');
  });
});

describe('el', () => {
  it('escapes text content and attribute values, and leaves out null attributes', () => {
    expect(el('link', { href: 'https://x.test/?a=1&b="2"', title: null, length: 42 }, 'A < B').xml).toBe(
      '<link href="https://x.test/?a=1&amp;b=&quot;2&quot;" length="42">A &lt; B</link>',
    );
  });

  it('nests fragments without escaping them again, and skips empty content', () => {
    const inner = el('b', {}, 'x & y');
    expect(el('a', {}, inner, null, false, undefined, [el('c'), 'z']).xml).toBe(
      '<a><b>x &amp; y</b><c/>z</a>',
    );
  });

  it('writes an element without content as empty', () => {
    expect(el('enclosure', { url: 'u' }).xml).toBe('<enclosure url="u"/>');
    expect(el('description', {}, '').xml).toBe('<description/>');
  });

  it('inserts raw XML only when marked as such', () => {
    expect(el('a', {}, xmlRaw('<b/>'), '<b/>').xml).toBe('<a><b/>&lt;b/&gt;</a>');
  });

  it('starts a document with the XML declaration', () => {
    expect(xmlDocument(el('root'))).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<root/>\n');
  });
});
