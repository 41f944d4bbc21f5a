/** English texts of the homes area (a language home with few stories of its own): the reference. */
export const en = {
  'homes.otherLanguages.title': 'From our other languages',
  'homes.otherLanguages.intro':
    'Only a few stories have been published in English so far. Here are the newest from our other languages; each is marked with the language it is written in.',
} as const;

export type AreaMessages = Record<keyof typeof en, string>;
