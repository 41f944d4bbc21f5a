import { validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiPaths } from '../../src/http/api-route.js';
import { type TestApp, testApp } from '../support/app.js';

interface Operation {
  operationId?: string;
  summary?: string;
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
type Doc = { openapi: string; paths: Record<string, Record<string, Operation>> };

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function operations(doc: Doc): Array<{ key: string; op: Operation }> {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })),
  );
}

/** Every key named `key` anywhere in `value`, with where it was found. */
function keysNamed(value: unknown, key: string, at = '#'): string[] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [
    ...(k === key ? [at] : []),
    ...keysNamed(v, key, `${at}/${k}`),
  ]);
}

describe('the OpenAPI document', () => {
  let t: TestApp;
  let doc: Doc;
  beforeAll(async () => {
    t = await testApp('sqlite');
    doc = (await (await t.app.request('/api/v1/openapi.json')).json()) as Doc;
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it('passes a strict OpenAPI validator, without the $id that OpenAPI 3.0 forbids', async () => {
    expect(doc.openapi).toBe('3.0.3');
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid ? [] : result.errors.map((e) => e.message)).toEqual([]);
    expect(result.warnings).toEqual([]);
    // The validator's JSON Schema engine reads `$id` as its own keyword and lets it pass.
    expect(keysNamed(doc, '$id')).toEqual([]);
    expect(keysNamed(doc, '$schema')).toEqual([]);
  });

  it('names and summarizes every operation, each name once', () => {
    const ops = operations(doc);
    expect(ops.length).toBeGreaterThan(70);
    expect(ops.filter(({ op }) => !op.operationId || !op.summary).map(({ key }) => key)).toEqual([]);
    const ids = ops.map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('documents the body of every answer that has one', () => {
    const bare = operations(doc).flatMap(({ key, op }) =>
      Object.entries(op.responses)
        .filter(([status, answer]) => !['204', '304'].includes(status) && !answer.content)
        .map(([status]) => `${key} ${status}`),
    );
    expect(bare).toEqual([]);
  });

  it('describes exactly the routes the app serves under /api/v1', () => {
    const served = new Set(
      t.app.routes
        .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/v1/'))
        .flatMap((r) => openApiPaths(r.path).map(({ path }) => `${r.method} ${path}`)),
    );
    const documented = new Set(operations(doc).map(({ key }) => key));
    expect([...served].filter((key) => !documented.has(key))).toEqual([]);
    expect([...documented].filter((key) => !served.has(key))).toEqual([]);
  });

  it('documents the staff token, the reader session and the error shape as components', () => {
    const components = (doc as unknown as { components: Record<string, Record<string, unknown>> }).components;
    expect(Object.keys(components.securitySchemes ?? {})).toEqual([
      'bearer',
      'newsroomSession',
      'readerSession',
    ]);
    expect(components.schemas?.Error).toMatchObject({
      type: 'object',
      required: ['error'],
      properties: { error: { required: ['code', 'message'] } },
    });
    const createArticle = doc.paths['/api/v1/articles']?.post;
    expect(createArticle?.responses['403']?.content?.['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/Error',
    });
  });

  it('describes a comment’s language, its original text and the reader’s translation', () => {
    const schemas = (doc as unknown as { components: { schemas: Record<string, Record<string, unknown>> } })
      .components.schemas;
    const comment = schemas.Comment as { properties: Record<string, unknown>; required: string[] };
    expect(comment.required).toEqual(expect.arrayContaining(['language', 'text', 'translation']));
    expect(Object.keys(schemas.CommentTranslation?.properties ?? {})).toEqual([
      'language',
      'text',
      'provider',
    ]);
    const list = doc.paths['/api/v1/debates/{id}/comments']?.get as unknown as {
      parameters: Array<{ name: string; in: string }>;
    };
    expect(list.parameters).toContainEqual(expect.objectContaining({ name: 'language', in: 'query' }));
  });
});
