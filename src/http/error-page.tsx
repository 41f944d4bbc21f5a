/**
 * The page shown when something failed: in the site's layout, never a stack trace.
 * It must not fail itself, so it renders without the database when that is what broke.
 * A fault of the moment (database out of reach, disk full) says so in the reader's language.
 */
import type { Language } from '../domain/languages.js';
import type { Section } from '../domain/taxonomy.js';
import { type MessageKey, translator } from '../i18n/catalogue.js';
import { ErrorPage } from '../render/pages/not-found-page.js';
import type { StorageFault } from '../storage/faults.js';
import { listSections } from '../storage/repos/taxonomy.js';
import type { AppDeps } from './deps.js';
import { chromeOf } from './reader-views.js';

/** The title and explanation of each fault, on the reader site and in the newsroom. */
export const FAULT_TEXTS: Record<StorageFault, { title: MessageKey; body: MessageKey }> = {
  unavailable: { title: 'faults.unavailable.title', body: 'faults.unavailable.body' },
  storage_full: { title: 'faults.storageFull.title', body: 'faults.storageFull.body' },
};

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
