
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'common.honeypot': `يُرجى ترك هذا الحقل فارغًا.`,
'common.new-tab': `(يُفتح في علامة تبويب جديدة)`,
'common.privacy-link': `معلومات حماية البيانات`,
'common.problem.kept': `ما أدخلته محفوظ.`,
'common.problem.network': `لا يوجد اتصال بالخادم. يُرجى المحاولة مرة أخرى.`,
'common.problem.offline': `أنت غير متصل بالإنترنت. يمكنك المحاولة مرة أخرى بمجرد عودة الاتصال.`,
'common.problem.origin-not-allowed': `لم يتم تفعيل هذه الخدمة لهذا الموقع بعد. يُرجى التواصل مع القائمين على هذه الصفحة.`,
'common.problem.rate-limited': `محاولات كثيرة جدًا في وقت قصير. يُرجى الانتظار بضع دقائق.`,
'common.problem.rate-limited-until': str`محاولات كثيرة جدًا في وقت قصير. يُرجى المحاولة مجددًا بدءًا من الساعة ${0}.`,
'common.problem.server': `حدث خطأ في الخادم. يُرجى المحاولة مرة أخرى.`,
'common.problem.timeout': `الخادم لا يستجيب حاليًا. يُرجى المحاولة مرة أخرى.`,
'common.retry': `إعادة المحاولة`,
'newsletter.already-confirmed.text': `تم تأكيد اشتراكك من قبل، ولا داعي لأي إجراء آخر. يحتوي كل إصدار على رابط لإلغاء الاشتراك.`,
'newsletter.already-confirmed.title': `أنت مشترك بالفعل في النشرة الإخبارية.`,
'newsletter.already-unsubscribed.text': `لن تصلك منا أي رسائل بريد إلكتروني بعد الآن. يمكنك الاشتراك مجددًا في أي وقت.`,
'newsletter.already-unsubscribed.title': `لقد ألغيت اشتراكك في النشرة الإخبارية بالفعل.`,
'newsletter.confirmed.text': `ستصلك النشرة الإخبارية بدءًا من العدد القادم. يتضمن كل عدد رابطًا لإلغاء الاشتراك.`,
'newsletter.confirmed.title': `شكرًا لك! تم تأكيد اشتراكك.`,
'newsletter.consent': str`أوافق على قيام ${0} بحفظ عنوان بريدي الإلكتروني والموضوعات المختارة واللغة، من أجل إرسال النشرة الإخبارية إليّ. ويمكنني إلغاء الاشتراك في أي وقت.`,
'newsletter.email.hint': `سنرسل إليك رابطًا لتأكيد الاشتراك.`,
'newsletter.email.label': `عنوان البريد الإلكتروني`,
'newsletter.error.consent': `يُرجى منح موافقتك لكي نتمكن من إرسال النشرة الإخبارية إليك.`,
'newsletter.error.email-invalid': `يُرجى إدخال عنوان بريد إلكتروني صالح، مثل name@example.org.`,
'newsletter.error.email-required': `يُرجى إدخال عنوان بريدك الإلكتروني.`,
'newsletter.error.language': `يُرجى اختيار لغة.`,
'newsletter.error.topics': `يُرجى اختيار موضوع واحد على الأقل.`,
'newsletter.heading': `الاشتراك في النشرة الإخبارية`,
'newsletter.inbox.change': `إدخال عنوان آخر`,
'newsletter.inbox.spam': `لم تصلك الرسالة؟ يُرجى التحقق أيضًا من مجلد الرسائل غير المرغوب فيها (Spam).`,
'newsletter.inbox.text': str`أرسلنا رسالة بريد إلكتروني إلى ${0}. يُرجى النقر على الرابط الوارد فيها لتأكيد الاشتراك. الرابط صالح لمدة 7 أيام.`,
'newsletter.inbox.title': `خطوة أخيرة: يُرجى تأكيد اشتراكك.`,
'newsletter.intro': `أخبار حول العمل والهجرة والفعاليات عبر البريد الإلكتروني، بلغتك. جميع الحقول إلزامية.`,
'newsletter.language.label': `لغة النشرة الإخبارية`,
'newsletter.submit': `اشتراك`,
'newsletter.submitting': `جارٍ الإرسال…`,
'newsletter.token-failed.text': `يظل الرابط الخاص بك صالحًا.`,
'newsletter.token-invalid.confirm': `روابط التأكيد صالحة لمدة 7 أيام ولمرة واحدة فقط. ما عليك سوى الاشتراك مرة أخرى.`,
'newsletter.token-invalid.title': `هذا الرابط غير صالح أو انتهت صلاحيته.`,
'newsletter.token-invalid.to-form': `الانتقال إلى نموذج الاشتراك`,
'newsletter.token-invalid.unsubscribe': `يُرجى استخدام رابط إلغاء الاشتراك الموجود في أحدث رسالة وصلتك من النشرة الإخبارية.`,
'newsletter.token.confirming': `جارٍ التحقق من تأكيدك…`,
'newsletter.token.unsubscribing': `جارٍ إلغاء اشتراكك…`,
'newsletter.topic.employers': `لأصحاب العمل`,
'newsletter.topic.events': `الفعاليات`,
'newsletter.topic.legal-changes': `التعديلات القانونية`,
'newsletter.topic.skilled-workers': `للعمالة الماهرة`,
'newsletter.topics.legend': `الموضوعات`,
'newsletter.unsubscribed.text': `لن تصلك منا أي رسائل أخرى. يمكنك الاشتراك مجددًا في أي وقت.`,
'newsletter.unsubscribed.title': `تم إلغاء اشتراكك في النشرة الإخبارية.`,
    };
  