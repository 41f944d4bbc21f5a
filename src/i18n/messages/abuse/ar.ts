import type { AreaMessages } from './en.js';

export const ar: AreaMessages = {
  'abuse.login.paused':
    'محاولات تسجيل دخول فاشلة كثيرة جدًا. لحماية الحساب، أُوقف تسجيل الدخول من هنا حتى {time} (نحو {minutes} دقيقة). حاول مرة أخرى بعد ذلك.',
  'abuse.tooMany': 'طلبات كثيرة جدًا من اتصالك. يُرجى المحاولة مرة أخرى بعد {time} (بعد نحو {minutes} دقيقة).',
  'abuse.form.expired':
    'انتهت صلاحية هذا النموذج أو لم يُرسَل من هذه الصفحة. يُرجى التحقق من بياناتك وإرساله مرة أخرى.',
  'abuse.upload.busy': 'تجري الآن معالجة صور كثيرة. يُرجى المحاولة مرة أخرى بعد {seconds} ثانية.',
  'abuse.upload.pixels': 'الصورة كبيرة جدًا: الحد الأقصى المقبول {megapixels} ميغابكسل.',
};
