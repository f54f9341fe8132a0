
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'common.honeypot': `Пожалуйста, оставьте это поле пустым.`,
'common.new-tab': `(откроется в новой вкладке)`,
'common.privacy-link': `Информация о защите данных`,
'common.problem.kept': `Введённые вами данные сохранены.`,
'common.problem.network': `Нет соединения с сервером. Пожалуйста, попробуйте ещё раз.`,
'common.problem.offline': `Вы не в сети. Как только соединение восстановится, можно попробовать ещё раз.`,
'common.problem.origin-not-allowed': `Этот сервис ещё не подключён для этого сайта. Пожалуйста, обратитесь к владельцам этой страницы.`,
'common.problem.rate-limited': `Слишком много попыток за короткое время. Пожалуйста, подождите несколько минут.`,
'common.problem.rate-limited-until': str`Слишком много попыток за короткое время. Попробуйте снова после ${0}.`,
'common.problem.server': `На сервере произошла ошибка. Пожалуйста, попробуйте ещё раз.`,
'common.problem.timeout': `Сервер сейчас не отвечает. Пожалуйста, попробуйте ещё раз.`,
'common.retry': `Повторить попытку`,
'dashboard.change': str`${0} по сравнению с данными за ${1}`,
'dashboard.change.fell': str`снижение на ${0} (${1}) по сравнению с данными за ${2}`,
'dashboard.change.rose': str`рост на ${0} (${1}) по сравнению с данными за ${2}`,
'dashboard.change.rose-from-zero': str`рост на ${0} по сравнению с данными за ${1}`,
'dashboard.change.same': str`без изменений по сравнению с данными за ${0}`,
'dashboard.chart.keys': `Клавиши со стрелками переходят от точки к точке, Home и End — к первой и последней.`,
'dashboard.csv': `Скачать данные в формате CSV`,
'dashboard.dates': str`Данные по состоянию на ${0} · последнее изменение: ${1}`,
'dashboard.heading': `Миграция в районе в цифрах`,
'dashboard.illustrative': `Данные для примера, не официальная статистика`,
'dashboard.loading': `Загружаем данные…`,
'dashboard.point': str`${0}, по состоянию на ${1}: ${2}`,
'dashboard.point.single': str`По состоянию на ${0}: ${1}`,
'dashboard.problem.not-found': `Такого показателя не существует.`,
'dashboard.source': str`Источник: ${0}`,
'dashboard.summary.empty': `Для этого показателя пока нет данных.`,
'dashboard.summary.fell': str`Показатель «${0}» снизился с ${1} (${2}) до ${3} (${4}).`,
'dashboard.summary.ranking': str`${0} за ${1}: больше всего — ${2} (${3}), далее — ${4}.`,
'dashboard.summary.rose': str`Показатель «${0}» вырос с ${1} (${2}) до ${3} (${4}).`,
'dashboard.summary.same': str`Показатель «${0}» не изменился: и за ${1}, и за ${2} — ${3}.`,
'dashboard.summary.single': str`${0} за ${1}: ${2} (${3}).`,
'dashboard.table.caption.date': str`${0}, по состоянию на ${1}`,
'dashboard.table.caption.period': str`${0}, с ${1} по ${2}`,
'dashboard.table.category': `Категория`,
'dashboard.table.date': `Дата`,
'dashboard.table.hide': `Скрыть таблицу`,
'dashboard.table.show': `Показать в виде таблицы`,
'dashboard.unit.persons.few': str`${0} человека`,
'dashboard.unit.persons.many': str`${0} человек`,
'dashboard.unit.persons.one': str`${0} человек`,
'dashboard.unit.persons.other': str`${0} человека`,
'dashboard.unit.persons.two': str`${0} человека`,
'dashboard.unit.persons.zero': str`${0} человек`,
'dashboard.unit.procedures.few': str`${0} процедуры`,
'dashboard.unit.procedures.many': str`${0} процедур`,
'dashboard.unit.procedures.one': str`${0} процедура`,
'dashboard.unit.procedures.other': str`${0} процедуры`,
'dashboard.unit.procedures.two': str`${0} процедуры`,
'dashboard.unit.procedures.zero': str`${0} процедур`,
    };
  