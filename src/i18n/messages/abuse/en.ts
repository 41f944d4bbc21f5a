/** English texts of the abuse area (limits, forms from elsewhere): the reference; other languages have exactly these keys. */
export const en = {
  'abuse.login.paused':
    'Too many failed login attempts. To protect the account, logging in is paused until {time} (about {minutes, plural, one {# minute} other {# minutes}}). Then try again.',
  'abuse.tooMany':
    'Too many requests from your connection. Please try again after {time} (about {minutes, plural, one {# minute} other {# minutes}}).',
  'abuse.form.expired':
    'This form had expired or did not come from this page. Please check your entries and send it again.',
  'abuse.upload.busy':
    'Many images are being processed right now. Please try again in {seconds, plural, one {# second} other {# seconds}}.',
} as const;

export type Key = keyof typeof en;
export type AreaMessages = Record<Key, string>;
