
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
'faq.problem.network': `Нет связи с сервером. Пожалуйста, попробуйте ещё раз.`,
'faq.problem.offline': `Вы не в сети. Чтобы загрузить ответы, один раз нужно подключение к интернету.`,
'faq.problem.server': `Ответы сейчас недоступны. Пожалуйста, попробуйте позже.`,
'faq.related': `Связанные вопросы:`,
'faq.showAll': str`Показать все вопросы (${0})`,
'faq.status.count': str`Найдено ответов: ${0}.`,
'faq.status.none': `Ответ не найден.`,
'faq.suggestions': `Подсказки`,
'faq.updated': str`Последняя проверка: ${0}`,
    };
  