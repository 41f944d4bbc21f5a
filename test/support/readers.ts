/**
 * A reader with an account, through the public API as an app would: signs up, confirms with
 * the token mailed to them, logs in, and posts with the session cookie and its CSRF token.
 * @example const ada = await signedUpReader(t, 'Ada Reader'); await ada.post(`/api/v1/debates/${id}/comments`, { body: 'Hi' });
 */
import type { TestApp } from './app.js';

export interface ReaderClient {
  cookie: string;
  csrf: string;
  post(path: string, body: unknown): Promise<Response>;
}

/** Signs a reader up through the API, confirms with the mailed token and logs in. */
export async function signedUpReader(t: TestApp, name: string): Promise<ReaderClient> {
  const email = `${name.toLowerCase().replace(/\W/g, '')}@example.org`;
  const send = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    Promise.resolve(
      t.app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      }),
    );
  await send('/api/v1/readers', { email, password: 'correct horse battery', displayName: name });
  const token = /token=([\w-]+)/.exec(t.outbox.filter((m) => m.to === email).at(-1)?.text ?? '')?.[1];
  await send('/api/v1/readers/confirm', { token });
  const login = await send('/api/v1/session', { email, password: 'correct horse battery' });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  return {
    cookie,
    csrf: csrfToken,
    post: (path, body) => send(path, body, { cookie, 'x-csrf-token': csrfToken }),
  };
}
