
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
'faq.booking': `حجز موعد استشارة`,
'faq.categories': `الموضوعات`,
'faq.categories.all': `جميع الموضوعات`,
'faq.empty.consultation': `لم تجد سؤالك؟ يسعدنا أن نقدّم لك استشارة شخصية.`,
'faq.empty.popular': `أسئلة متكررة:`,
'faq.empty.tips': `جرّب كلمات أخرى أو أقصر، أو اختر موضوعًا.`,
'faq.fallback': `هذه الإجابة غير متوفرة بلغتك بعد. إليك نصها باللغة الألمانية.`,
'faq.feedback.failed': `تعذّر إرسال ملاحظاتك.`,
'faq.feedback.no': `لا`,
'faq.feedback.question': `هل كانت هذه الإجابة مفيدة؟`,
'faq.feedback.thanks': `شكرًا على ملاحظاتك.`,
'faq.feedback.yes': `نعم`,
'faq.heading': `الأسئلة الشائعة`,
'faq.input.hint': `تظهر الإجابات المناسبة أثناء الكتابة، ولا مشكلة في الأخطاء الإملائية.`,
'faq.input.label': `سؤالك`,
'faq.loading': `جارٍ تحميل الإجابات…`,
'faq.outdated': `قد لا تكون هذه الترجمة محدَّثة: فقد عُدِّلت النسخة الألمانية في وقت لاحق.`,
'faq.outdated.failed': `تعذّر تحميل النسخة الألمانية.`,
'faq.outdated.german': `النسخة الألمانية`,
'faq.outdated.show-german': `عرض النسخة الألمانية`,
'faq.related': `موضوعات ذات صلة:`,
'faq.showAll.few': str`عرض جميع الأسئلة (${0})`,
'faq.showAll.many': str`عرض جميع الأسئلة (${0})`,
'faq.showAll.one': str`عرض السؤال (${0})`,
'faq.showAll.other': str`عرض جميع الأسئلة (${0})`,
'faq.showAll.two': str`عرض السؤالين (${0})`,
'faq.showAll.zero': str`عرض جميع الأسئلة (${0})`,
'faq.status.count.few': str`تم العثور على ${0} إجابات.`,
'faq.status.count.many': str`تم العثور على ${0} إجابة.`,
'faq.status.count.one': str`تم العثور على إجابة واحدة (${0}).`,
'faq.status.count.other': str`تم العثور على ${0} إجابة.`,
'faq.status.count.two': str`تم العثور على إجابتين (${0}).`,
'faq.status.count.zero': str`لم يتم العثور على أي إجابة (${0}).`,
'faq.status.none': `لم يتم العثور على أي إجابة.`,
'faq.suggestions': `اقتراحات`,
'faq.updated': str`آخر مراجعة: ${0}`,
    };
  