import { minutesIn, type AppointmentMailTexts } from './appointment-mail-texts.js';

export const ru: AppointmentMailTexts = {
  holdSubject: (topic, when) => `Пожалуйста, подтвердите запись: ${topic}, ${when}`,
  holdIntro: 'спасибо за вашу запись. Мы держим это время для вас:',
  holdAction: (minutes, until) =>
    `Пожалуйста, подтвердите запись в течение ${minutesIn('ru', minutes, { one: 'минуты', few: 'минут', many: 'минут', other: 'минуты' })} (до ${until}) по этой ссылке. Иначе время снова станет доступным для других:`,
  holdNotYou:
    'Вы не записывались? Тогда ничего делать не нужно: без подтверждения время освободится, а мы удалим данные.',
  confirmSubject: (topic, when) => `Запись подтверждена: ${topic}, ${when}`,
  cancelSubject: (topic, when) => `Запись отменена: ${topic}, ${when}`,
  greeting: 'Здравствуйте!',
  confirmIntro: 'Спасибо за запись. Ваша онлайн-консультация подтверждена.',
  cancelledIntro: 'Как Вы и просили, мы отменили Вашу консультацию.',
  cancelledByUsIntro: 'к сожалению, мы вынуждены отменить Вашу консультацию. Приносим извинения.',
  cancelReasonLabel: 'Причина',
  topicLabel: 'Тема',
  timeLabel: 'Дата и время',
  consultantTimeLabel: 'Время в консультационном центре',
  languageLabel: 'Язык консультации',
  videoAction:
    'В назначенное время, пожалуйста, откройте эту ссылку на видеозвонок. Нужен только современный браузер, камера и микрофон:',
  calendarAction: 'Запись для Вашего календаря находится во вложении (beratung.ics), а также по ссылке:',
  cancelAction:
    'Если Вы не сможете прийти, пожалуйста, отмените запись здесь, чтобы этим временем мог воспользоваться кто-то другой:',
  notYou:
    'Вы не записывались на эту консультацию? Тогда, пожалуйста, отмените её по ссылке выше. Ваши данные мы используем только для этой записи.',
  cancelledCalendarHint: 'Откройте вложение (beratung.ics), чтобы удалить запись из календаря.',
  rebookAction: 'Если Вы хотите записаться на другое время, это можно сделать здесь:',
  signature: (publisher) => `С уважением\nВаша команда ${publisher}`,
  calendarSummary: (topic) => `Консультация: ${topic}`,
  calendarVideo: 'Видеозвонок',
  calendarCancel: 'Отменить запись',
};
