
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'common.honeypot': `يُرجى ترك هذا الحقل فارغًا.`,
'common.new-tab': `(يُفتح في علامة تبويب جديدة)`,
'common.privacy-link': `معلومات حماية البيانات`,
'common.retry': `إعادة المحاولة`,
'newsletter.confirmed.text': `ستصلك النشرة الإخبارية بدءًا من العدد القادم. يتضمن كل عدد رابطًا لإلغاء الاشتراك.`,
'newsletter.confirmed.title': `شكرًا لك! تم تأكيد اشتراكك.`,
'newsletter.consent': str`أوافق على قيام ${0} بحفظ عنوان بريدي الإلكتروني والموضوعات المختارة واللغة، من أجل إرسال النشرة الإخبارية إليّ. ويمكنني إلغاء الاشتراك في أي وقت.`,
'newsletter.email.hint': `سنرسل إليك رابطًا لتأكيد الاشتراك.`,
'newsletter.email.label': `عنوان البريد الإلكتروني`,
'newsletter.error.consent': `يُرجى منح موافقتك لكي نتمكن من إرسال النشرة الإخبارية إليك.`,
'newsletter.error.email-invalid': `يُرجى إدخال عنوان بريد إلكتروني صالح، مثل name@example.org.`,
'newsletter.error.email-required': `يُرجى إدخال عنوان بريدك الإلكتروني.`,
'newsletter.error.language': `يُرجى اختيار لغة.`,
'newsletter.error.rate-limited': str`محاولات كثيرة جدًا خلال وقت قصير. يُرجى المحاولة مرة أخرى ابتداءً من الساعة ${0}.`,
'newsletter.error.topics': `يُرجى اختيار موضوع واحد على الأقل.`,
'newsletter.heading': `الاشتراك في النشرة الإخبارية`,
'newsletter.inbox.change': `إدخال عنوان آخر`,
'newsletter.inbox.spam': `لم تصلك الرسالة؟ يُرجى التحقق أيضًا من مجلد الرسائل غير المرغوب فيها (Spam).`,
'newsletter.inbox.text': str`أرسلنا رسالة بريد إلكتروني إلى ${0}. يُرجى النقر على الرابط الوارد فيها لتأكيد الاشتراك. الرابط صالح لمدة 7 أيام.`,
'newsletter.inbox.title': `خطوة أخيرة: يُرجى تأكيد اشتراكك.`,
'newsletter.intro': `أخبار حول العمل والهجرة والفعاليات عبر البريد الإلكتروني، بلغتك. جميع الحقول إلزامية.`,
'newsletter.language.label': `لغة النشرة الإخبارية`,
'newsletter.problem.network': `لا يوجد اتصال بالخادم. ستبقى البيانات التي أدخلتها محفوظة في النموذج: يُرجى المحاولة مرة أخرى.`,
'newsletter.problem.offline': `لا يوجد اتصال بالإنترنت. ستبقى البيانات التي أدخلتها محفوظة في النموذج: يُرجى إرسال النموذج فور عودة الاتصال.`,
'newsletter.problem.server': `حدث خطأ في الخادم. ستبقى البيانات التي أدخلتها محفوظة في النموذج: يُرجى المحاولة مرة أخرى.`,
'newsletter.problem.timeout': `الخادم لا يستجيب حاليًا. ستبقى البيانات التي أدخلتها محفوظة في النموذج: يُرجى المحاولة مرة أخرى.`,
'newsletter.submit': `اشتراك`,
'newsletter.submitting': `جارٍ الإرسال…`,
'newsletter.token-failed.text': `لا يزال الرابط صالحًا. يُرجى المحاولة مرة أخرى بعد قليل.`,
'newsletter.token-failed.title': `يتعذر الوصول إلى الخادم حاليًا.`,
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
  