import { msg } from '@lit/localize';
import type { TokenOutcome } from './newsletter-api.js';

/** What a redeemed link means to the person: a second click on a used link is good news too. */
export function tokenOutcome(outcome: TokenOutcome): { title: string; text: string } {
  switch (outcome) {
    case 'confirmed':
      return {
        title: msg('Danke! Ihr Abonnement ist bestätigt.', { id: 'newsletter.confirmed.title' }),
        text: msg(
          'Sie erhalten den Newsletter ab der nächsten Ausgabe. Jede Ausgabe enthält einen Link zum Abbestellen.',
          { id: 'newsletter.confirmed.text' },
        ),
      };
    case 'already-confirmed':
      return {
        title: msg('Sie haben den Newsletter bereits abonniert.', { id: 'newsletter.already-confirmed.title' }),
        text: msg(
          'Ihre Anmeldung war schon bestätigt; Sie müssen nichts mehr tun. Jede Ausgabe enthält einen Link zum Abbestellen.',
          { id: 'newsletter.already-confirmed.text' },
        ),
      };
    case 'unsubscribed':
      return {
        title: msg('Sie haben den Newsletter abbestellt.', { id: 'newsletter.unsubscribed.title' }),
        text: msg('Sie erhalten keine weiteren E-Mails von uns. Sie können sich jederzeit wieder anmelden.', {
          id: 'newsletter.unsubscribed.text',
        }),
      };
    case 'already-unsubscribed':
      return {
        title: msg('Sie haben den Newsletter bereits abbestellt.', { id: 'newsletter.already-unsubscribed.title' }),
        text: msg('Sie erhalten keine E-Mails mehr von uns. Sie können sich jederzeit wieder anmelden.', {
          id: 'newsletter.already-unsubscribed.text',
        }),
      };
  }
}
