
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
'faq.booking': `Записатися на консультацію`,
'faq.categories': `Теми`,
'faq.categories.all': `Усі теми`,
'faq.empty.consultation': `Вашого запитання немає в списку? Ми охоче проконсультуємо Вас особисто.`,
'faq.empty.popular': `Часто запитують:`,
'faq.empty.tips': `Спробуйте інші або коротші слова чи виберіть тему.`,
'faq.fallback': `Цієї відповіді ще немає Вашою мовою. Ось вона німецькою.`,
'faq.feedback.failed': `Не вдалося надіслати відгук.`,
'faq.feedback.no': `Ні`,
'faq.feedback.question': `Чи була ця відповідь корисною?`,
'faq.feedback.thanks': `Дякуємо за Ваш відгук.`,
'faq.feedback.yes': `Так`,
'faq.heading': `Поширені запитання`,
'faq.input.hint': `Відповіді, що підходять, з’являються вже під час введення; друкарські помилки — не проблема.`,
'faq.input.label': `Ваше запитання`,
'faq.loading': `Завантажуємо відповіді…`,
'faq.problem.network': `Немає зв’язку із сервером. Будь ласка, спробуйте ще раз.`,
'faq.problem.offline': `Ви не в мережі. Щоб завантажити відповіді, один раз потрібне підключення до інтернету.`,
'faq.problem.server': `Відповіді зараз недоступні. Будь ласка, спробуйте пізніше.`,
'faq.related': `Пов’язані запитання:`,
'faq.showAll': str`Показати всі запитання (${0})`,
'faq.status.count': str`Знайдено відповідей: ${0}.`,
'faq.status.none': `Відповідь не знайдено.`,
'faq.suggestions': `Підказки`,
'faq.updated': str`Востаннє перевірено: ${0}`,
    };
  