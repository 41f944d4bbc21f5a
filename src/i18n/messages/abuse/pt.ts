import type { AreaMessages } from './en.js';

export const pt: AreaMessages = {
  'abuse.login.paused':
    'Demasiadas tentativas de início de sessão falhadas. Para proteger a conta, o acesso está suspenso até {time} (cerca de {minutes, plural, one {# minuto} many {# de minutos} other {# minutos}}). Depois, tente novamente.',
  'abuse.tooMany':
    'Demasiados pedidos a partir da sua ligação. Tente novamente depois de {time} (dentro de cerca de {minutes, plural, one {# minuto} many {# de minutos} other {# minutos}}).',
  'abuse.form.expired':
    'Este formulário tinha expirado ou não vinha desta página. Verifique os seus dados e envie-o novamente.',
  'abuse.upload.busy':
    'Estão a ser processadas muitas imagens neste momento. Tente novamente dentro de {seconds, plural, one {# segundo} many {# de segundos} other {# segundos}}.',
};
