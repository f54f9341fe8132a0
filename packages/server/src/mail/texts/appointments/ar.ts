import { minutesIn, type AppointmentMailTexts } from './appointment-mail-texts.js';

export const ar: AppointmentMailTexts = {
  holdSubject: (topic, when) => `يُرجى تأكيد موعدك: ${topic}، ${when}`,
  holdIntro: 'شكرًا لحجزك. نحتفظ لك بهذا الموعد:',
  holdAction: (minutes, until) =>
    `يُرجى تأكيد الموعد خلال ${minutesIn('ar', minutes, { zero: 'دقيقة', one: 'دقيقة', two: 'دقيقة', few: 'دقائق', many: 'دقيقة', other: 'دقيقة' })} (حتى ${until}) عبر هذا الرابط، وإلا فسيُتاح الوقت لغيرك:`,
  holdNotYou: 'لم تحجز هذا الموعد؟ لا داعي لفعل أي شيء: بدون تأكيد يُتاح الوقت لغيرك ونحذف البيانات.',
  confirmSubject: (topic, when) => `تأكيد الموعد: ${topic}، ${when}`,
  cancelSubject: (topic, when) => `إلغاء الموعد: ${topic}، ${when}`,
  greeting: 'تحية طيبة،',
  confirmIntro: 'شكرًا لك على الحجز. تم تأكيد موعد استشارتك عبر الإنترنت.',
  cancelledIntro: 'بناءً على طلبك، ألغينا موعد استشارتك.',
  topicLabel: 'الموضوع',
  timeLabel: 'التاريخ والوقت',
  consultantTimeLabel: 'الوقت لدى مركز الاستشارة',
  languageLabel: 'لغة الاستشارة',
  videoAction: 'في موعدك، يُرجى فتح هذا الرابط لمكالمة الفيديو. كل ما تحتاجه هو متصفح حديث مع كاميرا وميكروفون:',
  calendarAction: 'تجد الموعد لإضافته إلى تقويمك في المرفق (beratung.ics) وكذلك هنا:',
  cancelAction: 'إذا لم تتمكن من الحضور، فيُرجى إلغاء الموعد من هنا حتى يتمكن شخص آخر من الاستفادة منه:',
  notYou: 'لم تحجز هذا الموعد؟ يُرجى إلغاؤه عبر الرابط أعلاه. نستخدم بياناتك لهذا الموعد فقط.',
  cancelledCalendarHint: 'افتح المرفق (beratung.ics) لحذف الموعد من تقويمك.',
  rebookAction: 'إذا رغبت في موعد جديد، يمكنك حجزه من هنا:',
  signature: (publisher) => `مع أطيب التحيات\nفريق ${publisher}`,
  calendarSummary: (topic) => `استشارة: ${topic}`,
  calendarVideo: 'مكالمة فيديو',
  calendarCancel: 'إلغاء الموعد',
};
