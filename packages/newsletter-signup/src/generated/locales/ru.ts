
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
'newsletter.already-confirmed.text': `Ваша подписка уже была подтверждена, больше ничего делать не нужно. Каждый выпуск содержит ссылку для отказа от подписки.`,
'newsletter.already-confirmed.title': `Вы уже подписаны на рассылку.`,
'newsletter.already-unsubscribed.text': `Вы больше не будете получать от нас писем. Вы можете снова подписаться в любое время.`,
'newsletter.already-unsubscribed.title': `Вы уже отписались от рассылки.`,
'newsletter.confirmed.text': `Вы будете получать рассылку начиная со следующего выпуска. В каждом выпуске есть ссылка, чтобы отписаться.`,
'newsletter.confirmed.title': `Спасибо! Ваша подписка подтверждена.`,
'newsletter.consent': str`Я соглашаюсь с тем, что ${0} будет хранить мой адрес электронной почты, выбранные темы и язык, чтобы отправлять мне рассылку. Я могу отписаться в любое время.`,
'newsletter.email.hint': `Мы отправим Вам ссылку для подтверждения подписки.`,
'newsletter.email.label': `Адрес электронной почты`,
'newsletter.error.consent': `Пожалуйста, дайте согласие, чтобы мы могли отправлять Вам рассылку.`,
'newsletter.error.email-invalid': `Пожалуйста, введите действительный адрес электронной почты, например name@example.org.`,
'newsletter.error.email-required': `Пожалуйста, введите свой адрес электронной почты.`,
'newsletter.error.language': `Пожалуйста, выберите язык.`,
'newsletter.error.topics': `Пожалуйста, выберите хотя бы одну тему.`,
'newsletter.heading': `Подписаться на рассылку`,
'newsletter.inbox.change': `Ввести другой адрес`,
'newsletter.inbox.spam': `Не получили письмо? Пожалуйста, проверьте также папку «Спам».`,
'newsletter.inbox.text': str`Мы отправили письмо на адрес ${0}. Нажмите на ссылку в нём, чтобы подтвердить подписку. Ссылка действительна 7 дней.`,
'newsletter.inbox.title': `Почти готово: пожалуйста, подтвердите подписку.`,
'newsletter.intro': `Новости о работе, иммиграции и мероприятиях по электронной почте — на Вашем языке. Все поля обязательны для заполнения.`,
'newsletter.language.label': `Язык рассылки`,
'newsletter.submit': `Подписаться`,
'newsletter.submitting': `Отправка…`,
'newsletter.token-failed.text': `Ваша ссылка остаётся действительной.`,
'newsletter.token-invalid.confirm': `Ссылки для подтверждения действуют 7 дней и только один раз. Просто подпишитесь ещё раз.`,
'newsletter.token-invalid.title': `Эта ссылка недействительна или срок её действия истёк.`,
'newsletter.token-invalid.to-form': `К форме подписки`,
'newsletter.token-invalid.unsubscribe': `Пожалуйста, воспользуйтесь ссылкой для отказа от подписки из последнего полученного письма рассылки.`,
'newsletter.token.confirming': `Проверяем Ваше подтверждение…`,
'newsletter.token.unsubscribing': `Отменяем Вашу подписку…`,
'newsletter.topic.employers': `Для работодателей`,
'newsletter.topic.events': `Мероприятия`,
'newsletter.topic.legal-changes': `Изменения в законодательстве`,
'newsletter.topic.skilled-workers': `Для квалифицированных специалистов`,
'newsletter.topics.legend': `Темы`,
'newsletter.unsubscribed.text': `Вы больше не будете получать от нас писем. Вы можете снова подписаться в любое время.`,
'newsletter.unsubscribed.title': `Вы отписались от рассылки.`,
    };
  