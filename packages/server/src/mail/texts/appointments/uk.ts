import { minutesIn, type AppointmentMailTexts } from './appointment-mail-texts.js';

export const uk: AppointmentMailTexts = {
  holdSubject: (topic, when) => `Будь ласка, підтвердьте запис: ${topic}, ${when}`,
  holdIntro: 'дякуємо за ваш запис. Ми тримаємо цей час для вас:',
  holdAction: (minutes, until) =>
    `Будь ласка, підтвердьте запис протягом ${minutesIn('uk', minutes, { one: 'хвилини', few: 'хвилин', many: 'хвилин', other: 'хвилини' })} (до ${until}) за цим посиланням. Інакше час знову стане доступним для інших:`,
  holdNotYou:
    'Ви не записувалися? Тоді нічого робити не потрібно: без підтвердження час звільниться, а ми видалимо дані.',
  confirmSubject: (topic, when) => `Запис підтверджено: ${topic}, ${when}`,
  cancelSubject: (topic, when) => `Запис скасовано: ${topic}, ${when}`,
  greeting: 'Добрий день!',
  confirmIntro: 'Дякуємо за запис. Вашу онлайн-консультацію підтверджено.',
  cancelledIntro: 'Як Ви і просили, ми скасували Вашу консультацію.',
  cancelledByUsIntro: 'на жаль, ми змушені скасувати Вашу консультацію. Просимо вибачення.',
  cancelReasonLabel: 'Причина',
  topicLabel: 'Тема',
  timeLabel: 'Дата і час',
  consultantTimeLabel: 'Час у консультаційному центрі',
  languageLabel: 'Мова консультації',
  videoAction:
    'У призначений час, будь ласка, відкрийте це посилання на відеорозмову. Потрібен лише сучасний браузер, камера та мікрофон:',
  calendarAction: 'Запис для Вашого календаря є у вкладенні (beratung.ics), а також за посиланням:',
  cancelAction:
    'Якщо Ви не зможете взяти участь, будь ласка, скасуйте запис тут, щоб цим часом міг скористатися хтось інший:',
  notYou:
    'Ви не записувалися на цю консультацію? Тоді, будь ласка, скасуйте її за посиланням вище. Ваші дані ми використовуємо лише для цього запису.',
  cancelledCalendarHint: 'Відкрийте вкладення (beratung.ics), щоб видалити запис із календаря.',
  rebookAction: 'Якщо Ви бажаєте записатися на інший час, це можна зробити тут:',
  signature: (publisher) => `З повагою\nВаша команда ${publisher}`,
  calendarSummary: (topic) => `Консультація: ${topic}`,
  calendarVideo: 'Відеорозмова',
  calendarCancel: 'Скасувати запис',
};
