import { msg } from '@lit/localize';
import type {
  NewsletterIssueStatus,
  NewsletterRecipientStatus,
  NewsletterTopic,
  SupportedLocale,
} from '@welcome-widgets/domain';
import type { IssueField } from './newsletter-forms.js';

// Functions, not constants: msg() must run during render to answer in the console's language.

export function topicLabel(topic: NewsletterTopic): string {
  switch (topic) {
    case 'employers':
      return msg('Für Arbeitgeber', { id: 'admin.newsletter.topic.employers' });
    case 'skilled-workers':
      return msg('Für Fachkräfte', { id: 'admin.newsletter.topic.skilled-workers' });
    case 'events':
      return msg('Veranstaltungen', { id: 'admin.newsletter.topic.events' });
    case 'legal-changes':
      return msg('Rechtsänderungen', { id: 'admin.newsletter.topic.legal-changes' });
  }
}

/** A subscriber language named in the console's language (staff may not read every endonym). */
export function languageLabel(language: SupportedLocale, consoleLocale: string): string {
  try {
    return new Intl.DisplayNames([consoleLocale], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}

export function issueStatusLabel(status: NewsletterIssueStatus): string {
  switch (status) {
    case 'draft':
      return msg('Entwurf', { id: 'admin.newsletter.status.draft' });
    case 'sending':
      return msg('Wird versendet', { id: 'admin.newsletter.status.sending' });
    case 'sent':
      return msg('Versendet', { id: 'admin.newsletter.status.sent' });
  }
}

export function recipientStatusLabel(status: NewsletterRecipientStatus): string {
  switch (status) {
    case 'queued':
      return msg('in der Warteschlange', { id: 'admin.newsletter.recipient.queued' });
    case 'sent':
      return msg('an den Mailserver übergeben', { id: 'admin.newsletter.recipient.sent' });
    case 'failed':
      return msg('abgewiesen', { id: 'admin.newsletter.recipient.failed' });
  }
}

export function issueFieldError(field: IssueField, code: string): string {
  if (field === 'topics') return msg('Bitte wählen Sie mindestens ein Thema.', { id: 'admin.newsletter.error.topics' });
  if (field === 'languages')
    return code === 'required'
      ? msg('Bitte wählen Sie mindestens eine Sprache.', { id: 'admin.newsletter.error.languages' })
      : msg('Bitte prüfen Sie die Texte der gewählten Sprachen.', { id: 'admin.newsletter.error.texts' });
  const subject = field.startsWith('subject-');
  switch (code) {
    case 'required':
      return subject
        ? msg('Bitte geben Sie den Betreff ein.', { id: 'admin.newsletter.error.subject-required' })
        : msg('Bitte schreiben Sie den Text der Ausgabe.', { id: 'admin.newsletter.error.markdown-required' });
    case 'too_long':
      return subject
        ? msg('Der Betreff darf höchstens 200 Zeichen lang sein.', { id: 'admin.newsletter.error.subject-long' })
        : msg('Der Text darf höchstens 50.000 Zeichen lang sein.', { id: 'admin.newsletter.error.markdown-long' });
    case 'control_characters':
      return subject
        ? msg('Der Betreff muss eine Zeile ohne Steuerzeichen sein.', { id: 'admin.newsletter.error.subject-invalid' })
        : msg('Der Text enthält Steuerzeichen, die nicht erlaubt sind.', {
            id: 'admin.newsletter.error.markdown-invalid',
          });
    default:
      return msg('Dieser Wert ist nicht möglich.', { id: 'admin.newsletter.error.invalid' });
  }
}
