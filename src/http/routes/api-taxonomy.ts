/**
 * /api/v1/sections, /api/v1/topics, /api/v1/authors.
 */
import { Hono } from 'hono';
import { authorize } from '../../commands/context.js';
import {
  createAuthor,
  createSection,
  createTopic,
  updateAuthor,
  updateSection,
  updateTopic,
} from '../../commands/taxonomy.js';
import { DomainError } from '../../domain/errors.js';
import {
  findAuthor,
  findSection,
  findTopic,
  listAuthors,
  listSections,
  listTopics,
} from '../../storage/repos/taxonomy.js';
import type { AppDeps, AppEnv } from '../deps.js';
import { staffOf } from '../middleware/staff-auth.js';
import {
  AuthorCreateSchema,
  AuthorPatchSchema,
  SectionCreateSchema,
  SectionPatchSchema,
  TopicCreateSchema,
  TopicPatchSchema,
} from '../schemas/taxonomy.js';
import { jsonBody } from '../validate.js';

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

  app.get('/sections', async (c) => {
    authorize(staffOf(c), 'taxonomy.read');
    return c.json({ items: await listSections(deps.store.db) });
  });
  app.post('/sections', async (c) =>
    c.json(changed(await createSection(ctxOf(c), await jsonBody(c, SectionCreateSchema))), 201),
  );
  app.get('/sections/:slug', async (c) => {
    authorize(staffOf(c), 'taxonomy.read');
    return c.json(
      found(await findSection(deps.store.db, c.req.param('slug')), `section ${c.req.param('slug')}`),
    );
  });
  app.patch('/sections/:slug', async (c) =>
    c.json(
      changed(await updateSection(ctxOf(c), c.req.param('slug'), await jsonBody(c, SectionPatchSchema))),
    ),
  );

  app.get('/topics', async (c) => {
    authorize(staffOf(c), 'taxonomy.read');
    return c.json({ items: await listTopics(deps.store.db) });
  });
  app.post('/topics', async (c) =>
    c.json(changed(await createTopic(ctxOf(c), await jsonBody(c, TopicCreateSchema))), 201),
  );
  app.get('/topics/:slug', async (c) => {
    authorize(staffOf(c), 'taxonomy.read');
    return c.json(found(await findTopic(deps.store.db, c.req.param('slug')), `topic ${c.req.param('slug')}`));
  });
  app.patch('/topics/:slug', async (c) =>
    c.json(changed(await updateTopic(ctxOf(c), c.req.param('slug'), await jsonBody(c, TopicPatchSchema)))),
  );

  app.get('/authors', async (c) => {
    authorize(staffOf(c), 'taxonomy.read');
    return c.json({ items: await listAuthors(deps.store.db) });
  });
  app.post('/authors', async (c) =>
    c.json(changed(await createAuthor(ctxOf(c), await jsonBody(c, AuthorCreateSchema))), 201),
  );
  app.get('/authors/:slug', async (c) => {
    authorize(staffOf(c), 'taxonomy.read');
    return c.json(
      found(await findAuthor(deps.store.db, c.req.param('slug')), `author ${c.req.param('slug')}`),
    );
  });
  app.patch('/authors/:slug', async (c) =>
    c.json(changed(await updateAuthor(ctxOf(c), c.req.param('slug'), await jsonBody(c, AuthorPatchSchema)))),
  );

  return app;
}
