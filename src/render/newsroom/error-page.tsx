/**
 * A newsroom page that could not be shown: not allowed for the role, not found, bad input, or a
 * fault of the moment (database out of reach, disk full).
 */
import type { StaffUser } from '../../domain/staff.js';
import type { Translator } from '../../i18n/catalogue.js';
import { NewsroomLayout } from './layout.js';
import { Notices } from './notices.js';

export function NewsroomErrorPage(props: {
  t: Translator;
  staff: StaffUser;
  csrf: string;
  status: number;
  detail: string | null;
  requestId?: string | undefined;
}) {
  const { t } = props;
  const title =
    props.status === 403
      ? t.t('newsroom.error.forbidden')
      : props.status === 404
        ? t.t('newsroom.error.notFound')
        : props.status < 500
          ? t.t('newsroom.error.invalid')
          : props.status === 503
            ? t.t('faults.unavailable.title')
            : props.status === 507
              ? t.t('faults.storageFull.title')
              : t.t('newsroom.error.ours');
  return (
    <NewsroomLayout t={t} staff={props.staff} csrf={props.csrf} title={title}>
      <h1>{title}</h1>
      <Notices error={props.detail} />
      <p>
        <a href="/newsroom">{t.t('newsroom.error.back')}</a>
      </p>
      {props.requestId ? (
        <p class="request-id">{t.t('operations.requestId', { id: props.requestId })}</p>
      ) : null}
    </NewsroomLayout>
  );
}
