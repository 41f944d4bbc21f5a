import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineRoute, openApiPaths } from '../../src/http/api-route.js';
import { documentedPaths } from '../../src/http/openapi.js';

const Thing = z.object({ id: z.string(), size: z.number() }).meta({ id: 'UnitThing' });
const ThingQuery = z.object({ size: z.coerce.number().int().min(1).default(3) });

/** A router as a route file makes one, knowing nothing of where it will be mounted. */
function thingRoutes() {
  const app = new Hono();
  defineRoute(
    app,
    {
      method: 'get',
      path: '/:id{[0-9]+}',
      operationId: 'getThing',
      summary: 'One thing',
      tags: ['things'],
      auth: 'public',
      query: ThingQuery,
      responses: { 200: { description: 'The thing', schema: Thing } },
      errors: [404],
    },
    (c, input) => c.json({ id: c.req.param('id'), size: input.query().size }),
  );
  return app;
}

describe('route definitions', () => {
  it('describe a route under whatever prefix it is mounted, and validate its query', async () => {
    const inner = new Hono().route('/things', thingRoutes());
    const app = new Hono().route('/api/v1/deep', inner);
    const paths = documentedPaths(app.routes);
    expect(Object.keys(paths)).toEqual(['/api/v1/deep/things/{id}']);
    expect(paths['/api/v1/deep/things/{id}']?.get).toMatchObject({
      operationId: 'getThing',
      summary: 'One thing',
      security: [],
      parameters: [
        { name: 'id', in: 'path', required: true },
        { name: 'size', in: 'query', required: false, schema: { type: 'integer', minimum: 1, default: 3 } },
      ],
      responses: {
        200: { content: { 'application/json': { schema: { $ref: '#/components/schemas/UnitThing' } } } },
        404: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
      },
    });
    const res = await app.request('/api/v1/deep/things/42?size=7');
    expect(await res.json()).toEqual({ id: '42', size: 7 });
  });

  it('leave out routes registered without a definition', () => {
    const app = new Hono().route('/api', thingRoutes());
    app.get('/api/undescribed', (c) => c.text('hidden'));
    expect(Object.keys(documentedPaths(app.routes))).toEqual(['/api/{id}']);
  });

  it('turn a parameter limited to a few words into one path per word', () => {
    expect(openApiPaths('/reports/:id/:outcome{accept|reject}')).toEqual([
      { path: '/reports/{id}/accept', word: 'accept' },
      { path: '/reports/{id}/reject', word: 'reject' },
    ]);
    expect(openApiPaths('/a/:id/revisions/:number{[0-9]+}')).toEqual([
      { path: '/a/{id}/revisions/{number}' },
    ]);
  });
});
