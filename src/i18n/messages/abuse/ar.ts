import type { AreaMessages } from './en.js';

export const ar: AreaMessages = {
  'abuse.login.paused':
    'محاولات تسجيل دخول فاشلة كثيرة جدًا. لحماية الحساب، أُوقف تسجيل الدخول حتى {time} (نحو {minutes, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}). حاول مرة أخرى بعد ذلك.',
  'abuse.tooMany':
    'طلبات كثيرة جدًا من اتصالك. يُرجى المحاولة مرة أخرى بعد {time} (بعد نحو {minutes, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}).',
  'abuse.form.expired':
    'انتهت صلاحية هذا النموذج أو لم يُرسَل من هذه الصفحة. يُرجى التحقق من بياناتك وإرساله مرة أخرى.',
  'abuse.upload.busy':
    'تجري الآن معالجة صور كثيرة. يُرجى المحاولة مرة أخرى بعد {seconds, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}}.',
};
