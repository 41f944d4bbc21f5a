import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { type ServerType, serve } from '@hono/node-server';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../support/app.js';

/** A staff client as an integrator would write it, against the generated types only. */
const CLIENT = `
import createClient from 'openapi-fetch';
import type { paths } from './api.js';

const [baseUrl = '', token = ''] = process.argv.slice(2);
const client = createClient<paths>({ baseUrl, headers: { authorization: \`Bearer \${token}\` } });

const created = await client.POST('/api/v1/articles', {
  body: { language: 'en', section: 'politics', headline: 'Typed from the document', lead: 'A client' },
});
if (!created.data) throw new Error(JSON.stringify(created.error));
const read = await client.GET('/api/v1/articles/{id}', { params: { path: { id: created.data.id } } });
if (!read.data) throw new Error(JSON.stringify(read.error));
const missing = await client.GET('/api/v1/articles/{id}', { params: { path: { id: 'nothing-here' } } });
const code: string | undefined = missing.error?.error.code;
const headline: string = read.data.headline;
const version: number = read.data.version;
console.log(JSON.stringify({ id: read.data.id, created: created.data.id, headline, version, code }));
`;

/** The same client making a mistake the types must catch: a headline that is no string. */
const WRONG = CLIENT.replace("headline: 'Typed from the document'", 'headline: 42');

function compile(dir: string, file: string): string[] {
  const program = ts.createProgram([join(dir, file)], {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: ['node'],
    skipLibCheck: true,
    outDir: dir,
  });
  const emitted = program.emit();
  return [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics].map((d) =>
    ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  );
}

describe('a typed staff client generated from the OpenAPI document', () => {
  let t: TestApp;
  let server: ServerType;
  let baseUrl: string;
  let dir: string;
  beforeAll(async () => {
    t = await testApp('sqlite');
    server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((done) => server.once('listening', done));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dir = mkdtempSync(join(tmpdir(), 'shortwave-client-'));
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
    writeFileSync(join(dir, 'package.json'), '{"type": "module"}');
  });
  afterAll(async () => {
    await new Promise((done) => server.close(done));
    await t.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('compiles against the generated types, creates an article and reads it back', async () => {
    const doc = await (await t.app.request('/api/v1/openapi.json')).json();
    writeFileSync(join(dir, 'api.ts'), astToString(await openapiTS(doc)));
    writeFileSync(join(dir, 'client.ts'), CLIENT);
    writeFileSync(join(dir, 'wrong.ts'), WRONG);

    expect(compile(dir, 'client.ts')).toEqual([]);
    expect(compile(dir, 'wrong.ts').join('\n')).toMatch(/number.*not assignable to type 'string/);

    const { stdout } = await promisify(execFile)(process.execPath, [
      join(dir, 'client.js'),
      baseUrl,
      t.tokens.editor,
    ]);
    const result = JSON.parse(stdout) as Record<string, unknown>;
    expect(result).toMatchObject({ headline: 'Typed from the document', version: 1, code: 'not_found' });
    expect(result.id).toBe(result.created);
    const stored = await t.api('editor', 'GET', `/api/v1/articles/${result.id}`);
    expect(((await stored.json()) as { headline: string }).headline).toBe('Typed from the document');
  });
});
