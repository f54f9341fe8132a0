
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
'dashboard.change': str`${0} مقارنةً مع ${1}`,
'dashboard.change.fell': str`انخفاض بمقدار ${0} (${1}) مقارنةً مع ${2}`,
'dashboard.change.rose': str`زيادة بمقدار ${0} (${1}) مقارنةً مع ${2}`,
'dashboard.change.rose-from-zero': str`زيادة بمقدار ${0} مقارنةً مع ${1}`,
'dashboard.change.same': str`دون تغيير مقارنةً مع ${0}`,
'dashboard.chart.keys': `استخدم مفاتيح الأسهم للانتقال من نقطة إلى أخرى، وHome وEnd للانتقال إلى الأولى والأخيرة.`,
'dashboard.csv': `تنزيل البيانات بصيغة CSV`,
'dashboard.dates': str`البيانات حتى ${0} · آخر تعديل: ${1}`,
'dashboard.heading': `أرقام الهجرة في المقاطعة`,
'dashboard.illustrative': `بيانات توضيحية، وليست إحصاءات رسمية`,
'dashboard.loading': `جارٍ تحميل الأرقام…`,
'dashboard.point': str`${0}، حتى ${1}: ${2}`,
'dashboard.point.single': str`حتى ${0}: ${1}`,
'dashboard.problem.not-found': `هذا المؤشر غير موجود.`,
'dashboard.source': str`المصدر: ${0}`,
'dashboard.summary.empty': `لا تتوفر بيانات لهذا المؤشر بعد.`,
'dashboard.summary.fell': str`انخفض مؤشر «${0}» من ${1} (${2}) إلى ${3} (${4}).`,
'dashboard.summary.ranking': str`${0}، ${1}: في المرتبة الأولى ${2} (${3})، ثم ${4}.`,
'dashboard.summary.rose': str`ارتفع مؤشر «${0}» من ${1} (${2}) إلى ${3} (${4}).`,
'dashboard.summary.same': str`بقي مؤشر «${0}» عند ${3} من ${1} إلى ${2}.`,
'dashboard.summary.single': str`${0}، ${1}: ${2} (${3}).`,
'dashboard.table.caption.date': str`${0}، حتى ${1}`,
'dashboard.table.caption.period': str`${0}، من ${1} إلى ${2}`,
'dashboard.table.category': `الفئة`,
'dashboard.table.date': `التاريخ`,
'dashboard.table.hide': `إخفاء الجدول`,
'dashboard.table.show': `العرض كجدول`,
'dashboard.unit.persons.few': str`${0} أشخاص`,
'dashboard.unit.persons.many': str`${0} شخصًا`,
'dashboard.unit.persons.one': str`${0} شخص`,
'dashboard.unit.persons.other': str`${0} شخص`,
'dashboard.unit.persons.two': str`${0} شخص`,
'dashboard.unit.persons.zero': str`${0} شخص`,
'dashboard.unit.procedures.few': str`${0} إجراءات`,
'dashboard.unit.procedures.many': str`${0} إجراءً`,
'dashboard.unit.procedures.one': str`${0} إجراء`,
'dashboard.unit.procedures.other': str`${0} إجراء`,
'dashboard.unit.procedures.two': str`${0} إجراء`,
'dashboard.unit.procedures.zero': str`${0} إجراء`,
    };
  