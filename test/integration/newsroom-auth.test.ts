import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStaffUser } from '../../src/commands/staff.js';
import { type TestApp, testApp } from '../support/app.js';
import { DIALECTS } from '../support/databases.js';
import { cookieFrom, formCsrf, STAFF_PASSWORD, staffSession } from '../support/newsroom.js';

describe.each(DIALECTS)('newsroom login and sessions on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(dialect);
  });
  afterAll(async () => {
    await t.cleanup();
  });

  /** Posts the login form as a browser would: the form's CSRF token and its cookie. */
  async function postLogin(email: string, password: string, extraCookie = '') {
    const form = await t.app.request('/newsroom/login');
    const loginCookie = cookieFrom(form, 'sw_login_csrf') ?? '';
    return t.app.request('/newsroom/login', {
      method: 'POST',
      headers: { cookie: [loginCookie, extraCookie].filter(Boolean).join('; ') },
      body: new URLSearchParams({ email, password, _csrf: formCsrf(await form.text()), next: '/newsroom' }),
    });
  }

  it('sends a visitor without a session to the login page and back afterwards', async () => {
    const res = await t.app.request('/newsroom/media?q=x');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(
      `/newsroom/login?next=${encodeURIComponent('/newsroom/media?q=x')}`,
    );
    const page = await t.app.request('/newsroom/login');
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('<label for="login-email">');
    expect(html).toContain('autocomplete="current-password"');
  });

  it('logs in with the right password into an HttpOnly, SameSite session cookie', async () => {
    const res = await postLogin('Editor@Shortwave.test ', STAFF_PASSWORD);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/newsroom');
    const header = res.headers.getSetCookie().find((c) => c.startsWith('sw_staff=')) ?? '';
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Lax/i);
    const cookie = header.split(';')[0] ?? '';
    const dashboard = await t.app.request('/newsroom', { headers: { cookie } });
    expect(dashboard.status).toBe(200);
    expect(await dashboard.text()).toContain('The editor');
  });

  it('answers a wrong password and an unknown email exactly alike', async () => {
    const wrong = await postLogin('moderator@shortwave.test', 'not the password at all');
    const unknown = await postLogin('nobody@shortwave.test', 'not the password at all');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const strip = (html: string) => html.replace(/value="[^"]*"/g, '');
    expect(strip(await wrong.text()).replace('moderator@', 'X@')).toBe(
      strip(await unknown.text()).replace('nobody@', 'X@'),
    );
    expect(cookieFrom(wrong, 'sw_staff')).toBeNull();
  });

  it('refuses a login form without its CSRF token', async () => {
    const res = await t.app.request('/newsroom/login', {
      method: 'POST',
      body: new URLSearchParams({ email: 'editor@shortwave.test', password: STAFF_PASSWORD }),
    });
    expect(res.status).toBe(403);
    expect(cookieFrom(res, 'sw_staff')).toBeNull();
  });

  it('limits failed logins per account, also for the right password then, with Retry-After', async () => {
    await addStaffUser(
      t.store.db,
      { email: 'target@shortwave.test', name: 'Target', role: 'contributor', password: STAFF_PASSWORD },
      new Date(),
    );
    for (let i = 0; i < 5; i++)
      expect((await postLogin('target@shortwave.test', `guess ${i}`)).status).toBe(401);
    const blocked = await postLogin('target@shortwave.test', STAFF_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(cookieFrom(blocked, 'sw_staff')).toBeNull();
    // Unknown accounts are limited the same way, so the answer reveals nothing.
    for (let i = 0; i < 5; i++) await postLogin('ghost@shortwave.test', `guess ${i}`);
    expect((await postLogin('ghost@shortwave.test', 'again')).status).toBe(429);
    // Once the window has passed, the right password works again.
    t.setNow(new Date('2026-11-20T09:30:00Z'));
    expect((await postLogin('target@shortwave.test', STAFF_PASSWORD)).status).toBe(303);
    t.setNow(new Date('2026-11-20T09:00:00Z'));
  });

  it('limits failed logins per address across accounts', async () => {
    t.setNow(new Date('2026-11-20T11:00:00Z'));
    let last = 0;
    for (let i = 0; i < 21; i++)
      last = (await postLogin(`spray${i}@shortwave.test`, 'wrong password')).status;
    expect(last).toBe(429);
    t.setNow(new Date('2026-11-20T12:00:00Z'));
    expect((await postLogin('admin@shortwave.test', STAFF_PASSWORD)).status).toBe(303);
    t.setNow(new Date('2026-11-20T09:00:00Z'));
  });

  it('rotates the session at login: the cookie sent along stops working', async () => {
    const first = await staffSession(t, 'contributor');
    const again = await postLogin('contributor@shortwave.test', STAFF_PASSWORD, first.cookie);
    const second = cookieFrom(again, 'sw_staff');
    expect(second).not.toBeNull();
    expect(second).not.toBe(first.cookie);
    expect((await t.app.request('/newsroom', { headers: { cookie: first.cookie } })).status).toBe(303);
    expect((await t.app.request('/newsroom', { headers: { cookie: second ?? '' } })).status).toBe(200);
  });

  it('ends the session at logout, and logout needs the CSRF token', async () => {
    const s = await staffSession(t, 'editor');
    const forged = await s.request('POST', '/newsroom/logout', new URLSearchParams({}));
    expect(forged.status).toBe(403);
    const out = await s.request('POST', '/newsroom/logout', new URLSearchParams({}), { csrf: true });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/newsroom/login?bye=1');
    expect((await t.app.request('/newsroom', { headers: { cookie: s.cookie } })).status).toBe(303);
    expect((await s.request('GET', '/api/v1/articles')).status).toBe(401);
  });

  it('ends a session after two idle hours, and keeps an active one alive', async () => {
    t.setNow(new Date('2026-11-21T08:00:00Z'));
    const active = await staffSession(t, 'editor');
    const idle = await staffSession(t, 'contributor');
    for (const at of ['09:30', '11:00', '12:20']) {
      t.setNow(new Date(`2026-11-21T${at}:00Z`));
      expect((await active.request('GET', '/newsroom')).status).toBe(200);
    }
    expect((await idle.request('GET', '/newsroom')).status).toBe(303);
    // No session lasts longer than twelve hours, however active.
    for (const at of ['14:00', '15:50', '17:40', '19:30', '19:59']) {
      t.setNow(new Date(`2026-11-21T${at}:00Z`));
      expect((await active.request('GET', '/newsroom')).status).toBe(200);
    }
    t.setNow(new Date('2026-11-21T20:01:00Z'));
    expect((await active.request('GET', '/newsroom')).status).toBe(303);
    t.setNow(new Date('2026-11-20T09:00:00Z'));
  });

  it('serves the API to a session with the CSRF header, and refuses it without', async () => {
    const s = await staffSession(t, 'contributor');
    expect((await s.request('GET', '/api/v1/articles')).status).toBe(200);
    const body = { language: 'en', headline: 'Made in the newsroom', lead: 'Lead', section: 'politics' };
    const forged = await s.request('POST', '/api/v1/articles', body, {
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(forged.status).toBe(403);
    expect(await forged.json()).toMatchObject({ error: { code: 'forbidden' } });
    const made = await s.request('POST', '/api/v1/articles', body);
    expect(made.status).toBe(201);
    // The role rules are the same as with a token: a contributor may not publish.
    const { id } = (await made.json()) as { id: string };
    expect((await s.request('POST', `/api/v1/articles/${id}/publish`)).status).toBe(403);
  });

  it('lets nobody in whose account was switched off, by session or token', async () => {
    await addStaffUser(
      t.store.db,
      { email: 'leaver@shortwave.test', name: 'Leaver', role: 'editor', password: STAFF_PASSWORD },
      new Date(),
    );
    const s = await staffSession(t, 'editor', 'leaver@shortwave.test');
    await t.store.db
      .updateTable('staff_users')
      .set({ disabled_at: '2026-11-20T09:00:00.000Z' })
      .where('email', '=', 'leaver@shortwave.test')
      .execute();
    expect((await s.request('GET', '/newsroom')).status).toBe(303);
    expect((await postLogin('leaver@shortwave.test', STAFF_PASSWORD)).status).toBe(401);
  });

  it('shows the newsroom in the interface language the staff member chose', async () => {
    const s = await staffSession(t, 'admin');
    const set = await t.app.request('/newsroom/interface-language?to=de', { headers: { cookie: s.cookie } });
    expect(set.status).toBe(303);
    const chosen = cookieFrom(set, 'sw_newsroom_lang') ?? '';
    const page = await t.app.request('/newsroom', { headers: { cookie: `${s.cookie}; ${chosen}` } });
    const html = await page.text();
    expect(html).toContain('<html lang="de" dir="ltr">');
    expect(html).toContain('Abmelden');
    const arabic = await t.app.request('/newsroom', {
      headers: { cookie: `${s.cookie}; sw_newsroom_lang=ar` },
    });
    expect(await arabic.text()).toContain('<html lang="ar" dir="rtl">');
  });
});
