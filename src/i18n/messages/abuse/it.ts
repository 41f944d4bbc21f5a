import type { AreaMessages } from './en.js';

export const it: AreaMessages = {
  'abuse.login.paused':
    'Troppi tentativi di accesso non riusciti. Per proteggere l’account, l’accesso è sospeso fino alle {time} (circa {minutes, plural, one {# minuto} many {# di minuti} other {# minuti}}). Poi riprova.',
  'abuse.tooMany':
    'Troppe richieste dalla tua connessione. Riprova dopo le {time} (tra circa {minutes, plural, one {# minuto} many {# di minuti} other {# minuti}}).',
  'abuse.form.expired':
    'Questo modulo era scaduto o non proveniva da questa pagina. Controlla i dati inseriti e invialo di nuovo.',
  'abuse.upload.busy':
    'Al momento si stanno elaborando molte immagini. Riprova tra {seconds, plural, one {# secondo} many {# di secondi} other {# secondi}}.',
};
