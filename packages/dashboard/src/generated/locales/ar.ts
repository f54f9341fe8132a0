
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
'dashboard.change': str`${0}${1} مقارنةً مع ${2}`,
'dashboard.csv': `تنزيل البيانات بصيغة CSV`,
'dashboard.dates': str`البيانات حتى ${0} · آخر تعديل: ${1}`,
'dashboard.heading': `أرقام الهجرة في المقاطعة`,
'dashboard.illustrative': `بيانات توضيحية، وليست إحصاءات رسمية`,
'dashboard.loading': `جارٍ تحميل الأرقام…`,
'dashboard.problem.network': `لا يوجد اتصال بالخادم. يُرجى المحاولة مرة أخرى.`,
'dashboard.problem.not-found': `هذا المؤشر غير موجود.`,
'dashboard.problem.offline': `أنت غير متصل بالإنترنت. يحتاج عرض الأرقام إلى اتصال.`,
'dashboard.problem.server': `الأرقام غير متاحة حاليًا. يُرجى المحاولة مرة أخرى لاحقًا.`,
'dashboard.source': str`المصدر: ${0}`,
'dashboard.summary.empty': `لا تتوفر بيانات لهذا المؤشر بعد.`,
'dashboard.summary.fell': str`انخفض مؤشر «${0}» من ${1} (${2}) إلى ${3} (${4}).`,
'dashboard.summary.ranking': str`${0}، ${1}: في المرتبة الأولى ${2} (${3})، ثم ${4}.`,
'dashboard.summary.rose': str`ارتفع مؤشر «${0}» من ${1} (${2}) إلى ${3} (${4}).`,
'dashboard.summary.same': str`بقي مؤشر «${0}» عند ${3} من ${1} إلى ${2}.`,
'dashboard.summary.single': str`${0}، ${1}: ${2} (${3}).`,
'dashboard.table.date': `التاريخ`,
'dashboard.table.hide': `إخفاء الجدول`,
'dashboard.table.show': `العرض كجدول`,
    };
  