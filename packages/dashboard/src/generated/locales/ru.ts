
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'common.honeypot': `Пожалуйста, оставьте это поле пустым.`,
'common.new-tab': `(откроется в новой вкладке)`,
'common.privacy-link': `Информация о защите данных`,
'common.retry': `Повторить попытку`,
'dashboard.change': str`${0}${1} по сравнению с данными за ${2}`,
'dashboard.csv': `Скачать данные в формате CSV`,
'dashboard.dates': str`Данные по состоянию на ${0} · последнее изменение: ${1}`,
'dashboard.heading': `Миграция в районе в цифрах`,
'dashboard.illustrative': `Данные для примера, не официальная статистика`,
'dashboard.loading': `Загружаем данные…`,
'dashboard.problem.network': `Нет связи с сервером. Пожалуйста, попробуйте ещё раз.`,
'dashboard.problem.not-found': `Такого показателя не существует.`,
'dashboard.problem.offline': `Вы не в сети. Чтобы показать данные, нужно подключение к интернету.`,
'dashboard.problem.server': `Данные сейчас недоступны. Пожалуйста, попробуйте позже.`,
'dashboard.source': str`Источник: ${0}`,
'dashboard.summary.empty': `Для этого показателя пока нет данных.`,
'dashboard.summary.fell': str`Показатель «${0}» снизился с ${1} (${2}) до ${3} (${4}).`,
'dashboard.summary.ranking': str`${0} за ${1}: больше всего — ${2} (${3}), далее — ${4}.`,
'dashboard.summary.rose': str`Показатель «${0}» вырос с ${1} (${2}) до ${3} (${4}).`,
'dashboard.summary.same': str`Показатель «${0}» не изменился: и за ${1}, и за ${2} — ${3}.`,
'dashboard.summary.single': str`${0} за ${1}: ${2} (${3}).`,
'dashboard.table.date': `Дата`,
'dashboard.table.hide': `Скрыть таблицу`,
'dashboard.table.show': `Показать в виде таблицы`,
    };
  