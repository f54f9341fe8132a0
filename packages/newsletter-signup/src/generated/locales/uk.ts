
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
'newsletter.already-confirmed.text': `Вашу підписку вже було підтверджено, більше нічого робити не потрібно. Кожен випуск містить посилання для відписки.`,
'newsletter.already-confirmed.title': `Ви вже підписані на розсилку.`,
'newsletter.already-unsubscribed.text': `Ви більше не отримуватимете від нас листів. Ви можете знову підписатися будь-коли.`,
'newsletter.already-unsubscribed.title': `Ви вже відписалися від розсилки.`,
'newsletter.confirmed.text': `Ви отримуватимете розсилку, починаючи з наступного випуску. У кожному випуску є посилання, щоб відписатися.`,
'newsletter.confirmed.title': `Дякуємо! Вашу підписку підтверджено.`,
'newsletter.consent': str`Я погоджуюся, що ${0} зберігатиме мою адресу електронної пошти, вибрані теми та мову, щоб надсилати мені розсилку. Я можу відписатися будь-коли.`,
'newsletter.email.hint': `Ми надішлемо Вам посилання для підтвердження підписки.`,
'newsletter.email.label': `Адреса електронної пошти`,
'newsletter.error.consent': `Будь ласка, надайте згоду, щоб ми могли надсилати Вам розсилку.`,
'newsletter.error.email-invalid': `Будь ласка, введіть дійсну адресу електронної пошти, наприклад name@example.org.`,
'newsletter.error.email-required': `Будь ласка, введіть свою адресу електронної пошти.`,
'newsletter.error.language': `Будь ласка, виберіть мову.`,
'newsletter.error.topics': `Будь ласка, виберіть принаймні одну тему.`,
'newsletter.heading': `Підписатися на розсилку`,
'newsletter.inbox.change': `Ввести іншу адресу`,
'newsletter.inbox.spam': `Не отримали листа? Будь ласка, перевірте також папку «Спам».`,
'newsletter.inbox.text': str`Ми надіслали електронний лист на адресу ${0}. Натисніть на посилання в ньому, щоб підтвердити підписку. Посилання дійсне 7 днів.`,
'newsletter.inbox.title': `Майже готово: будь ласка, підтвердьте свою підписку.`,
'newsletter.intro': `Новини про роботу, імміграцію та заходи електронною поштою — Вашою мовою. Усі поля обов’язкові для заповнення.`,
'newsletter.language.label': `Мова розсилки`,
'newsletter.submit': `Підписатися`,
'newsletter.submitting': `Надсилання…`,
'newsletter.token-failed.text': `Ваше посилання залишається дійсним.`,
'newsletter.token-invalid.confirm': `Посилання для підтвердження діють 7 днів і лише один раз. Просто підпишіться ще раз.`,
'newsletter.token-invalid.title': `Це посилання недійсне або термін його дії минув.`,
'newsletter.token-invalid.to-form': `До форми підписки`,
'newsletter.token-invalid.unsubscribe': `Будь ласка, скористайтеся посиланням для відписки з останнього листа розсилки, який Ви отримали.`,
'newsletter.token.confirming': `Перевіряємо Ваше підтвердження…`,
'newsletter.token.unsubscribing': `Скасовуємо Вашу підписку…`,
'newsletter.topic.employers': `Для роботодавців`,
'newsletter.topic.events': `Заходи`,
'newsletter.topic.legal-changes': `Зміни в законодавстві`,
'newsletter.topic.skilled-workers': `Для фахівців`,
'newsletter.topics.legend': `Теми`,
'newsletter.unsubscribed.text': `Ви більше не отримуватимете від нас листів. Ви можете знову підписатися будь-коли.`,
'newsletter.unsubscribed.title': `Ви відписалися від розсилки.`,
    };
  