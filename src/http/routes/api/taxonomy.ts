/**
 * /api/v1/sections, /api/v1/topics, /api/v1/authors.
 */
import { Hono } from 'hono';
import type { z } from 'zod';
import { authorize } from '../../../commands/context.js';
import {
  createAuthor,
  createSection,
  createTopic,
  updateAuthor,
  updateSection,
  updateTopic,
} from '../../../commands/taxonomy.js';
import { DomainError } from '../../../domain/errors.js';
import {
  findAuthor,
  findSection,
  findTopic,
  listAuthors,
  listSections,
  listTopics,
} from '../../../storage/repos/taxonomy.js';
import { defineRoute } from '../../api-route.js';
import type { AppDeps, AppEnv } from '../../deps.js';
import { staffOf } from '../../middleware/staff-auth.js';
import {
  AuthorCreateSchema,
  AuthorListSchema,
  AuthorPatchSchema,
  AuthorSchema,
  SectionCreateSchema,
  SectionListSchema,
  SectionPatchSchema,
  SectionSchema,
  TopicCreateSchema,
  TopicListSchema,
  TopicPatchSchema,
  TopicSchema,
} from '../../schemas/taxonomy.js';

/** The staff API of sections, topics and authors. */
export function apiTaxonomyRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const ctxOf = (c: { get(key: 'staff'): AppEnv['Variables']['staff'] }) => ({
    db: deps.store.db,
    actor: staffOf(c),
    now: deps.clock(),
  });
  const found = <T>(value: T | null, what: string): T => {
    if (!value) throw new DomainError('not_found', `No ${what}`);
    return value;
  };
  const changed = <T>(value: T): T => {
    deps.pageCache.clear();
    return value;
  };

  /** The four routes of one kind: list, create, read, change. */
  const kind = <C extends z.ZodType, U extends z.ZodType>(k: {
    plural: 'sections' | 'topics' | 'authors';
    one: 'Section' | 'Topic' | 'Author';
    schema: z.ZodType;
    list: z.ZodType;
    create: C;
    patch: U;
    listAll: () => Promise<unknown[]>;
    find: (slug: string) => Promise<unknown>;
    add: (ctx: ReturnType<typeof ctxOf>, input: z.output<C>) => Promise<unknown>;
    change: (ctx: ReturnType<typeof ctxOf>, slug: string, input: z.output<U>) => Promise<unknown>;
  }) => {
    const what = k.one.toLowerCase();
    const base = { tags: [k.plural], auth: 'staff' } as const;
    const slug = { slug: { description: `The ${what}’s slug` } };
    defineRoute(
      app,
      {
        ...base,
        method: 'get',
        path: `/${k.plural}`,
        operationId: `list${k.one}s`,
        summary: `List ${k.plural}`,
        responses: { 200: { description: `The ${k.plural}`, schema: k.list } },
        errors: [401, 403],
      },
      async (c) => {
        authorize(staffOf(c), 'taxonomy.read');
        return c.json({ items: await k.listAll() });
      },
    );
    defineRoute(
      app,
      {
        ...base,
        method: 'post',
        path: `/${k.plural}`,
        operationId: `create${k.one}`,
        summary: `Create a ${what}`,
        body: { schema: k.create, kind: 'json' },
        responses: { 201: { description: 'Created', schema: k.schema } },
        errors: [400, 401, 403, 409, 415],
      },
      async (c, input) => c.json(changed(await k.add(ctxOf(c), await input.body())), 201),
    );
    defineRoute(
      app,
      {
        ...base,
        method: 'get',
        path: `/${k.plural}/:slug`,
        operationId: `get${k.one}`,
        summary: `One ${what}`,
        params: slug,
        responses: { 200: { description: `The ${what}`, schema: k.schema } },
        errors: [401, 403, 404],
      },
      async (c) => {
        authorize(staffOf(c), 'taxonomy.read');
        return c.json(found(await k.find(c.req.param('slug')), `${what} ${c.req.param('slug')}`));
      },
    );
    defineRoute(
      app,
      {
        ...base,
        method: 'patch',
        path: `/${k.plural}/:slug`,
        operationId: `update${k.one}`,
        summary: `Change a ${what}`,
        params: slug,
        body: { schema: k.patch, kind: 'json' },
        responses: { 200: { description: `The changed ${what}`, schema: k.schema } },
        errors: [400, 401, 403, 404, 415],
      },
      async (c, input) => c.json(changed(await k.change(ctxOf(c), c.req.param('slug'), await input.body()))),
    );
  };

  const db = deps.store.db;
  kind({
    plural: 'sections',
    one: 'Section',
    schema: SectionSchema,
    list: SectionListSchema,
    create: SectionCreateSchema,
    patch: SectionPatchSchema,
    listAll: () => listSections(db),
    find: (slug) => findSection(db, slug),
    add: createSection,
    change: updateSection,
  });
  kind({
    plural: 'topics',
    one: 'Topic',
    schema: TopicSchema,
    list: TopicListSchema,
    create: TopicCreateSchema,
    patch: TopicPatchSchema,
    listAll: () => listTopics(db),
    find: (slug) => findTopic(db, slug),
    add: createTopic,
    change: updateTopic,
  });
  kind({
    plural: 'authors',
    one: 'Author',
    schema: AuthorSchema,
    list: AuthorListSchema,
    create: AuthorCreateSchema,
    patch: AuthorPatchSchema,
    listAll: () => listAuthors(db),
    find: (slug) => findAuthor(db, slug),
    add: createAuthor,
    change: updateAuthor,
  });

  return app;
}
