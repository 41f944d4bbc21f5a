/**
 * One definition per API route: `defineRoute` registers the Hono handler, validates its query
 * and body with the definition's schemas, and remembers the definition so that the OpenAPI
 * document (src/http/openapi.ts) is built from the routes the app really serves. Where a route
 * file lives, or under which prefix it is mounted, does not matter: the document reads the
 * mounted app's `routes` and finds each handler's definition.
 *
 * @example
 * defineRoute(app, {
 *   method: 'get', path: '/:id', operationId: 'getArticle', summary: 'One article',
 *   tags: ['articles'], auth: 'staff', responses: { 200: { description: 'OK', schema: ArticleSchema } },
 *   errors: [401, 404],
 * }, async (c) => c.json(await present(c.req.param('id'))));
 */
import type { Context, Env, Hono, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { jsonBody, optionalJsonBody, parseWith, queryOf } from './validate.js';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Who may call: staff (bearer token), a reader (session cookie or bearer) or anyone. */
export type RouteAuth = 'staff' | 'reader' | 'public';

/**
 * How `input.body()` reads the body: JSON (`json`), JSON or nothing as `{}` (`optional-json`),
 * or as the handler decides (`custom`: it reads the body itself and validates with `parse`,
 * or calls `body()` only when it wants JSON).
 */
export type BodyKind = 'json' | 'optional-json' | 'custom';

export interface BodyDef<B extends z.ZodType> {
  schema: B;
  kind: BodyKind;
  /** Whether the document calls the body required; all but `optional-json` bodies are, unless told. */
  required?: boolean;
  /** Media types documented for the body; `application/json` unless given. */
  mediaTypes?: readonly string[];
}

export interface ResponseDef {
  description: string;
  /** A schema with a `.meta({ id })`, or several (documented as `oneOf`). */
  schema?: z.ZodType | readonly z.ZodType[];
  mediaType?: string;
  headers?: Readonly<Record<string, string>>;
}

export interface ParamDef {
  name: string;
  description: string;
  required?: boolean;
  schema?: Record<string, unknown>;
}

export interface RouteDef<Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType> {
  method: HttpMethod;
  /** The Hono path inside the router this route is registered on. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: readonly string[];
  auth: RouteAuth;
  query?: Q;
  body?: BodyDef<B>;
  /** Request headers worth documenting (If-Match, x-csrf-token). */
  headers?: readonly ParamDef[];
  /** Path parameters with more to say than "a string". */
  params?: Readonly<Record<string, { description?: string; schema?: Record<string, unknown> }>>;
  responses: Readonly<Record<number, ResponseDef>>;
  /** Statuses answered with the common error shape (components/schemas/Error). */
  errors?: readonly number[];
  /** Middleware run before the handler, for this route only. */
  before?: readonly MiddlewareHandler[];
}

/** What a handler gets from its definition: the validated query and body. */
export interface RouteInput<Q extends z.ZodType, B extends z.ZodType> {
  query(): z.output<Q>;
  body(): Promise<z.output<B>>;
  /** Validates a body the handler read itself (`kind: 'custom'`). */
  parse(value: unknown): z.output<B>;
}

/** Keeps a definition's literal types (its path, its schemas) when it is declared apart from its handler. */
export function route<P extends string, Q extends z.ZodType = z.ZodNever, B extends z.ZodType = z.ZodNever>(
  def: RouteDef<Q, B> & { path: P },
): RouteDef<Q, B> & { path: P } {
  return def;
}

const DEFINITIONS = new WeakMap<object, RouteDef>();

/** Registers `handler` for `def` on `app`, validating with the definition's schemas. */
export function defineRoute<
  E extends Env,
  P extends string,
  Q extends z.ZodType = z.ZodNever,
  B extends z.ZodType = z.ZodNever,
>(
  app: Hono<E>,
  def: RouteDef<Q, B> & { path: P },
  handler: (c: Context<E, P>, input: RouteInput<Q, B>) => Response | Promise<Response>,
): void {
  const missing = (what: string) => new Error(`${def.operationId} defines no ${what}`);
  const input = (c: Context<E, P>): RouteInput<Q, B> => ({
    query: () => {
      if (!def.query) throw missing('query');
      return queryOf(c, def.query) as z.output<Q>;
    },
    body: async () => {
      if (!def.body) throw missing('body');
      return (await (def.body.kind === 'optional-json'
        ? optionalJsonBody(c, def.body.schema)
        : jsonBody(c, def.body.schema))) as z.output<B>;
    },
    parse: (value) => {
      if (!def.body) throw missing('body');
      return parseWith(def.body.schema, value) as z.output<B>;
    },
  });
  const registered: MiddlewareHandler<E, P> = async (c) => handler(c, input(c));
  DEFINITIONS.set(registered, def as unknown as RouteDef);
  app.on(
    [def.method.toUpperCase()],
    [def.path],
    ...((def.before ?? []) as MiddlewareHandler<E>[]),
    registered,
  );
}

/** The definition behind a handler of `app.routes`, if it was registered with defineRoute. */
export function definitionOf(handler: unknown): RouteDef | undefined {
  if (typeof handler !== 'function') return undefined;
  // Hono wraps the handlers of a sub-app that has its own error handler.
  const inner = (handler as { __COMPOSED_HANDLER?: unknown }).__COMPOSED_HANDLER;
  return DEFINITIONS.get(handler) ?? (inner ? definitionOf(inner) : undefined);
}

/**
 * The OpenAPI paths of a Hono path: `/articles/:id/revisions/:number{[0-9]+}` →
 * `/articles/{id}/revisions/{number}`. A parameter limited to a few words
 * (`:outcome{accept|reject}`) becomes one path per word, each its own operation.
 */
export function openApiPaths(honoPath: string): Array<{ path: string; word?: string }> {
  const words = /:[A-Za-z0-9_]+\{([a-z-]+(?:\|[a-z-]+)+)\}/.exec(honoPath);
  const plain = (path: string) => path.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?/g, '{$1}');
  if (!words?.[1]) return [{ path: plain(honoPath) }];
  return words[1].split('|').map((word) => ({ path: plain(honoPath.replace(words[0], word)), word }));
}
