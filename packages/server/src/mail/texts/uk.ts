import type { NewsletterMailTexts } from './newsletter-mail-texts.js';

export const uk: NewsletterMailTexts = {
  confirmSubject: 'Будь ласка, підтвердьте підписку на розсилку',
  greeting: 'Добрий день!',
  confirmIntro: (publisher) =>
    `Ви або хтось інший вказали Вашу адресу електронної пошти, щоб отримувати розсилку від ${publisher} або змінити її теми.`,
  topicsLabel: 'Вибрані теми',
  confirmAction: (expiresAt) =>
    `Будь ласка, підтвердьте підписку за цим посиланням. Воно діє один раз, до ${expiresAt}:`,
  confirmIgnore:
    'Якщо це були не Ви, просто проігноруйте цей лист. Без підтвердження ми нічого Вам не надсилатимемо, а Вашу адресу видалимо, щойно закінчиться термін дії посилання.',
  welcomeSubject: 'Вашу підписку на розсилку підтверджено',
  welcomeBody: (publisher) =>
    `Щиро дякуємо: Вашу підписку на розсилку від ${publisher} підтверджено. Ви отримуватимете її, починаючи з наступного випуску.`,
  unsubscribeLabel: 'Відписатися від розсилки можна будь-коли одним натисканням',
  signature: (publisher) => `Ваша команда ${publisher}`,
  topics: {
    employers: 'Для роботодавців',
    'skilled-workers': 'Для фахівців',
    events: 'Заходи',
    'legal-changes': 'Зміни в законодавстві',
  },
};
