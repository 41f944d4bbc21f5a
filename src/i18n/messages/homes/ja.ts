/** Japanese texts of the homes area (a language home with few stories of its own). */
import type { AreaMessages } from './en.js';

export const ja: AreaMessages = {
  'homes.otherLanguages.title': '他の言語の記事から',
  'homes.otherLanguages.intro':
    '日本語で公開した記事はまだわずかです。他の言語で公開した最新の記事を、それぞれの言語を添えてご紹介します。',
};
