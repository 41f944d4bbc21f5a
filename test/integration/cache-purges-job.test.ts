import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { requestCachePurge } from '../../src/commands/cache-purge.js';
import { startCachePurges } from '../../src/jobs/cache-purges.js';
import type { Job } from '../../src/jobs/scheduled-publishing.js';
import { createLogger } from '../../src/lib/logger.js';
import { DIALECTS, freshStore, type TestStore } from '../support/databases.js';

describe.each(DIALECTS)('the cache purge job on %s', (dialect) => {
  let s: TestStore;
  let job: Job | null = null;
  beforeEach(async () => {
    s = await freshStore(dialect);
  });
  afterEach(async () => {
    await job?.stop();
    await s.cleanup();
  });

  it('applies each purge once, also one whose id comes in below the newest seen, and none from before it started', async () => {
    const now = new Date('2026-12-07T12:00:00Z');
    await requestCachePurge(s.store.db, { path: null }, now);
    const purged: Array<string | null> = [];
    job = await startCachePurges({
      db: s.store.db,
      log: createLogger('silent'),
      purge: (path) => purged.push(path),
      intervalMs: 20,
    });
    const first = await requestCachePurge(s.store.db, { path: '/en/' }, now);
    await requestCachePurge(s.store.db, { path: null }, now);
    await vi.waitFor(() => expect(purged).toEqual(['/en/', null]), { timeout: 5000 });
    // As a PostgreSQL insert that took its id before a later one but committed after it.
    await s.store.db
      .insertInto('cache_purges')
      .values({ id: first.id + 100, path: '/de/', requested_at: now.toISOString() })
      .execute();
    await s.store.db
      .insertInto('cache_purges')
      .values({ id: first.id + 50, path: '/fr/', requested_at: now.toISOString() })
      .execute();
    await vi.waitFor(() => expect([...purged].sort()).toEqual(['/de/', '/en/', '/fr/', null].sort()), {
      timeout: 5000,
    });
    await job.stop();
    job = null;
    expect(purged.filter((p) => p === '/fr/')).toHaveLength(1);
  });

  it('forgets purges older than a day when a new one is asked for', async () => {
    await requestCachePurge(s.store.db, { path: '/en/' }, new Date('2026-12-01T12:00:00Z'));
    await requestCachePurge(s.store.db, { path: '/de/' }, new Date('2026-12-07T12:00:00Z'));
    const rows = await s.store.db.selectFrom('cache_purges').select('path').execute();
    expect(rows).toEqual([{ path: '/de/' }]);
  });
});
