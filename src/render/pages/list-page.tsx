/**
 * A paged list of teasers: a section page or an author page.
 */

import { Pager } from '../elements/pager.js';
import { TeaserList } from '../elements/teaser.js';
import { PageLayout } from '../layouts/page-layout.js';
import type { ChromeView, ListPageView } from '../views.js';

export function ListPage(props: { chrome: ChromeView; list: ListPageView }) {
  const { chrome, list } = props;
  const { t } = chrome;
  return (
    <PageLayout chrome={chrome}>
      <h1 class="page-title">{list.heading}</h1>
      {list.intro ? <p class="author-bio">{list.intro}</p> : null}
      {list.teasers.length > 0 ? <TeaserList teasers={list.teasers} t={t} /> : <p>{list.empty}</p>}
      <Pager paging={list.paging} t={t} />
    </PageLayout>
  );
}
