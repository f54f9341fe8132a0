
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'common.honeypot': `Будь ласка, залиште це поле порожнім.`,
'common.new-tab': `(відкривається в новій вкладці)`,
'common.privacy-link': `Інформація про захист даних`,
'common.retry': `Спробувати ще раз`,
'dashboard.change': str`${0}${1} порівняно з даними за ${2}`,
'dashboard.csv': `Завантажити дані у форматі CSV`,
'dashboard.dates': str`Дані станом на ${0} · востаннє змінено: ${1}`,
'dashboard.heading': `Міграція в районі в цифрах`,
'dashboard.illustrative': `Дані для прикладу, не офіційна статистика`,
'dashboard.loading': `Завантажуємо дані…`,
'dashboard.problem.network': `Немає зв’язку із сервером. Будь ласка, спробуйте ще раз.`,
'dashboard.problem.not-found': `Такого показника не існує.`,
'dashboard.problem.offline': `Ви не в мережі. Щоб показати дані, потрібне підключення до інтернету.`,
'dashboard.problem.server': `Дані зараз недоступні. Будь ласка, спробуйте пізніше.`,
'dashboard.source': str`Джерело: ${0}`,
'dashboard.summary.empty': `Для цього показника ще немає даних.`,
'dashboard.summary.fell': str`Показник «${0}» знизився з ${1} (${2}) до ${3} (${4}).`,
'dashboard.summary.ranking': str`${0} за ${1}: найбільше — ${2} (${3}), далі — ${4}.`,
'dashboard.summary.rose': str`Показник «${0}» зріс з ${1} (${2}) до ${3} (${4}).`,
'dashboard.summary.same': str`Показник «${0}» не змінився: і за ${1}, і за ${2} — ${3}.`,
'dashboard.summary.single': str`${0} за ${1}: ${2} (${3}).`,
'dashboard.table.date': `Дата`,
'dashboard.table.hide': `Сховати таблицю`,
'dashboard.table.show': `Показати як таблицю`,
    };
  