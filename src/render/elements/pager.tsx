/**
 * Newer / older links under a paged list.
 */
import type { Translator } from '../../i18n/catalogue.js';
import type { PagingView } from '../views.js';

export function Pager(props: { paging: PagingView; t: Translator }) {
  const { paging, t } = props;
  if (!paging.previousHref && !paging.nextHref) return null;
  return (
    <nav class="pager" aria-label={t.t('pagination.label')}>
      {paging.previousHref ? <a href={paging.previousHref}>{t.t('pagination.previous')}</a> : <span />}
      {paging.nextHref ? (
        <a href={paging.nextHref} rel="next">
          {t.t('pagination.next')}
        </a>
      ) : null}
    </nav>
  );
}
