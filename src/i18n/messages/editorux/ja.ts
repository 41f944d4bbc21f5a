import type { AreaMessages } from './en.js';

export const ja: AreaMessages = {
  'editorux.slash.label': 'ブロックを挿入',
  'editorux.slash.none':
    '「{query}」に一致するブロックの種類はありません。Esc キーで入力した文字はそのまま残ります。',
  'editorux.slash.help': '入力で絞り込み、矢印キーで選択、Enter で挿入、Esc で閉じます。',
  'editorux.bubble.label': '選択した文字の書式',
  'editorux.link.label': 'リンク',
  'editorux.link.edit': 'リンクを編集',
  'editorux.link.remove': 'リンクを解除',
  'editorux.link.open': 'リンクを新しいタブで開く',
  'editorux.insight.title': '分量とプレビュー',
  'editorux.insight.words': '{count, plural, other {# 語}}',
  'editorux.insight.characters': '{count, plural, other {# 文字}}',
  'editorux.insight.reading': '{count, plural, other {読了まで約 # 分}}',
  'editorux.teaser.title': '公開時の見え方',
  'editorux.teaser.hint': 'トップページや各セクションの一覧に出る見出しと要約（記事の言語で表示）。',
  'editorux.social.title': '共有されたとき',
  'editorux.social.hint': 'SNS やメッセージアプリが共有リンクに表示するカード（Open Graph）。',
  'editorux.preview.noHeadline': '見出しはまだありません',
  'editorux.preview.noImage': 'メイン画像がありません。読者には画像なしの要約が表示されます。',
  'editorux.camera': '写真を撮る',
};
