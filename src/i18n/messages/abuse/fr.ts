import type { AreaMessages } from './en.js';

export const fr: AreaMessages = {
  'abuse.login.paused':
    'Trop de tentatives de connexion échouées. Pour protéger le compte, la connexion est suspendue jusqu’à {time} (environ {minutes, plural, one {# minute} many {# de minutes} other {# minutes}}). Réessayez ensuite.',
  'abuse.tooMany':
    'Trop de requêtes depuis votre connexion. Veuillez réessayer après {time} (dans environ {minutes, plural, one {# minute} many {# de minutes} other {# minutes}}).',
  'abuse.form.expired':
    'Ce formulaire avait expiré ou ne provenait pas de cette page. Vérifiez vos informations et envoyez-le à nouveau.',
  'abuse.upload.busy':
    'De nombreuses images sont en cours de traitement. Veuillez réessayer dans {seconds, plural, one {# seconde} many {# de secondes} other {# secondes}}.',
};
