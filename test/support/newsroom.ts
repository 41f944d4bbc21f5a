/**
 * Logging in to the newsroom in tests: in-process (a session cookie and its CSRF token) and
 * in Chromium (through the login form).
 */
import type { Page } from 'playwright-core';
import type { Role } from '../../src/domain/policy.js';
import { STAFF_PASSWORD, type TestApp } from './app.js';

export { STAFF_PASSWORD };

/** The `name=value` of a Set-Cookie header's cookie, or null. */
export function cookieFrom(response: Response, name: string): string | null {
  for (const header of response.headers.getSetCookie()) {
    const [pair = ''] = header.split(';');
    if (pair.startsWith(`${name}=`) && pair.length > name.length + 1) return pair;
  }
  return null;
}

export interface StaffSession {
  /** `sw_staff=...`, to send as the Cookie header. */
  cookie: string;
  csrf: string;
  /**
   * A request with the session cookie. A plain object body is sent as JSON with the CSRF
   * header; URLSearchParams or FormData as a form (add `_csrf` yourself, or pass
   * `{ csrf: true }` to have it added).
   */
  request(
    method: string,
    path: string,
    body?: unknown,
    options?: { csrf?: boolean; headers?: Record<string, string> },
  ): Promise<Response>;
}

/** The hidden `_csrf` value of the first form on a page. */
export function formCsrf(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('the page has no _csrf field');
  return match[1];
}

/** Logs in through the login form as `<role>@shortwave.test` and answers the session. */
export async function staffSession(
  t: TestApp,
  role: Role,
  email = `${role}@shortwave.test`,
): Promise<StaffSession> {
  const form = await t.app.request('/newsroom/login');
  const loginCookie = cookieFrom(form, 'sw_login_csrf');
  if (!loginCookie) throw new Error('the login page set no CSRF cookie');
  const login = await t.app.request('/newsroom/login', {
    method: 'POST',
    headers: { cookie: loginCookie },
    body: new URLSearchParams({ email, password: STAFF_PASSWORD, _csrf: formCsrf(await form.text()) }),
  });
  const cookie = cookieFrom(login, 'sw_staff');
  if (login.status !== 303 || !cookie) throw new Error(`login as ${email} failed with ${login.status}`);
  const home = await t.app.request('/newsroom', { headers: { cookie } });
  const csrf = /<meta name="csrf-token" content="([^"]+)"/.exec(await home.text())?.[1];
  if (!csrf) throw new Error('the newsroom page carries no CSRF token');
  return {
    cookie,
    csrf,
    request(method, path, body, options = {}) {
      const headers: Record<string, string> = { cookie, ...options.headers };
      let payload: BodyInit | undefined;
      if (body instanceof URLSearchParams || body instanceof FormData) {
        if (options.csrf) body.set('_csrf', csrf);
        payload = body;
      } else if (body !== undefined) {
        headers['content-type'] = 'application/json';
        headers['x-csrf-token'] ??= csrf;
        payload = JSON.stringify(body);
      } else if (options.csrf !== false && !['GET', 'HEAD'].includes(method)) {
        headers['x-csrf-token'] ??= csrf;
      }
      return Promise.resolve(t.app.request(path, { method, headers, ...(payload ? { body: payload } : {}) }));
    },
  };
}

/** Logs in through the newsroom's login form in Chromium and waits for the newsroom. */
export async function logInBrowser(
  page: Page,
  baseUrl: string,
  email: string,
  password: string,
): Promise<void> {
  await page.goto(`${baseUrl}/newsroom/login`);
  await page.getByLabel(/email/i).first().fill(email);
  await page.locator('input[type=password]').fill(password);
  await Promise.all([
    page.waitForURL(
      (url) => url.pathname.startsWith('/newsroom') && !url.pathname.startsWith('/newsroom/login'),
    ),
    page.locator('form[action="/newsroom/login"] button[type=submit]').click(),
  ]);
}
