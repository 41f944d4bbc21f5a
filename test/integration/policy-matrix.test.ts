import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY, ROLES, type Role } from '../../src/domain/policy.js';
import { patternOf, ROUTE_POLICY } from '../../src/http/route-policy.js';
import { type TestApp, testApp } from '../support/app.js';
import { makeArticle, makeOwnAuthorProfile } from '../support/builders.js';
import { DIALECTS } from '../support/databases.js';
import { type StaffSession, staffSession } from '../support/newsroom.js';

const SAMPLE_PARAMS: Record<string, string> = {
  id: 'nothing-here',
  articleId: 'nothing-here',
  number: '1',
  language: 'en',
  slug: 'politics',
  outcome: 'accept',
};

/** A concrete path for a route pattern. */
function sample(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => SAMPLE_PARAMS[name] ?? 'x');
}

const STAFF_ROUTES = Object.entries(ROUTE_POLICY)
  .filter(([key, rule]) => rule !== 'public' && key !== 'POST /newsroom/logout')
  .map(([key, rule]) => {
    const [method = '', path = ''] = key.split(' ');
    return { key, method, path: sample(path), rule };
  });

describe.each(DIALECTS)('the policy table on every route, on %s', (dialect) => {
  let t: TestApp;
  const sessions = {} as Record<Role, StaffSession>;
  beforeAll(async () => {
    t = await testApp(dialect);
    for (const role of ROLES) sessions[role] = await staffSession(t, role);
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it('names the rule of every newsroom page and API call, and of no route that does not exist', () => {
    const registered = new Set(
      t.app.routes
        .filter((r) => r.method !== 'ALL' && (r.path.startsWith('/api/v1') || r.path.startsWith('/newsroom')))
        .map((r) => `${r.method} ${patternOf(r.path)}`),
    );
    expect([...registered].filter((key) => !(key in ROUTE_POLICY))).toEqual([]);
    expect(Object.keys(ROUTE_POLICY).filter((key) => !registered.has(key))).toEqual([]);
  });

  it.each(ROLES)(
    'lets a %s take exactly the actions the table allows, on the API and in the newsroom',
    async (role) => {
      const mismatches: string[] = [];
      for (const route of STAFF_ROUTES) {
        const allowed = route.rule === 'session' || POLICY[route.rule as keyof typeof POLICY].includes(role);
        const unsafe = !['GET', 'HEAD'].includes(route.method);
        const res = route.path.startsWith('/api/')
          ? await t.api(role, route.method, route.path, unsafe ? {} : undefined)
          : await sessions[role].request(
              route.method,
              route.path,
              unsafe ? new URLSearchParams() : undefined,
              {
                csrf: true,
              },
            );
        const refused = res.status === 403 || res.status === 401 || (res.status === 303 && !unsafe);
        if (allowed === refused)
          mismatches.push(`${route.key}: ${res.status} (table says ${allowed ? 'allowed' : 'refused'})`);
      }
      expect(mismatches).toEqual([]);
    },
  );

  it('lets a contributor change only their own articles (created, or under their byline), the desk any', async () => {
    // Every route whose action a contributor has but that changes one article: the rule
    // article.update_any of the policy table decides whose article it may be.
    const owned = STAFF_ROUTES.filter(
      (r) => (r.rule === 'article.update' || r.rule === 'article.restore') && /:id\b/.test(r.key),
    );
    expect(owned.map((r) => r.key)).toEqual(
      expect.arrayContaining(['PATCH /api/v1/articles/:id', 'GET /newsroom/articles/:id']),
    );
    const byline = await makeOwnAuthorProfile(t, 'contributor', 'the-contributor');
    const draft = async (authors: string[]) =>
      (await makeArticle(t, { headline: 'Whose draft', status: 'draft', authors })).id;
    const call = (role: Role, route: (typeof owned)[number], id: string) => {
      const path = route.path.replace('nothing-here', id);
      const unsafe = route.method !== 'GET';
      return path.startsWith('/api/')
        ? t.api(
            role,
            route.method,
            path,
            route.method === 'PATCH' ? { lead: 'A new lead.' } : unsafe ? {} : undefined,
          )
        : sessions[role].request(route.method, path, unsafe ? new URLSearchParams() : undefined, {
            csrf: true,
          });
    };
    const mismatches: string[] = [];
    for (const route of owned) {
      const others = await call('contributor', route, await draft([]));
      if (others.status !== 403) mismatches.push(`${route.key} on someone else's draft: ${others.status}`);
      const own = await call('contributor', route, await draft([byline]));
      if (own.status >= 400) mismatches.push(`${route.key} on their own draft: ${own.status}`);
      for (const desk of ['editor', 'admin'] as const) {
        const any = await call(desk, route, await draft([byline]));
        if (any.status >= 400) mismatches.push(`${route.key} as ${desk}: ${any.status}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('lets nobody without credentials at any staff route', async () => {
    const open: string[] = [];
    for (const route of STAFF_ROUTES) {
      const res = await t.app.request(route.path, { method: route.method });
      const expected = route.path.startsWith('/api/') ? 401 : 303;
      if (res.status !== expected) open.push(`${route.key}: ${res.status}`);
    }
    expect(open).toEqual([]);
  });
});
