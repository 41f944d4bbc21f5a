/** Japanese texts of the translation area. */
import type { AreaMessages } from './en.js';

export const ja: AreaMessages = {
  'translation.title': '翻訳',
  'translation.intro':
    '左に原文、右にこの版を段落ごとに並べています。確認した項目はレビュー済みにしてください。未レビューの項目がある版は公開できません。',
  'translation.mtOff': '機械翻訳はオフです。新しい版には原文が入り、手作業で翻訳します。',
  'translation.mtOn': '機械翻訳：{provider}',
  'translation.translateInto': '翻訳先',
  'translation.translateAll': 'すべての言語',
  'translation.translateButton': '下書きを作成',
  'translation.original': '原文',
  'translation.version': 'この版',
  'translation.reviewed': 'レビュー済み',
  'translation.unreviewed': '未レビュー',
  'translation.markReviewed': 'レビュー済みにする',
  'translation.saveReviewed': '保存してレビュー済みにする',
  'translation.nextShortcut': 'Alt+Shift+R で次の未レビュー項目をレビュー済みにします',
  'translation.sourceUpdated': 'この版の作成後に原文が更新されました。',
  'translation.sourceWas': '以前',
  'translation.sourceNow': '現在',
  'translation.deskTitle': '翻訳デスク',
  'translation.deskIntro': '他の言語で公開され、まだこの言語にない記事（重要な順）と、各版の状態です。',
  'translation.deskEmpty': '公開済みの記事はすべてこの言語の版があります。',
  'translation.deskMissing': 'まだこの言語にない記事',
  'translation.deskVersions': 'この言語の版',
  'translation.deskLanguage': '言語',
  'translation.openTranslator': '翻訳を開く',
  'translation.allReviewed': 'すべての項目がレビュー済みです。',
  'translation.state.machine': '機械翻訳・未レビュー',
  'translation.state.manual': 'コピー・手作業で翻訳',
  'translation.made': '下書きを作成しました：{languages}',
  'translation.field.headline': '見出し',
  'translation.field.lead': 'リード',
  'translation.field.kicker': '袖見出し',
  'translation.field.heroAlt': '画像の代替テキスト',
  'translation.field.heroCaption': '画像のキャプション',
  'translation.retranslate': '変更された部分を翻訳し直す',
  'translation.publish': 'この版を公開',
  'translation.overrideLabel': '言語チェックが疑問を示しても公開する理由（編集者向け、メモに記録されます）',
  'translation.overrideHint':
    'チェックが誤っている場合（別の言語の引用など）以外は空欄のままにしてください。',
  'translation.field.block': '第{n}段落',
  'translation.deskOrder':
    '並び順：トップページに固定された記事が先、次に直近7日間で最も読まれた記事、次に未翻訳の言語が多い記事、最後に新しい順です。',
  'translation.field.body': '本文',
  'translation.field.blockAlt': 'ブロック{n}：画像の代替テキスト',
  'translation.field.blockCaption': 'ブロック{n}：画像のキャプション',
  'translation.guard.unreviewed':
    'この版はまだ公開できません。次の項目が未確認です：{fields}。翻訳画面で確認済みにしてください。',
  'translation.guard.language':
    'この版はまだ公開できません。項目「{field}」は{expected}ではなく{detected}のように読めます。修正するか、翻訳画面で理由を添えて公開してください。',
  'translation.publishPending': '保留中の変更を公開',
  'translation.pendingNote':
    'この版は公開中です。ここでの変更は保留され、すべての項目が確認されてから公開されます。',
};
