/**
 * Posting the reader site's account forms as a browser does: the form token of the page in a
 * hidden `_csrf` field, and the `sw_form` cookie it came with.
 */
import type { createApp } from '../../src/http/app.js';
import { cookieFrom } from './newsroom.js';

export interface FormToken {
  /** `sw_form=...`, to send as (part of) the Cookie header. */
  cookie: string;
  csrf: string;
}

/** The form token a reader's browser gets with any account page. */
export async function readerFormToken(
  app: ReturnType<typeof createApp>,
  page = '/en/account/login',
): Promise<FormToken> {
  const res = await app.request(page);
  const cookie = cookieFrom(res, 'sw_form');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await res.text())?.[1];
  if (!cookie || !csrf) throw new Error(`${page} gave no form token`);
  return { cookie, csrf };
}

/** Posts a form with the token added (the field, and the cookie next to any other cookies given). */
export function postWithFormToken(
  app: ReturnType<typeof createApp>,
  token: FormToken,
  path: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Response> {
  const cookie = [token.cookie, headers.cookie].filter(Boolean).join('; ');
  return Promise.resolve(
    app.request(path, {
      method: 'POST',
      body: new URLSearchParams({ _csrf: token.csrf, ...fields }),
      headers: { ...headers, cookie },
    }),
  );
}
