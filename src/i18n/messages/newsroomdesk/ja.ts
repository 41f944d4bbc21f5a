/** Japanese texts of the newsroom desk area. */
import type { NewsroomDeskMessages } from './en.js';

export const ja: NewsroomDeskMessages = {
  'newsroomdesk.correct.action': '訂正',
  'newsroomdesk.correct.actionFor': '「{headline}」に訂正を追加',
  'newsroomdesk.correct.title': '訂正を追加',
  'newsroomdesk.correct.intro': '注記はすぐに、日付付きで、選んだ各言語版に掲載され、訂正一覧にも載ります。',
  'newsroomdesk.correct.languages': '対象の言語版',
  'newsroomdesk.correct.unpublished': '未公開',
  'newsroomdesk.correct.done': '注記を掲載しました：{languages}。',
  'newsroomdesk.correct.back': 'エディターの記事に戻る',
  'newsroomdesk.correct.error.kind': '注記の種類を選んでください。',
  'newsroomdesk.correct.error.text': '読者に表示する文章を書いてください。',
  'newsroomdesk.correct.error.textLong': '文章は最大 {max, plural, other {# 文字}} までです。',
  'newsroomdesk.correct.error.languages': '言語版を少なくとも一つ選んでください。',
  'newsroomdesk.correct.error.unpublished': '訂正できるのは、読者がすでに見た言語版だけです。',
  'newsroomdesk.correct.error.changed': '同じ時に記事が変更されました。もう一度送信してください。',
  'newsroomdesk.count.articles': '{count, plural, other {記事 # 件}}',
  'newsroomdesk.count.comments': '{count, plural, other {コメント # 件}}',
  'newsroomdesk.count.images': '{count, plural, other {画像 # 点}}',
  'newsroomdesk.publish.heading': '公開の前に',
  'newsroomdesk.publish.heroAlt': 'メイン画像に代替テキストがないと、記事を公開できません。',
  'newsroomdesk.publish.heroCredit': 'メイン画像にクレジットがないと、記事を公開できません。',
  'newsroomdesk.publish.bodyAlt': '本文の画像 {n}（{label}）に代替テキストがないと、記事を公開できません。',
  'newsroomdesk.publish.bodyCredit': '本文の画像 {n}（{label}）にクレジットがないと、記事を公開できません。',
  'newsroomdesk.nav.menu': 'メニュー',
};
