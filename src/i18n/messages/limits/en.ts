/** English texts of the limits area (refused request bodies): the reference; other languages have exactly these keys. */
export const en = {
  'limits.tooLarge.title': 'Too much was sent at once',
  'limits.tooLarge.body':
    'What you sent is larger than the {size} this form accepts. Shorten it and try again.',
  'limits.tooDeep.title': 'What was sent could not be read',
  'limits.tooDeep.body':
    'What you sent is nested more than {levels, plural, one {# level} other {# levels}} deep, which no form of this site produces. Reload the page and try again.',
  'limits.tooManyFields.title': 'The form has too many fields',
  'limits.tooManyFields.body':
    'The form sent has more than {fields, plural, one {# field} other {# fields}}, which no form of this site produces. Reload the page and try again.',
};

export type Key = keyof typeof en;
export type AreaMessages = Record<Key, string>;
