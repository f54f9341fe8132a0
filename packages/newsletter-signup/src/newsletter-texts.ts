import { msg } from '@lit/localize';
import type { FieldErrorCode, NewsletterTopic } from '@welcome-widgets/domain';
import type { FormField } from './signup-form.js';

// Functions, not constants: msg() must run during render to answer in the widget's language.

export function topicLabel(topic: NewsletterTopic): string {
  switch (topic) {
    case 'employers':
      return msg('Für Arbeitgeber', { id: 'newsletter.topic.employers' });
    case 'skilled-workers':
      return msg('Für Fachkräfte', { id: 'newsletter.topic.skilled-workers' });
    case 'events':
      return msg('Veranstaltungen', { id: 'newsletter.topic.events' });
    case 'legal-changes':
      return msg('Rechtsänderungen', { id: 'newsletter.topic.legal-changes' });
  }
}

export function fieldErrorText(field: FormField, code: FieldErrorCode | string): string {
  switch (field) {
    case 'email':
      return code === 'required'
        ? msg('Bitte geben Sie Ihre E-Mail-Adresse ein.', { id: 'newsletter.error.email-required' })
        : msg('Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.org.', {
            id: 'newsletter.error.email-invalid',
          });
    case 'topics':
      return msg('Bitte wählen Sie mindestens ein Thema.', { id: 'newsletter.error.topics' });
    case 'language':
      return msg('Bitte wählen Sie eine Sprache.', { id: 'newsletter.error.language' });
    case 'consent':
      return msg('Bitte stimmen Sie zu, damit wir Ihnen den Newsletter senden dürfen.', {
        id: 'newsletter.error.consent',
      });
  }
}
