import type { AreaMessages } from './en.js';

export const de: AreaMessages = {
  'abuse.login.paused':
    'Zu viele fehlgeschlagene Anmeldeversuche. Zum Schutz des Kontos ist die Anmeldung bis {time} gesperrt (etwa {minutes, plural, one {# Minute} other {# Minuten}}). Versuchen Sie es danach erneut.',
  'abuse.tooMany':
    'Zu viele Anfragen von Ihrer Verbindung. Bitte versuchen Sie es nach {time} erneut (in etwa {minutes, plural, one {# Minute} other {# Minuten}}).',
  'abuse.form.expired':
    'Dieses Formular war abgelaufen oder stammte nicht von dieser Seite. Bitte prüfen Sie Ihre Angaben und senden Sie es erneut.',
  'abuse.upload.busy':
    'Gerade werden viele Bilder verarbeitet. Bitte versuchen Sie es in {seconds, plural, one {# Sekunde} other {# Sekunden}} erneut.',
};
