import type { AreaMessages } from './en.js';

export const es: AreaMessages = {
  'abuse.login.paused':
    'Demasiados intentos fallidos de inicio de sesión. Para proteger la cuenta, el acceso queda en pausa hasta {time} (unos {minutes, plural, one {# minuto} many {# de minutos} other {# minutos}}). Después, vuelve a intentarlo.',
  'abuse.tooMany':
    'Demasiadas solicitudes desde tu conexión. Vuelve a intentarlo después de {time} (dentro de unos {minutes, plural, one {# minuto} many {# de minutos} other {# minutos}}).',
  'abuse.form.expired':
    'Este formulario había caducado o no procedía de esta página. Revisa tus datos y envíalo de nuevo.',
  'abuse.upload.busy':
    'Ahora mismo se están procesando muchas imágenes. Vuelve a intentarlo dentro de {seconds, plural, one {# segundo} many {# de segundos} other {# segundos}}.',
};
