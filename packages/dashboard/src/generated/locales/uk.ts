
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'common.honeypot': `Будь ласка, залиште це поле порожнім.`,
'common.new-tab': `(відкривається в новій вкладці)`,
'common.privacy-link': `Інформація про захист даних`,
'common.problem.kept': `Введені вами дані збережено.`,
'common.problem.network': `Немає з’єднання із сервером. Будь ласка, спробуйте ще раз.`,
'common.problem.offline': `Ви не в мережі. Щойно з’єднання відновиться, можна спробувати ще раз.`,
'common.problem.origin-not-allowed': `Цей сервіс ще не підключено для цього вебсайту. Будь ласка, зверніться до власників цієї сторінки.`,
'common.problem.rate-limited': `Забагато спроб за короткий час. Будь ласка, зачекайте кілька хвилин.`,
'common.problem.rate-limited-until': str`Забагато спроб за короткий час. Спробуйте знову після ${0}.`,
'common.problem.server': `На сервері сталася помилка. Будь ласка, спробуйте ще раз.`,
'common.problem.timeout': `Сервер зараз не відповідає. Будь ласка, спробуйте ще раз.`,
'common.retry': `Спробувати ще раз`,
'dashboard.change': str`${0} порівняно з даними за ${1}`,
'dashboard.change.fell': str`зменшення на ${0} (${1}) порівняно з даними за ${2}`,
'dashboard.change.rose': str`зростання на ${0} (${1}) порівняно з даними за ${2}`,
'dashboard.change.rose-from-zero': str`зростання на ${0} порівняно з даними за ${1}`,
'dashboard.change.same': str`без змін порівняно з даними за ${0}`,
'dashboard.chart.keys': `Клавіші зі стрілками переходять від точки до точки, Home і End — до першої та останньої.`,
'dashboard.csv': `Завантажити дані у форматі CSV`,
'dashboard.dates': str`Дані станом на ${0} · востаннє змінено: ${1}`,
'dashboard.heading': `Міграція в районі в цифрах`,
'dashboard.illustrative': `Дані для прикладу, не офіційна статистика`,
'dashboard.loading': `Завантажуємо дані…`,
'dashboard.point': str`${0}, станом на ${1}: ${2}`,
'dashboard.point.single': str`Станом на ${0}: ${1}`,
'dashboard.problem.not-found': `Такого показника не існує.`,
'dashboard.source': str`Джерело: ${0}`,
'dashboard.summary.empty': `Для цього показника ще немає даних.`,
'dashboard.summary.fell': str`Показник «${0}» знизився з ${1} (${2}) до ${3} (${4}).`,
'dashboard.summary.ranking': str`${0} за ${1}: найбільше — ${2} (${3}), далі — ${4}.`,
'dashboard.summary.rose': str`Показник «${0}» зріс з ${1} (${2}) до ${3} (${4}).`,
'dashboard.summary.same': str`Показник «${0}» не змінився: і за ${1}, і за ${2} — ${3}.`,
'dashboard.summary.single': str`${0} за ${1}: ${2} (${3}).`,
'dashboard.table.caption.date': str`${0}, станом на ${1}`,
'dashboard.table.caption.period': str`${0}, з ${1} по ${2}`,
'dashboard.table.category': `Категорія`,
'dashboard.table.date': `Дата`,
'dashboard.table.hide': `Сховати таблицю`,
'dashboard.table.show': `Показати як таблицю`,
'dashboard.unit.persons.few': str`${0} особи`,
'dashboard.unit.persons.many': str`${0} осіб`,
'dashboard.unit.persons.one': str`${0} особа`,
'dashboard.unit.persons.other': str`${0} особи`,
'dashboard.unit.persons.two': str`${0} особи`,
'dashboard.unit.persons.zero': str`${0} осіб`,
'dashboard.unit.procedures.few': str`${0} процедури`,
'dashboard.unit.procedures.many': str`${0} процедур`,
'dashboard.unit.procedures.one': str`${0} процедура`,
'dashboard.unit.procedures.other': str`${0} процедури`,
'dashboard.unit.procedures.two': str`${0} процедури`,
'dashboard.unit.procedures.zero': str`${0} процедур`,
    };
  