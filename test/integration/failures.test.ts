import { describe, expect, it } from 'vitest';
import { testApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';

describe.each(DIALECTS)('when the database fails (%s)', (dialect) => {
  it('answers health 503 and pages with an error page in the layout, never a stack trace', async () => {
    const t = await testApp(dialect, { pageCache: false });
    await t.store.close();
    try {
      const health = await t.app.request('/healthz');
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'unavailable' });

      const page = await t.app.request('/de/');
      expect(page.status).toBe(500);
      const html = await page.text();
      expect(html).toContain('<html lang="de"');
      expect(html).toContain('Shortwave');
      expect(html).not.toMatch(/at \w+ \(|node_modules|Error:/);

      const api = await t.api('editor', 'GET', '/api/v1/articles');
      expect(api.status).toBe(500);
      expect(await api.json()).toEqual({
        error: {
          code: 'internal',
          message: 'Something went wrong on our side',
          requestId: expect.any(String),
        },
      });
    } finally {
      await t.cleanup().catch(() => {});
    }
  });
});
