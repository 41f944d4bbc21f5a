import type { AreaMessages } from './en.js';

export const zh: AreaMessages = {
  'editorux.slash.label': '插入区块',
  'editorux.slash.none': '没有与“{query}”匹配的区块类型。按 Esc 保留已输入的文字。',
  'editorux.slash.help': '输入文字筛选，方向键选择，回车插入，Esc 关闭。',
  'editorux.bubble.label': '设置所选文字的格式',
  'editorux.link.label': '链接',
  'editorux.link.edit': '编辑链接',
  'editorux.link.remove': '移除链接',
  'editorux.link.open': '在新标签页中打开链接',
  'editorux.insight.title': '篇幅与预览',
  'editorux.insight.words': '{count, plural, other {# 个词}}',
  'editorux.insight.characters': '{count, plural, other {# 字}}',
  'editorux.insight.reading': '{count, plural, other {阅读约需 # 分钟}}',
  'editorux.teaser.title': '发布后的样子',
  'editorux.teaser.hint': '首页和栏目列表中的摘要，使用文章的语言。',
  'editorux.social.title': '分享时',
  'editorux.social.hint': '社交网络和聊天应用为分享的链接显示的卡片（Open Graph）。',
  'editorux.preview.noHeadline': '尚无标题',
  'editorux.preview.noImage': '没有头图：读者看到的摘要不带图片。',
  'editorux.camera': '拍照',
};
