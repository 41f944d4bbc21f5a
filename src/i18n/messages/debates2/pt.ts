/** Portuguese texts of multilingual debates (ADR 0027). */
import type { AreaMessages } from './en.js';

export const pt: AreaMessages = {
  'debates2.translatedFrom':
    '{language, select, en {Traduzido do inglês} de {Traduzido do alemão} fr {Traduzido do francês} it {Traduzido do italiano} es {Traduzido do espanhol} pt {Traduzido do português} ar {Traduzido do árabe} zh {Traduzido do chinês} ja {Traduzido do japonês} ru {Traduzido do russo} other {Tradução automática}}',
  'debates2.showOriginal': 'Ver o original',
  'debates2.showTranslation': 'Ver a tradução',
  'debates2.pending': 'Tradução ainda não disponível',
  'debates2.unsupported': 'Não há tradução automática para este idioma',
  'debates2.multilingual':
    'Participam leitores de todas as línguas: escreva na sua e leia cada comentário traduzido para a sua língua.',
  'debates2.languageLabel': 'Língua do seu comentário',
  'debates2.languageDetect': 'Reconhecê-la pelo texto',
  'debates2.allLanguages': 'Todas as línguas',
  'debates2.invite':
    'Os nossos jornalistas perguntam, leitores de todo o mundo respondem: participe nos debates.',
  'debates2.inviteLink': 'Ver os debates abertos',
  'debates2.homeTitle': 'Debates abertos',
  'debates2.homeMore': 'Todos os debates',
  'debates2.settingMultilingual':
    'Multilingue: participam leitores de todas as línguas e cada um lê os comentários traduzidos automaticamente para a sua língua',
  'debates2.moderationTranslation': 'Tradução automática ({provider})',
  'debates2.moderationOriginal': 'Original ({language})',
  'debates2.moderationPending': 'A tradução para a sua língua ainda não está disponível.',
  'debates2.moderationUnsupported': 'Não há tradução automática desta língua para a sua.',
};
