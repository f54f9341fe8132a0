import type { StaffLanguage, StaffRole } from '@welcome-widgets/domain';
import type { MailContent } from '../mail/mailer.js';
import { renderMail } from '../mail/render-mail.js';

interface InvitationTexts {
  subject: (publisher: string) => string;
  greeting: (name: string) => string;
  intro: (publisher: string, role: string) => string;
  action: (until: string) => string;
  notYou: string;
  roles: Record<StaffRole, string>;
  signature: (publisher: string) => string;
}

/** The console speaks German and English (ADR 0018); so does its one mail. */
const TEXTS: Record<StaffLanguage, InvitationTexts> = {
  de: {
    subject: (publisher) => `Einladung in die Verwaltung der Welcome-Widgets (${publisher})`,
    greeting: (name) => `Guten Tag ${name},`,
    intro: (publisher, role) =>
      `Sie wurden eingeladen, die Welcome-Widgets von ${publisher} mitzubetreuen, mit der Rolle „${role}“.`,
    action: (until) =>
      `Mit diesem Link legen Sie Ihr Passwort fest und melden sich an. Er gilt einmal und bis ${until}:`,
    notYou:
      'Sie erwarten diese Einladung nicht? Dann müssen Sie nichts tun: Ohne Ihre Anmeldung verfällt der Link und wir löschen die Einladung.',
    roles: { admin: 'Administration', editor: 'Redaktion', consultant: 'Beratung' },
    signature: (publisher) => `Mit freundlichen Grüßen\n${publisher}`,
  },
  en: {
    subject: (publisher) => `Invitation to the Welcome widgets console (${publisher})`,
    greeting: (name) => `Hello ${name},`,
    intro: (publisher, role) =>
      `You have been invited to help run ${publisher}'s Welcome widgets, with the role "${role}".`,
    action: (until) => `Use this link to set your password and sign in. It works once, until ${until}:`,
    notYou:
      'Not expecting this invitation? Then there is nothing to do: unused, the link expires and we delete the invitation.',
    roles: { admin: 'administrator', editor: 'editor', consultant: 'consultant' },
    signature: (publisher) => `Kind regards\n${publisher}`,
  },
};

export function invitationMail(options: {
  to: string;
  name: string;
  role: StaffRole;
  language: StaffLanguage;
  url: string;
  expiresAt: Date;
  publisher: string;
}): MailContent {
  const t = TEXTS[options.language];
  const until = new Intl.DateTimeFormat(options.language, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(options.expiresAt);
  const mail = renderMail({
    language: options.language,
    subject: t.subject(options.publisher),
    paragraphs: [t.greeting(options.name), t.intro(options.publisher, t.roles[options.role])],
    link: { label: t.action(until), url: options.url },
    afterLink: [t.notYou],
    signature: t.signature(options.publisher),
  });
  return { to: options.to, ...mail, headers: { 'Auto-Submitted': 'auto-generated' } };
}
