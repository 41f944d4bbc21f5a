/**
 * The OpenAPI 3.0 document, built from the routes the app serves: every handler registered
 * with defineRoute (src/http/api-route.ts) brings its definition, and the zod schemas with a
 * `.meta({ id })` become the components. A route registered any other way is left out, which
 * test/integration/openapi.test.ts refuses.
 *
 * @example
 * app.get('/api/v1/openapi.json', (c) => c.json(openApiDocument(publicUrl, app.routes)));
 */
import { z } from 'zod';
import { definitionOf, openApiPaths, type ResponseDef, type RouteDef } from './api-route.js';
import { ErrorSchema } from './schemas/common.js';

/** The document itself, as a response body. */
export const OpenApiDocumentSchema = z
  .looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.looseObject({}) })
  .meta({ id: 'OpenApiDocument', description: 'An OpenAPI 3.0 document' });

/** A route as Hono lists it in `app.routes`. */
export interface MountedRoute {
  method: string;
  path: string;
  handler: unknown;
}

/** What each documented error status means; a status missing here is a mistake in a definition. */
const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid input (the field it concerns is named)',
  401: 'No credentials, or unknown ones',
  403: 'The caller may not do this (or a missing CSRF token)',
  404: 'Not found',
  409: 'Conflict: a stale version, or a state that does not allow this',
  413: 'The body is too large',
  415: 'The body has the wrong media type',
  429: 'Too many requests; Retry-After says when to try again',
  503: 'Briefly unavailable; Retry-After says when to try again',
};

const SECURITY: Record<RouteDef['auth'], Array<Record<string, string[]>> | undefined> = {
  staff: undefined, // the document's default: a bearer token or the newsroom session
  reader: [{ readerSession: [] }, { bearer: [] }],
  public: [],
};

type Json = Record<string, unknown>;

const ref = (schema: z.ZodType): Json => {
  const id = z.globalRegistry.get(schema)?.id;
  if (!id) throw new Error('A body or response schema of the API needs .meta({ id })');
  return { $ref: `#/components/schemas/${id}` };
};

/** Every schema with an id, as OpenAPI 3.0 components (without the `$id` that 3.0 forbids). */
function componentSchemas(): Record<string, Json> {
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    target: 'openapi-3.0',
    io: 'input',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => {
      const { $id: _id, $schema: _schema, ...rest } = schema as Json;
      return [name, rest];
    }),
  );
}

/** The query schema's fields as query parameters. */
function queryParameters(query: z.ZodType): Json[] {
  const schema = z.toJSONSchema(query, {
    target: 'openapi-3.0',
    io: 'input',
    unrepresentable: 'any',
    metadata: z.registry<Json>(),
  }) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: 'query',
      required: schema.required?.includes(name) ?? false,
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

function response(def: ResponseDef): Json {
  const schemas = def.schema === undefined ? [] : Array.isArray(def.schema) ? def.schema : [def.schema];
  const schema = schemas.length > 1 ? { oneOf: schemas.map(ref) } : schemas[0] ? ref(schemas[0]) : undefined;
  return {
    description: def.description,
    ...(def.headers
      ? {
          headers: Object.fromEntries(
            Object.entries(def.headers).map(([name, description]) => [
              name,
              { description, schema: { type: 'string' } },
            ]),
          ),
        }
      : {}),
    ...(schema ? { content: { [def.mediaType ?? 'application/json']: { schema } } } : {}),
  };
}

function operation(def: RouteDef, path: string): Json {
  const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map(([, name = '']) => ({
    name,
    in: 'path',
    required: true,
    ...(def.params?.[name]?.description ? { description: def.params[name].description } : {}),
    schema: def.params?.[name]?.schema ?? { type: 'string' },
  }));
  const headers = (def.headers ?? []).map(({ name, description, required, schema }) => ({
    name,
    in: 'header',
    required: required ?? false,
    description,
    schema: schema ?? { type: 'string' },
  }));
  const parameters = [...pathParams, ...(def.query ? queryParameters(def.query) : []), ...headers];
  const responses: Json = {};
  for (const [status, answer] of Object.entries(def.responses)) responses[status] = response(answer);
  for (const status of def.errors ?? []) {
    const text = ERROR_TEXT[status];
    if (!text) throw new Error(`${def.operationId}: no text for error status ${status}`);
    responses[String(status)] ??= response({ description: text, schema: ErrorSchema });
  }
  const security = SECURITY[def.auth];
  return {
    operationId: def.operationId,
    summary: def.summary,
    ...(def.description ? { description: def.description } : {}),
    tags: def.tags,
    ...(security ? { security } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(def.body
      ? {
          requestBody: {
            required: def.body.required ?? def.body.kind !== 'optional-json',
            content: Object.fromEntries(
              (def.body.mediaTypes ?? ['application/json']).map((type) => [
                type,
                { schema: ref(def.body?.schema as z.ZodType) },
              ]),
            ),
          },
        }
      : {}),
    responses,
  };
}

/** The operations of `routes` registered with defineRoute, by OpenAPI path and method. */
export function documentedPaths(routes: readonly MountedRoute[]): Record<string, Record<string, Json>> {
  const paths: Record<string, Record<string, Json>> = {};
  for (const route of routes) {
    const def = definitionOf(route.handler);
    if (!def) continue;
    for (const { path, word } of openApiPaths(route.path)) {
      const named = word
        ? { ...def, operationId: def.operationId + word[0]?.toUpperCase() + word.slice(1) }
        : def;
      paths[path] ??= {};
      paths[path][def.method] = operation(named, path);
    }
  }
  return paths;
}

/** Builds the document of the API that `routes` (a Hono app's `routes`) serve; `publicUrl` is its server. */
export function openApiDocument(publicUrl: string, routes: readonly MountedRoute[]) {
  const paths = documentedPaths(routes);
  return {
    openapi: '3.0.3',
    info: {
      title: 'Shortwave API',
      version: '1',
      description:
        'Staff API of the Shortwave newsroom (a bearer token from `shortwave token create`), ' +
        'the public read API and the readers API. Every error is answered as ' +
        '`{"error": {"code", "message", "field"?}}` (components/schemas/Error).',
    },
    servers: [{ url: publicUrl }],
    security: [{ bearer: [] }, { newsroomSession: [] }],
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description:
            'Staff: a token from `shortwave token create`, sent as `Authorization: Bearer <token>`. ' +
            'Its role (contributor, editor, admin) decides what it may do; a refusal is a 403 Error.',
        },
        newsroomSession: {
          type: 'apiKey',
          in: 'cookie',
          name: 'sw_staff',
          description:
            'The newsroom session (a logged-in browser); changes also need the x-csrf-token header, ' +
            'the token in each newsroom page’s <meta name="csrf-token">',
        },
        readerSession: {
          type: 'apiKey',
          in: 'cookie',
          name: 'sw_reader',
          description: 'A reader session (POST /api/v1/session); changes also need the x-csrf-token header',
        },
      },
      schemas: componentSchemas(),
    },
  };
}
