/**
 * The 404 page, in the site's layout and the reader's language.
 */
import type { MessageKey } from '../../i18n/catalogue.js';
import { PageLayout } from '../layouts/page-layout.js';
import type { ChromeView } from '../views.js';

export function NotFoundPage(props: { chrome: ChromeView }) {
  const { t } = props.chrome;
  return (
    <PageLayout chrome={props.chrome}>
      <h1 class="page-title">{t.t('notFound.title')}</h1>
      <p>{t.t('notFound.body')}</p>
      <p>
        <a href={`/${props.chrome.language}/`}>{t.t('notFound.home')}</a>
      </p>
    </PageLayout>
  );
}

/** The page of a failure; `texts` name a known fault instead of the general words. */
export function ErrorPage(props: {
  chrome: ChromeView;
  texts?: { title: MessageKey; body: MessageKey } | undefined;
}) {
  const { t } = props.chrome;
  return (
    <PageLayout chrome={props.chrome}>
      <h1 class="page-title">{t.t(props.texts?.title ?? 'error.title')}</h1>
      <p>{t.t(props.texts?.body ?? 'error.body')}</p>
      <p>
        <a href={`/${props.chrome.language}/`}>{t.t('notFound.home')}</a>
      </p>
    </PageLayout>
  );
}
