/**
 * The reader-account pages: sign up, confirm the address, log in, reset the password, and the
 * account itself (display name, log out, delete). Plain forms: no JavaScript needed.
 */

import { COMMENTS_CSS } from '../elements/comments.js';
import type { Child } from '../jsx/jsx-runtime.js';
import { PageLayout } from '../layouts/page-layout.js';
import type { ChromeView } from '../views.js';

/** A message above a form: a confirmation, or what went wrong. */
export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

function NoticeBox(props: { notice: Notice | null | undefined }) {
  const { notice } = props;
  if (!notice) return null;
  return (
    <p
      class={notice.kind === 'error' ? 'notice error' : 'notice'}
      role={notice.kind === 'error' ? 'alert' : 'status'}
    >
      {notice.text}
    </p>
  );
}

function Field(props: {
  id: string;
  name: string;
  label: string;
  type: string;
  autocomplete: string;
  value?: string;
  hint?: string;
  minlength?: number;
  maxlength?: number;
}) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  return (
    <>
      <label for={props.id}>{props.label}</label>
      {props.hint ? (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      <input
        id={props.id}
        name={props.name}
        type={props.type}
        autocomplete={props.autocomplete}
        value={props.value}
        required
        minlength={props.minlength}
        maxlength={props.maxlength}
        aria-describedby={hintId}
      />
    </>
  );
}

/** One page holding a heading, a notice and forms. */
export function AccountPage(props: {
  chrome: ChromeView;
  heading: string;
  notice?: Notice | null;
  children?: Child;
}) {
  return (
    <PageLayout chrome={props.chrome} head={<style dangerouslySetInnerHTML={{ __html: COMMENTS_CSS }} />}>
      <div class="account-form">
        <h1>{props.heading}</h1>
        <NoticeBox notice={props.notice} />
        {props.children}
      </div>
    </PageLayout>
  );
}

const Submit = (props: { label: string }) => (
  <p>
    <button type="submit">{props.label}</button>
  </p>
);

export function SignUpForm(props: {
  chrome: ChromeView;
  csrf: string;
  values: { email?: string; displayName?: string };
}) {
  const { t, language } = props.chrome;
  return (
    <form method="post" action={`/${language}/account/signup`}>
      <input type="hidden" name="_csrf" value={props.csrf} />
      <Field
        id="email"
        name="email"
        type="email"
        autocomplete="email"
        label={t.t('readers.field.email')}
        value={props.values.email ?? ''}
        maxlength={254}
      />
      <Field
        id="displayName"
        name="displayName"
        type="text"
        autocomplete="nickname"
        label={t.t('readers.field.displayName')}
        hint={t.t('readers.field.displayNameHint')}
        value={props.values.displayName ?? ''}
        maxlength={40}
      />
      <Field
        id="password"
        name="password"
        type="password"
        autocomplete="new-password"
        label={t.t('readers.field.password')}
        hint={t.t('readers.field.passwordHint')}
        minlength={10}
        maxlength={200}
      />
      <Submit label={t.t('readers.signup.submit')} />
      <p>
        <a href={`/${language}/account/login`}>{t.t('readers.signup.haveAccount')}</a>
      </p>
    </form>
  );
}

export function ConfirmForm(props: { chrome: ChromeView; csrf: string; token: string }) {
  const { t, language } = props.chrome;
  return (
    <form method="post" action={`/${language}/account/confirm`}>
      <input type="hidden" name="_csrf" value={props.csrf} />
      <input type="hidden" name="token" value={props.token} />
      <Submit label={t.t('readers.confirm.submit')} />
    </form>
  );
}

export function LogInForm(props: { chrome: ChromeView; csrf: string; email?: string; next: string }) {
  const { t, language } = props.chrome;
  return (
    <form method="post" action={`/${language}/account/login`}>
      <input type="hidden" name="_csrf" value={props.csrf} />
      <input type="hidden" name="next" value={props.next} />
      <Field
        id="email"
        name="email"
        type="email"
        autocomplete="email"
        label={t.t('readers.field.email')}
        value={props.email ?? ''}
        maxlength={254}
      />
      <Field
        id="password"
        name="password"
        type="password"
        autocomplete="current-password"
        label={t.t('readers.field.password')}
        maxlength={200}
      />
      <Submit label={t.t('readers.login.submit')} />
      <p>
        <a href={`/${language}/account/reset`}>{t.t('readers.login.forgot')}</a>
      </p>
      <p>
        <a href={`/${language}/account/signup`}>{t.t('readers.login.noAccount')}</a>
      </p>
    </form>
  );
}

export function ResetRequestForm(props: { chrome: ChromeView; csrf: string }) {
  const { t, language } = props.chrome;
  return (
    <form method="post" action={`/${language}/account/reset`}>
      <input type="hidden" name="_csrf" value={props.csrf} />
      <p>{t.t('readers.reset.intro')}</p>
      <Field
        id="email"
        name="email"
        type="email"
        autocomplete="email"
        label={t.t('readers.field.email')}
        maxlength={254}
      />
      <Submit label={t.t('readers.reset.submit')} />
    </form>
  );
}

export function NewPasswordForm(props: { chrome: ChromeView; csrf: string; token: string }) {
  const { t, language } = props.chrome;
  return (
    <form method="post" action={`/${language}/account/reset/new`}>
      <input type="hidden" name="_csrf" value={props.csrf} />
      <input type="hidden" name="token" value={props.token} />
      <Field
        id="password"
        name="password"
        type="password"
        autocomplete="new-password"
        label={t.t('readers.field.newPassword')}
        hint={t.t('readers.field.passwordHint')}
        minlength={10}
        maxlength={200}
      />
      <Submit label={t.t('readers.resetNew.submit')} />
    </form>
  );
}

/** The account page: who is logged in, the display name, logging out, deleting the account. */
export function AccountForms(props: {
  chrome: ChromeView;
  csrf: string;
  displayName: string;
  commentsOnDelete: 'keep' | 'remove';
}) {
  const { t, language } = props.chrome;
  const base = `/${language}/account`;
  return (
    <>
      <p>{t.t('readers.account.signedInAs', { name: props.displayName })}</p>
      <form method="post" action={`${base}/logout`}>
        <input type="hidden" name="_csrf" value={props.csrf} />
        <Submit label={t.t('readers.logout.submit')} />
      </form>
      <form method="post" action={`${base}/name`}>
        <input type="hidden" name="_csrf" value={props.csrf} />
        <Field
          id="displayName"
          name="displayName"
          type="text"
          autocomplete="nickname"
          label={t.t('readers.field.displayName')}
          hint={t.t('readers.field.displayNameHint')}
          value={props.displayName}
          maxlength={40}
        />
        <Submit label={t.t('readers.account.nameSubmit')} />
      </form>
      <h2>{t.t('readers.account.deleteTitle')}</h2>
      <p>
        {t.t(
          props.commentsOnDelete === 'remove' ? 'readers.account.deleteRemove' : 'readers.account.deleteKeep',
        )}
      </p>
      <form method="post" action={`${base}/delete`}>
        <input type="hidden" name="_csrf" value={props.csrf} />
        <Field
          id="deletePassword"
          name="password"
          type="password"
          autocomplete="current-password"
          label={t.t('readers.account.deleteConfirm')}
          maxlength={200}
        />
        <Submit label={t.t('readers.account.deleteSubmit')} />
      </form>
    </>
  );
}
