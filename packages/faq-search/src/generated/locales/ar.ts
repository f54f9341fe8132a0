
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
'faq.problem.network': `لا يوجد اتصال بالخادم. يُرجى المحاولة مرة أخرى.`,
'faq.problem.offline': `أنت غير متصل بالإنترنت. يحتاج تحميل الإجابات إلى اتصال لمرة واحدة.`,
'faq.problem.server': `الإجابات غير متاحة حاليًا. يُرجى المحاولة مرة أخرى لاحقًا.`,
'faq.related': `موضوعات ذات صلة:`,
'faq.showAll': str`عرض جميع الأسئلة (${0})`,
'faq.status.count': str`عدد الإجابات التي تم العثور عليها: ${0}.`,
'faq.status.none': `لم يتم العثور على أي إجابة.`,
'faq.suggestions': `اقتراحات`,
'faq.updated': str`آخر مراجعة: ${0}`,
    };
  