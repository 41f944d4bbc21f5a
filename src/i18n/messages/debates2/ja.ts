/** Japanese texts of multilingual debates (ADR 0027). */
import type { AreaMessages } from './en.js';

export const ja: AreaMessages = {
  'debates2.translatedFrom':
    '{language, select, en {英語から翻訳} de {ドイツ語から翻訳} fr {フランス語から翻訳} it {イタリア語から翻訳} es {スペイン語から翻訳} pt {ポルトガル語から翻訳} ar {アラビア語から翻訳} zh {中国語から翻訳} ja {日本語から翻訳} ru {ロシア語から翻訳} other {機械翻訳}}',
  'debates2.showOriginal': '原文を表示',
  'debates2.showTranslation': '翻訳を表示',
  'debates2.pending': '翻訳はまだありません',
  'debates2.unsupported': 'この言語への機械翻訳はありません',
  'debates2.multilingual':
    'すべての言語の読者が参加しています。ご自分の言語で書き込み、すべてのコメントをご自分の言語の翻訳で読めます。',
  'debates2.languageLabel': 'コメントの言語',
  'debates2.languageDetect': '本文から判別する',
  'debates2.allLanguages': '全言語',
  'debates2.invite': '記者が問いかけ、世界中の読者が答えます。ディベートに参加しませんか。',
  'debates2.inviteLink': '受付中のディベートを見る',
  'debates2.homeTitle': '受付中のディベート',
  'debates2.homeMore': 'すべてのディベート',
  'debates2.settingMultilingual':
    '多言語：すべての言語の読者が参加し、各自がコメントを自分の言語への機械翻訳で読みます',
  'debates2.moderationTranslation': '機械翻訳（{provider}）',
  'debates2.moderationOriginal': '原文（{language}）',
  'debates2.moderationPending': 'あなたの言語への翻訳はまだありません。',
  'debates2.moderationUnsupported': 'この言語からあなたの言語への機械翻訳はありません。',
};
