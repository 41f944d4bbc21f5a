import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BodySchema, listNestingOf, MAX_LIST_NESTING } from '../../src/domain/body.js';
import { DomainError } from '../../src/domain/errors.js';
import { htmlDepthPast, htmlToBody, MAX_HTML_DEPTH } from '../../src/editor/html-to-body.js';
import { bodyClassOf } from '../../src/http/middleware/body-limits.js';
import { MAX_JSON_DEPTH, parseWith } from '../../src/http/validate.js';
import { jsonDepthPast } from '../../src/lib/json-depth.js';

/** The DomainError `fn` throws. */
function thrown(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

/** A value nested `levels` deep: { a: { a: ... } }. */
function nested(levels: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

/** A body document with lists nested `levels` deep. */
function listsDeep(levels: number): unknown {
  let node: unknown = { type: 'paragraph', content: [{ type: 'text', text: 'deepest' }] };
  for (let i = 0; i < levels; i++)
    node = { type: 'bullet_list', content: [{ type: 'list_item', content: [node] }] };
  return { type: 'doc', content: [node] };
}

describe('the JSON depth scan', () => {
  it('finds nothing in JSON within the limit', () => {
    expect(jsonDepthPast('{"a":[1,{"b":[]}]}', 4)).toBe(-1);
    expect(jsonDepthPast('[]', 1)).toBe(-1);
    expect(jsonDepthPast('"just a string"', 0)).toBe(-1);
  });

  it('answers the offset of the first bracket past the limit', () => {
    expect(jsonDepthPast('{"a":[1,{"b":[]}]}', 3)).toBe(13);
    expect(jsonDepthPast('[[[]]]', 2)).toBe(2);
    expect(jsonDepthPast('['.repeat(15_000) + ']'.repeat(15_000), 64)).toBe(64);
  });

  it('does not count brackets inside strings, whatever is escaped there', () => {
    expect(jsonDepthPast('["[[[[{{{{"]', 1)).toBe(-1);
    expect(jsonDepthPast('["\\"[[[[", "]]"]', 1)).toBe(-1);
    // An escaped backslash ends before the quote: the string closes, the bracket counts.
    expect(jsonDepthPast('["\\\\",[]]', 1)).toBe(6);
    expect(jsonDepthPast('{"k\\u005b":"\\u005b[","v":[]}', 1)).toBe(25);
  });

  it('counts closing brackets back down', () => {
    expect(jsonDepthPast('[]'.repeat(10_000), 1)).toBe(-1);
    expect(jsonDepthPast('[[],[[]]]', 2)).toBe(5);
  });
});

describe('validating input', () => {
  const Anything = z.unknown();

  it(`refuses values nested deeper than ${MAX_JSON_DEPTH} levels before the schema walks them`, () => {
    expect(parseWith(Anything, nested(MAX_JSON_DEPTH))).toBeDefined();
    const error = thrown(() => parseWith(Anything, nested(100_000)));
    expect(error.code).toBe('too_deep');
    expect(error.message).toBe(`a.a.a: nests deeper than ${MAX_JSON_DEPTH} levels of objects and arrays`);
  });

  it('still names the field that holds a NUL character, first in document order', () => {
    const error = thrown(() => parseWith(Anything, { a: ['ok', { b: 'x\u0000' }], c: '\u0000' }));
    expect(error.field).toBe('a.1.b');
  });
});

describe('body depth', () => {
  it('counts how deeply lists nest', () => {
    expect(listNestingOf(BodySchema.parse(listsDeep(0)))).toBe(0);
    expect(listNestingOf(BodySchema.parse(listsDeep(3)))).toBe(3);
  });

  it(`accepts lists ${MAX_LIST_NESTING} deep and refuses one more, naming the limit`, () => {
    expect(() =>
      parseWith(z.object({ body: BodySchema }), { body: listsDeep(MAX_LIST_NESTING) }),
    ).not.toThrow();
    const error = thrown(() =>
      parseWith(z.object({ body: BodySchema }), { body: listsDeep(MAX_LIST_NESTING + 1) }),
    );
    expect(error.message).toBe(`body: lists nest deeper than ${MAX_LIST_NESTING} levels`);
    expect(error.field).toBe('body');
  });
});

describe('HTML depth', () => {
  it('measures nesting as a browser parses it: void elements and implied ends do not nest', () => {
    expect(htmlDepthPast('<p>one<p>two<p>three', 1)).toBe(false);
    expect(htmlDepthPast('<br><br><img src="x"><br>', 1)).toBe(false);
    expect(htmlDepthPast('<ul><li>a<li>b<li>c</ul>', 2)).toBe(false);
    expect(htmlDepthPast('<div><div><div>', 2)).toBe(true);
    expect(htmlDepthPast('<!-- <div><div><div> --><p>x</p>', 1)).toBe(false);
  });

  it(`refuses HTML nested deeper than ${MAX_HTML_DEPTH} levels with too_deep on the html field`, () => {
    for (const html of ['<b>'.repeat(30_000), '<div>'.repeat(30_000), '<ul><li>'.repeat(15_000)]) {
      const error = thrown(() => htmlToBody(html));
      expect(error.code).toBe('too_deep');
      expect(error.field).toBe('html');
      expect(error.message).toBe(`html: elements nest deeper than ${MAX_HTML_DEPTH} levels`);
    }
    expect(htmlToBody(`${'<span>'.repeat(MAX_HTML_DEPTH - 1)}<b>fine</b>`).content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'fine', marks: [{ type: 'bold' }] }] },
    ]);
  });

  it(`refuses lists nested deeper than a body allows (${MAX_LIST_NESTING})`, () => {
    expect(listNestingOf(htmlToBody(`${'<ul><li>'.repeat(MAX_LIST_NESTING)}x`))).toBe(MAX_LIST_NESTING);
    const error = thrown(() => htmlToBody(`${'<ol><li>'.repeat(MAX_LIST_NESTING + 1)}x`));
    expect(error.message).toBe(`html: lists nest deeper than ${MAX_LIST_NESTING} levels`);
  });
});

describe('body classes', () => {
  it('gives staff routes the staff caps only with a credential, uploads their own', () => {
    expect(bodyClassOf('POST', '/api/v1/articles', true)).toBe('staff');
    expect(bodyClassOf('POST', '/api/v1/articles', false)).toBe('public');
    expect(bodyClassOf('POST', '/api/v1/media', true)).toBe('upload');
    expect(bodyClassOf('POST', '/newsroom/media', true)).toBe('upload');
    expect(bodyClassOf('POST', '/newsroom/media/abc', true)).toBe('staff');
  });

  it('gives readers’ and open routes the public caps, whatever they carry', () => {
    for (const path of [
      '/api/v1/articles/x/error-reports',
      '/api/v1/session',
      '/newsroom/login',
      '/en/comments',
    ])
      expect(bodyClassOf('POST', path, true), path).toBe('public');
  });
});
