/**
 * The page shown when something failed: in the site's layout, never a stack trace.
 * It must not fail itself, so it renders without the database when that is what broke.
 * A fault of the moment (database out of reach, disk full) says so in the reader's language.
 */
import type { Language } from '../domain/languages.js';
import type { Section } from '../domain/taxonomy.js';
import { translator } from '../i18n/catalogue.js';
import { ErrorPage } from '../render/pages/not-found-page.js';
import { listSections } from '../storage/repos/taxonomy.js';
import type { AppDeps } from './deps.js';
import { chromeOf } from './views/chrome.js';

/**
 * The error page in `language`; `message` names the problem when it is known (a fault, a
 * refusal); `requestId` is shown for a reader's report.
 */
export async function renderErrorPage(
  deps: AppDeps,
  language: Language,
  path: string,
  message?: { title: string; body: string },
  requestId?: string,
): Promise<string> {
  let sections: Section[] = [];
  try {
    sections = await listSections(deps.store.db);
  } catch {}
  const chrome = chromeOf({
    language,
    publicUrl: deps.publicUrl,
    timeZone: deps.timeZone,
    sections,
    path,
    title: message?.title ?? translator(language).t('error.title'),
    now: deps.clock(),
  });
  return `<!doctype html>${await Promise.resolve((<ErrorPage chrome={chrome} title={message?.title} body={message?.body} requestId={requestId} />).toString())}`;
}
