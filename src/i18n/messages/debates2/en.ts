/** English texts of multilingual debates (ADR 0027): the reference; other languages have exactly these keys. */
export const en = {
  'debates2.translatedFrom':
    '{language, select, en {Translated from English} de {Translated from German} fr {Translated from French} it {Translated from Italian} es {Translated from Spanish} pt {Translated from Portuguese} ar {Translated from Arabic} zh {Translated from Chinese} ja {Translated from Japanese} ru {Translated from Russian} other {Machine-translated}}',
  'debates2.showOriginal': 'Show original',
  'debates2.showTranslation': 'Show translation',
  'debates2.pending': 'Translation not available yet',
  'debates2.unsupported': 'No machine translation into this language',
  'debates2.multilingual':
    'Readers of every language take part: write in yours, and read every comment translated into it.',
  'debates2.languageLabel': 'Language of your comment',
  'debates2.languageDetect': 'Recognise it from the text',
  'debates2.allLanguages': 'All languages',
  'debates2.invite': 'Our journalists ask, readers around the world answer: join the debates.',
  'debates2.inviteLink': 'See the open debates',
  'debates2.homeTitle': 'Open debates',
  'debates2.homeMore': 'All debates',
  'debates2.settingMultilingual':
    'Multilingual: readers of every language take part, and each reads the comments machine-translated into their language',
  'debates2.moderationTranslation': 'Machine translation ({provider})',
  'debates2.moderationOriginal': 'Original ({language})',
  'debates2.moderationPending': 'The translation into your language is not available yet.',
  'debates2.moderationUnsupported': 'There is no machine translation from this language into yours.',
} as const;

export type Key = keyof typeof en;
export type AreaMessages = Record<Key, string>;
