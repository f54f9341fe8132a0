import type { NewsletterMailTexts } from './newsletter-mail-texts.js';

export const es: NewsletterMailTexts = {
  confirmSubject: 'Confirme su suscripción al boletín',
  greeting: 'Hola:',
  confirmIntro: (publisher) =>
    `Usted u otra persona ha indicado su dirección de correo electrónico para recibir el boletín de ${publisher} o cambiar sus temas.`,
  topicsLabel: 'Temas elegidos',
  confirmAction: (expiresAt) =>
    `Confirme la suscripción con este enlace. Solo puede usarse una vez, hasta el ${expiresAt}:`,
  confirmIgnore:
    'Si no ha sido usted, simplemente ignore este correo. Sin confirmación no le enviaremos nada y borraremos su dirección cuando caduque el enlace.',
  welcomeSubject: 'Su suscripción al boletín está confirmada',
  welcomeBody: (publisher) =>
    `Muchas gracias: su suscripción al boletín de ${publisher} está confirmada. Lo recibirá a partir del próximo número.`,
  unsubscribeLabel: 'Cancelar la suscripción al boletín en cualquier momento con un solo clic',
  signature: (publisher) => `El equipo de ${publisher}`,
  topics: {
    employers: 'Para empleadores',
    'skilled-workers': 'Para trabajadores cualificados',
    events: 'Eventos',
    'legal-changes': 'Cambios legislativos',
  },
};
