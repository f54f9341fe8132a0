import { minutesIn, type AppointmentMailTexts } from './appointment-mail-texts.js';

export const es: AppointmentMailTexts = {
  holdSubject: (topic, when) => `Confirme su cita, por favor: ${topic}, ${when}`,
  holdIntro: 'gracias por su reserva. Le reservamos esta cita:',
  holdAction: (minutes, until) =>
    `Confirme la cita en un plazo de ${minutesIn('es', minutes, { one: 'minuto', other: 'minutos' })} (hasta las ${until}) con este enlace. De lo contrario, el horario quedará libre para otras personas:`,
  holdNotYou:
    '¿No ha reservado esta cita? Entonces no tiene que hacer nada: sin confirmación, el horario queda libre y borramos los datos.',
  confirmSubject: (topic, when) => `Cita confirmada: ${topic}, ${when}`,
  cancelSubject: (topic, when) => `Cita cancelada: ${topic}, ${when}`,
  greeting: 'Hola:',
  confirmIntro: 'Gracias por su reserva. Su cita de asesoramiento en línea está confirmada.',
  cancelledIntro: 'Tal como nos pidió, hemos cancelado su cita de asesoramiento.',
  cancelledByUsIntro: 'Lamentablemente tenemos que cancelar su cita de asesoramiento. Le pedimos disculpas.',
  cancelReasonLabel: 'Motivo',
  topicLabel: 'Tema',
  timeLabel: 'Fecha y hora',
  consultantTimeLabel: 'Hora en nuestra oficina',
  languageLabel: 'Idioma del asesoramiento',
  videoAction:
    'A la hora de la cita, abra este enlace a la videollamada. Solo necesita un navegador actualizado con cámara y micrófono:',
  calendarAction: 'Encontrará la cita para su calendario en el archivo adjunto (beratung.ics) y también aquí:',
  cancelAction: 'Si no puede asistir, cancele la cita aquí para que otra persona pueda aprovecharla:',
  notYou:
    '¿No ha reservado usted esta cita? En ese caso, cancélela con el enlace de arriba. Usamos sus datos solo para esta cita.',
  cancelledCalendarHint: 'Abra el archivo adjunto (beratung.ics) para quitar la cita de su calendario.',
  rebookAction: 'Si desea una nueva cita, puede reservarla aquí:',
  signature: (publisher) => `Atentamente,\nEl equipo de ${publisher}`,
  calendarSummary: (topic) => `Asesoramiento: ${topic}`,
  calendarVideo: 'Videollamada',
  calendarCancel: 'Cancelar la cita',
};
