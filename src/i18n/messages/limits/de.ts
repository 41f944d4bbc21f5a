import type { AreaMessages } from './en.js';

export const de: AreaMessages = {
  'limits.tooLarge.title': 'Zu viel auf einmal gesendet',
  'limits.tooLarge.body':
    'Was Sie gesendet haben, ist grösser als die {size}, die dieses Formular annimmt. Kürzen Sie es und versuchen Sie es erneut.',
  'limits.tooDeep.title': 'Das Gesendete konnte nicht gelesen werden',
  'limits.tooDeep.body':
    'Was Sie gesendet haben, ist mehr als {levels, plural, one {# Ebene} other {# Ebenen}} tief verschachtelt; so etwas erzeugt kein Formular dieser Website. Laden Sie die Seite neu und versuchen Sie es erneut.',
  'limits.tooManyFields.title': 'Das Formular hat zu viele Felder',
  'limits.tooManyFields.body':
    'Das gesendete Formular hat mehr als {fields, plural, one {# Feld} other {# Felder}}; so etwas erzeugt kein Formular dieser Website. Laden Sie die Seite neu und versuchen Sie es erneut.',
};
