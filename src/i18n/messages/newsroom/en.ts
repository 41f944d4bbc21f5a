/** English texts of the newsroom area: the reference; other languages have exactly these keys. */
export const en = {
  'newsroom.title': 'Shortwave Newsroom',
  'newsroom.nav.label': 'Newsroom',
  'newsroom.nav.dashboard': 'Dashboard',
  'newsroom.nav.write': 'New article',
  'newsroom.nav.media': 'Media library',
  'newsroom.nav.frontPages': 'Front pages',
  'newsroom.nav.errorReports': 'Error reports',
  'newsroom.nav.moderation': 'Moderation',
  'newsroom.nav.staff': 'Staff',
  'newsroom.nav.settings': 'Settings',
  'newsroom.interfaceLanguage': 'Interface language',
  'newsroom.interfaceLanguage.apply': 'Change',
  'newsroom.logout': 'Log out',
  'newsroom.role.contributor': 'Contributor',
  'newsroom.role.editor': 'Editor',
  'newsroom.role.moderator': 'Moderator',
  'newsroom.role.admin': 'Administrator',
  'newsroom.login.title': 'Log in to the newsroom',
  'newsroom.login.email': 'Email',
  'newsroom.login.password': 'Password',
  'newsroom.login.submit': 'Log in',
  'newsroom.login.failed': 'The email or the password is wrong.',
  'newsroom.login.tooMany': 'Too many attempts. Try again in {minutes} minutes.',
  'newsroom.login.expired': 'The form had expired. Please log in again.',
  'newsroom.login.loggedOut': 'You are logged out.',
} as const;

export type Key = keyof typeof en;
export type AreaMessages = Record<Key, string>;
