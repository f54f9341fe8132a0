
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
'faq.outdated': `Цей переклад, можливо, застарів: німецьку версію змінено пізніше.`,
'faq.outdated.failed': `Не вдалося завантажити німецьку версію.`,
'faq.outdated.german': `Німецька версія`,
'faq.outdated.show-german': `Показати німецьку версію`,
'faq.related': `Пов’язані запитання:`,
'faq.showAll.few': str`Показати всі ${0} питання`,
'faq.showAll.many': str`Показати всі ${0} питань`,
'faq.showAll.one': str`Показати всі ${0} питання`,
'faq.showAll.other': str`Показати всі ${0} питання`,
'faq.showAll.two': str`Показати всі ${0} питання`,
'faq.showAll.zero': str`Показати всі ${0} питань`,
'faq.status.count.few': str`Знайдено ${0} відповіді.`,
'faq.status.count.many': str`Знайдено ${0} відповідей.`,
'faq.status.count.one': str`Знайдено ${0} відповідь.`,
'faq.status.count.other': str`Знайдено ${0} відповіді.`,
'faq.status.count.two': str`Знайдено ${0} відповіді.`,
'faq.status.count.zero': str`Знайдено ${0} відповідей.`,
'faq.status.none': `Відповідь не знайдено.`,
'faq.suggestions': `Підказки`,
'faq.updated': str`Востаннє перевірено: ${0}`,
    };
  