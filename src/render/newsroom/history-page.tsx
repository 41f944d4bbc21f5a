/**
 * The revision history of an article: who changed what and when, the difference between
 * any two revisions, and restoring an old one.
 */
import type { Article } from '../../domain/article.js';
import { can } from '../../domain/policy.js';
import type { DiffField, FieldDiff, Revision } from '../../domain/revisions.js';
import type { StaffUser } from '../../domain/staff.js';
import type { MessageKey, Translator } from '../../i18n/catalogue.js';
import { StatusBadge } from './dashboard-page.js';
import { DeskPage } from './desk-page.js';
import { Notices } from './notices.js';

const FIELD_LABELS: Record<DiffField, MessageKey> = {
  headline: 'newsroom.field.headline',
  lead: 'newsroom.field.lead',
  body: 'newsroom.field.body',
  type: 'newsroom.field.type',
  status: 'newsroom.field.status',
  section: 'newsroom.field.section',
  kicker: 'newsroom.field.kicker',
  dateline: 'newsroom.field.dateline',
  hero: 'newsroom.field.hero',
  authors: 'newsroom.field.authors',
  topics: 'newsroom.field.topics',
  source: 'newsroom.field.source',
  publishAt: 'newsroom.field.publishAt',
};

function DiffView(props: { t: Translator; changes: FieldDiff[] }) {
  const { t } = props;
  if (props.changes.length === 0) return <p class="muted">{t.t('newsroom.history.same')}</p>;
  return (
    <dl class="diff">
      {props.changes.map((change) => (
        <>
          <dt>{t.t(FIELD_LABELS[change.field])}</dt>
          <dd>
            {change.parts.map((part) =>
              part.added ? (
                <ins>
                  <span class="visually-hidden">[+</span>
                  {part.value}
                  <span class="visually-hidden">+]</span>
                </ins>
              ) : part.removed ? (
                <del>
                  <span class="visually-hidden">[-</span>
                  {part.value}
                  <span class="visually-hidden">-]</span>
                </del>
              ) : (
                part.value
              ),
            )}
          </dd>
        </>
      ))}
    </dl>
  );
}

export function HistoryPage(props: {
  t: Translator;
  staff: StaffUser;
  csrf: string;
  article: Article;
  revisions: Revision[];
  pendingNumber: number | null;
  compare: { from: number; to: number; changes: FieldDiff[] } | null;
  notice?: string | undefined;
}) {
  const { t, article, compare } = props;
  const title = t.t('newsroom.history.title', {
    headline: article.headline || t.t('newsroom.dashboard.untitled'),
  });
  const mayRestore = can(props.staff, 'article.restore');
  const newest = props.revisions[0]?.number ?? 0;
  return (
    <DeskPage t={t} staff={props.staff} csrf={props.csrf} title={title} active="dashboard">
      <p>
        <StatusBadge t={t} status={article.status} />{' '}
        <a href={`/newsroom/articles/${article.id}`}>{t.t('newsroom.history.backToEditor')}</a>
      </p>
      <Notices notice={props.notice} />
      {compare ? (
        <section class="card" aria-labelledby="diff-title">
          <h2 id="diff-title">
            {t.t('newsroom.history.compareTitle', { from: compare.from, to: compare.to })}
          </h2>
          <DiffView t={t} changes={compare.changes} />
        </section>
      ) : null}
      <form method="get" action={`/newsroom/articles/${article.id}/history`} class="card">
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">{t.t('newsroom.history.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t.t('newsroom.history.number')}</th>
                <th scope="col">{t.t('newsroom.history.from')}</th>
                <th scope="col">{t.t('newsroom.history.to')}</th>
                <th scope="col">{t.t('newsroom.history.what')}</th>
                <th scope="col">{t.t('newsroom.history.who')}</th>
                <th scope="col">{t.t('newsroom.history.when')}</th>
                <th scope="col">{t.t('newsroom.field.headline')}</th>
                {mayRestore ? <th scope="col">{t.t('newsroom.history.restore')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {props.revisions.map((revision) => (
                <tr data-revision={revision.number}>
                  <th scope="row">{revision.number}</th>
                  <td>
                    <input
                      type="radio"
                      name="from"
                      value={revision.number}
                      checked={(compare?.from ?? newest - 1) === revision.number}
                      aria-label={t.t('newsroom.history.fromLabel', { number: revision.number })}
                    />
                  </td>
                  <td>
                    <input
                      type="radio"
                      name="to"
                      value={revision.number}
                      checked={(compare?.to ?? newest) === revision.number}
                      aria-label={t.t('newsroom.history.toLabel', { number: revision.number })}
                    />
                  </td>
                  <td>
                    {t.t(`newsroom.revision.${revision.kind}`)}
                    {revision.snapshot.restoredFrom
                      ? ` (${t.t('newsroom.history.restoredFrom', { number: revision.snapshot.restoredFrom })})`
                      : ''}
                    {props.pendingNumber === revision.number ? (
                      <>
                        {' '}
                        <span class="status in_review">{t.t('newsroom.history.pending')}</span>
                      </>
                    ) : null}
                  </td>
                  <td>{revision.createdBy?.name ?? t.t('newsroom.history.system')}</td>
                  <td>
                    <time datetime={revision.createdAt}>{t.dateTime(revision.createdAt)}</time>
                  </td>
                  <td>{revision.snapshot.headline}</td>
                  {mayRestore ? (
                    <td>
                      {revision.number === newest ? null : (
                        <button
                          type="submit"
                          class="secondary"
                          formmethod="post"
                          formaction={`/newsroom/articles/${article.id}/revisions/${revision.number}/restore`}
                          name="_csrf"
                          value={props.csrf}
                        >
                          {t.t('newsroom.history.restoreNumber', { number: revision.number })}
                        </button>
                      )}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div class="actions">
          <button type="submit">{t.t('newsroom.history.compare')}</button>
        </div>
      </form>
    </DeskPage>
  );
}
