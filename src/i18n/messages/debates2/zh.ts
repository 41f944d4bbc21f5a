/** Chinese texts of multilingual debates (ADR 0027). */
import type { AreaMessages } from './en.js';

export const zh: AreaMessages = {
  'debates2.translatedFrom':
    '{language, select, en {译自英语} de {译自德语} fr {译自法语} it {译自意大利语} es {译自西班牙语} pt {译自葡萄牙语} ar {译自阿拉伯语} zh {译自中文} ja {译自日语} ru {译自俄语} other {机器翻译}}',
  'debates2.showOriginal': '显示原文',
  'debates2.showTranslation': '显示译文',
  'debates2.pending': '译文暂不可用',
  'debates2.unsupported': '没有译成此语言的机器翻译',
  'debates2.multilingual': '各种语言的读者都在参与：用您的语言发表评论，每条评论都会译成您的语言。',
  'debates2.languageLabel': '您评论所用的语言',
  'debates2.languageDetect': '根据文本自动识别',
  'debates2.allLanguages': '所有语言',
  'debates2.invite': '我们的记者提问，世界各地的读者作答：欢迎参与讨论。',
  'debates2.inviteLink': '查看进行中的讨论',
  'debates2.homeTitle': '进行中的讨论',
  'debates2.homeMore': '全部讨论',
  'debates2.settingMultilingual': '多语言：各种语言的读者都可参与，每位读者看到的评论都会机器翻译成其语言',
  'debates2.moderationTranslation': '机器翻译（{provider}）',
  'debates2.moderationOriginal': '原文（{language}）',
  'debates2.moderationPending': '译成您语言的译文暂不可用。',
  'debates2.moderationUnsupported': '没有从该语言译成您语言的机器翻译。',
};
