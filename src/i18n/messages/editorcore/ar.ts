import type { AreaMessages } from './en.js';

export const ar: AreaMessages = {
  'editorcore.offline': 'غير متصل — حُفظ على هذا الجهاز',
  'editorcore.restore.question': 'هل تريد استعادة النسخة المحفوظة على هذا الجهاز في {time}؟',
  'editorcore.restore.restore': 'استعادة',
  'editorcore.restore.discard': 'تجاهل',
};
