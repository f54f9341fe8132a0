import type { NewsletterMailTexts } from './newsletter-mail-texts.js';

export const ru: NewsletterMailTexts = {
  confirmSubject: 'Пожалуйста, подтвердите подписку на рассылку',
  greeting: 'Здравствуйте!',
  confirmIntro: (publisher) =>
    `Вы или кто-то другой указали Ваш адрес электронной почты, чтобы получать рассылку от ${publisher} или изменить её темы.`,
  topicsLabel: 'Выбранные темы',
  confirmAction: (expiresAt) =>
    `Пожалуйста, подтвердите подписку по этой ссылке. Она действует один раз, до ${expiresAt}:`,
  confirmIgnore:
    'Если это были не Вы, просто проигнорируйте это письмо. Без подтверждения мы ничего не будем Вам отправлять и удалим Ваш адрес, когда истечёт срок действия ссылки.',
  welcomeSubject: 'Ваша подписка на рассылку подтверждена',
  welcomeBody: (publisher) =>
    `Большое спасибо: Ваша подписка на рассылку от ${publisher} подтверждена. Вы будете получать её начиная со следующего выпуска.`,
  unsubscribeLabel: 'Отписаться от рассылки можно в любое время одним нажатием',
  signature: (publisher) => `Ваша команда ${publisher}`,
  topics: {
    employers: 'Для работодателей',
    'skilled-workers': 'Для квалифицированных специалистов',
    events: 'Мероприятия',
    'legal-changes': 'Изменения в законодательстве',
  },
};
