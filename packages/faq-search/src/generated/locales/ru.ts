
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
'faq.booking': `Записаться на консультацию`,
'faq.categories': `Темы`,
'faq.categories.all': `Все темы`,
'faq.empty.consultation': `Вашего вопроса нет в списке? Мы охотно проконсультируем Вас лично.`,
'faq.empty.popular': `Часто спрашивают:`,
'faq.empty.tips': `Попробуйте другие или более короткие слова либо выберите тему.`,
'faq.fallback': `Этого ответа пока нет на Вашем языке. Вот он на немецком.`,
'faq.feedback.failed': `Не удалось отправить отзыв.`,
'faq.feedback.no': `Нет`,
'faq.feedback.question': `Этот ответ был полезен?`,
'faq.feedback.thanks': `Спасибо за Ваш отзыв.`,
'faq.feedback.yes': `Да`,
'faq.heading': `Частые вопросы`,
'faq.input.hint': `Подходящие ответы появляются уже во время ввода; опечатки — не проблема.`,
'faq.input.label': `Ваш вопрос`,
'faq.loading': `Загружаем ответы…`,
'faq.outdated': `Этот перевод, возможно, устарел: немецкая версия была изменена позже.`,
'faq.outdated.failed': `Не удалось загрузить немецкую версию.`,
'faq.outdated.german': `Немецкая версия`,
'faq.outdated.show-german': `Показать немецкую версию`,
'faq.related': `Связанные вопросы:`,
'faq.showAll.few': str`Показать все ${0} вопроса`,
'faq.showAll.many': str`Показать все ${0} вопросов`,
'faq.showAll.one': str`Показать все ${0} вопрос`,
'faq.showAll.other': str`Показать все ${0} вопроса`,
'faq.showAll.two': str`Показать все ${0} вопроса`,
'faq.showAll.zero': str`Показать все ${0} вопросов`,
'faq.status.count.few': str`Найдено ${0} ответа.`,
'faq.status.count.many': str`Найдено ${0} ответов.`,
'faq.status.count.one': str`Найден ${0} ответ.`,
'faq.status.count.other': str`Найдено ${0} ответа.`,
'faq.status.count.two': str`Найдено ${0} ответа.`,
'faq.status.count.zero': str`Найдено ${0} ответов.`,
'faq.status.none': `Ответ не найден.`,
'faq.suggestions': `Подсказки`,
'faq.updated': str`Последняя проверка: ${0}`,
    };
  