/**
 * A newsroom page that could not be shown: not allowed for the role, not found, bad input, or a
 * fault of the moment (database out of reach, disk full). The title comes with the error.
 */
import type { StaffUser } from '../../domain/staff.js';
import type { MessageKey, Translator } from '../../i18n/catalogue.js';
import { DeskPage } from './desk-page.js';
import { Notices } from './notices.js';

export function NewsroomErrorPage(props: {
  t: Translator;
  staff: StaffUser;
  csrf: string;
  /** What the page is titled, from the error table (src/http/errors.ts). */
  title: MessageKey;
  detail: string | null;
  requestId?: string | undefined;
}) {
  const { t } = props;
  const title = t.t(props.title);
  return (
    <DeskPage t={t} staff={props.staff} csrf={props.csrf} title={title}>
      <Notices error={props.detail} />
      <p>
        <a href="/newsroom">{t.t('newsroom.error.back')}</a>
      </p>
      {props.requestId ? (
        <p class="request-id">{t.t('operations.requestId', { id: props.requestId })}</p>
      ) : null}
    </DeskPage>
  );
}
