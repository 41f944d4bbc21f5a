/**
 * The 404 page, in the site's layout and the reader's language.
 */
import { PageLayout } from '../layouts/page-layout.js';
import type { ChromeView } from '../views.js';

/** The request's reference, for a reader who reports the problem. */
export function RequestReference(props: { chrome: ChromeView; requestId?: string | undefined }) {
  if (!props.requestId) return null;
  return <p class="request-id">{props.chrome.t.t('operations.requestId', { id: props.requestId })}</p>;
}

export function NotFoundPage(props: { chrome: ChromeView; requestId?: string | undefined }) {
  const { t } = props.chrome;
  return (
    <PageLayout chrome={props.chrome}>
      <h1 class="page-title">{t.t('notFound.title')}</h1>
      <p>{t.t('notFound.body')}</p>
      <p>
        <a href={`/${props.chrome.language}/`}>{t.t('notFound.home')}</a>
      </p>
      <RequestReference chrome={props.chrome} requestId={props.requestId} />
    </PageLayout>
  );
}

/** The error page; `title` and `body` name the problem when it is known (else the general texts). */
export function ErrorPage(props: {
  chrome: ChromeView;
  title?: string | undefined;
  body?: string | undefined;
  requestId?: string | undefined;
}) {
  const { t } = props.chrome;
  return (
    <PageLayout chrome={props.chrome}>
      <h1 class="page-title">{props.title ?? t.t('error.title')}</h1>
      <p>{props.body ?? t.t('error.body')}</p>
      <p>
        <a href={`/${props.chrome.language}/`}>{t.t('notFound.home')}</a>
      </p>
      <RequestReference chrome={props.chrome} requestId={props.requestId} />
    </PageLayout>
  );
}
