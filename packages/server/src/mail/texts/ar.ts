import type { NewsletterMailTexts } from './newsletter-mail-texts.js';

export const ar: NewsletterMailTexts = {
  confirmSubject: 'يُرجى تأكيد اشتراكك في النشرة الإخبارية',
  greeting: 'تحية طيبة،',
  confirmIntro: (publisher) =>
    `تلقّينا طلبًا منك أو من شخص آخر يستخدم عنوان بريدك الإلكتروني لتلقّي النشرة الإخبارية الصادرة عن ${publisher} أو لتغيير موضوعاتها.`,
  topicsLabel: 'الموضوعات المختارة',
  confirmAction: (expiresAt) => `يُرجى تأكيد الاشتراك عبر هذا الرابط. يمكن استخدامه مرة واحدة فقط، حتى ${expiresAt}:`,
  confirmIgnore:
    'إذا لم يصدر هذا الطلب عنك، فيمكنك ببساطة تجاهل هذه الرسالة. لن نرسل إليك أي شيء دون تأكيد، وسنحذف عنوانك بعد انتهاء صلاحية الرابط.',
  welcomeSubject: 'تم تأكيد اشتراكك في النشرة الإخبارية',
  welcomeBody: (publisher) =>
    `شكرًا جزيلًا لك: تم تأكيد اشتراكك في النشرة الإخبارية الصادرة عن ${publisher}. ستصلك النشرة بدءًا من العدد القادم.`,
  unsubscribeLabel: 'إلغاء الاشتراك في النشرة الإخبارية في أي وقت بنقرة واحدة',
  signature: (publisher) => `فريق ${publisher}`,
  topics: {
    employers: 'لأصحاب العمل',
    'skilled-workers': 'للعمالة الماهرة',
    events: 'الفعاليات',
    'legal-changes': 'التعديلات القانونية',
  },
};
