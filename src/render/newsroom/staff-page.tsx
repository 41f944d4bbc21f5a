/**
 * Staff administration: who works in the newsroom, in which role; add people, change roles,
 * switch accounts off, set a new password.
 */
import { ROLES } from '../../domain/policy.js';
import type { StaffListing, StaffUser } from '../../domain/staff.js';
import type { Translator } from '../../i18n/catalogue.js';
import { DeskPage } from './desk-page.js';
import { Notices } from './notices.js';

function RoleSelect(props: { t: Translator; id: string; selected?: string | undefined }) {
  return (
    <select id={props.id} name="role">
      {ROLES.map((role) => (
        <option value={role} selected={props.selected === role}>
          {props.t.t(`newsroom.role.${role}`)}
        </option>
      ))}
    </select>
  );
}

export function StaffPage(props: {
  t: Translator;
  staff: StaffUser;
  csrf: string;
  people: StaffListing[];
  error?: { message: string; field?: string | undefined } | undefined;
  notice?: string | undefined;
  draft?: { email: string; name: string; role: string } | undefined;
}) {
  const { t, csrf } = props;
  return (
    <DeskPage t={t} staff={props.staff} csrf={csrf} title={t.t('newsroom.nav.staff')} active="staff">
      <Notices error={props.error?.message} notice={props.notice} />
      <div class="table-scroll card">
        <table>
          <caption class="visually-hidden">{t.t('newsroom.staff.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t.t('newsroom.staff.name')}</th>
              <th scope="col">{t.t('newsroom.login.email')}</th>
              <th scope="col">{t.t('newsroom.staff.role')}</th>
              <th scope="col">{t.t('newsroom.staff.state')}</th>
              <th scope="col">{t.t('newsroom.staff.change')}</th>
            </tr>
          </thead>
          <tbody>
            {props.people.map((person) => (
              <tr data-email={person.email}>
                <th scope="row">{person.name}</th>
                <td>{person.email}</td>
                <td>{t.t(`newsroom.role.${person.role}`)}</td>
                <td>{person.disabledAt ? t.t('newsroom.staff.off') : t.t('newsroom.staff.active')}</td>
                <td>
                  <form method="post" action={`/newsroom/staff/${person.id}`} class="filters">
                    <input type="hidden" name="_csrf" value={csrf} />
                    <div>
                      <label for={`role-${person.id}`}>{t.t('newsroom.staff.role')}</label>
                      <RoleSelect t={t} id={`role-${person.id}`} selected={person.role} />
                    </div>
                    <div>
                      <label for={`password-${person.id}`}>{t.t('newsroom.staff.newPassword')}</label>
                      <input
                        type="password"
                        id={`password-${person.id}`}
                        name="password"
                        autocomplete="new-password"
                      />
                    </div>
                    <div>
                      <label>
                        <input
                          type="checkbox"
                          name="disabled"
                          value="1"
                          checked={person.disabledAt !== null}
                        />{' '}
                        {t.t('newsroom.staff.switchOff')}
                      </label>
                    </div>
                    <div>
                      <button type="submit" class="secondary">
                        {t.t('newsroom.staff.save', { name: person.name })}
                      </button>
                    </div>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section class="card" aria-labelledby="add-staff">
        <h2 id="add-staff">{t.t('newsroom.staff.add')}</h2>
        <form method="post" action="/newsroom/staff">
          <input type="hidden" name="_csrf" value={csrf} />
          <label for="new-name">{t.t('newsroom.staff.name')}</label>
          <input type="text" id="new-name" name="name" required value={props.draft?.name ?? ''} />
          <label for="new-email">{t.t('newsroom.login.email')}</label>
          <input type="email" id="new-email" name="email" required value={props.draft?.email ?? ''} />
          <label for="new-role">{t.t('newsroom.staff.role')}</label>
          <RoleSelect t={t} id="new-role" selected={props.draft?.role ?? 'contributor'} />
          <label for="new-password">{t.t('newsroom.staff.firstPassword')}</label>
          <input
            type="password"
            id="new-password"
            name="password"
            required
            minlength={10}
            autocomplete="new-password"
          />
          <div class="actions">
            <button type="submit">{t.t('newsroom.staff.addSubmit')}</button>
          </div>
        </form>
      </section>
    </DeskPage>
  );
}
