import { msg } from '@lit/localize';
import type { StaffRole } from '@welcome-widgets/domain';
import type { RouteName } from './routes.js';

// Functions, not constants: msg() must run during render to answer in the console's language.

export function consoleName(): string {
  return msg('Welcome-Konsole', { id: 'admin.console.name' });
}

/** A view's heading, its entry in the navigation and the page title. */
export function viewTitle(name: RouteName): string {
  switch (name) {
    case 'login':
      return msg('Anmelden', { id: 'admin.view.login' });
    case 'accept':
      return msg('Einladung annehmen', { id: 'admin.view.accept' });
    case 'accounts':
      return msg('Konten', { id: 'admin.view.accounts' });
    case 'audit':
      return msg('Protokoll', { id: 'admin.view.audit' });
    case 'account':
      return msg('Mein Konto', { id: 'admin.view.account' });
    case 'bookings':
      return msg('Termine', { id: 'admin.view.bookings' });
    case 'calendar':
      return msg('Kalender', { id: 'admin.view.calendar' });
    case 'appointments':
      return msg('Beratungsangebot', { id: 'admin.view.appointments' });
    case 'newsletter':
      return msg('Newsletter', { id: 'admin.view.newsletter' });
    case 'faq':
      return msg('Häufige Fragen', { id: 'admin.view.faq' });
    case 'figures':
      return msg('Zahlen', { id: 'admin.view.figures' });
  }
}

export function roleLabel(role: StaffRole): string {
  switch (role) {
    case 'admin':
      return msg('Administration', { id: 'admin.role.admin' });
    case 'editor':
      return msg('Redaktion', { id: 'admin.role.editor' });
    case 'consultant':
      return msg('Beratung', { id: 'admin.role.consultant' });
  }
}

/** The form fields of the console; each error is a field code from the contracts (or `mismatch`). */
export type ConsoleField =
  | 'email'
  | 'password'
  | 'name'
  | 'role'
  | 'consultantId'
  | 'language'
  | 'currentPassword'
  | 'newPassword'
  | 'repeatPassword';

export function fieldErrorText(field: ConsoleField, code: string): string {
  if (code === 'required') return requiredText(field);
  switch (field) {
    case 'email':
      return code === 'taken'
        ? msg('Für diese Adresse gibt es schon ein Konto oder eine offene Einladung.', {
            id: 'admin.error.email-taken',
          })
        : msg('Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.org.', {
            id: 'admin.error.email-invalid',
          });
    case 'name':
      return code === 'too_long'
        ? msg('Der Name darf höchstens 100 Zeichen lang sein.', { id: 'admin.error.name-too-long' })
        : msg('Bitte geben Sie den Namen ohne Zeilenumbrüche oder Steuerzeichen ein.', {
            id: 'admin.error.name-invalid',
          });
    case 'consultantId':
      return msg('Bitte geben Sie die Kennung aus den Termindaten ein: Kleinbuchstaben, Ziffern und Bindestriche.', {
        id: 'admin.error.consultant-invalid',
      });
    case 'currentPassword':
      return msg('Das bisherige Passwort stimmt nicht.', { id: 'admin.error.current-password' });
    case 'repeatPassword':
      return msg('Die beiden Passwörter stimmen nicht überein.', { id: 'admin.error.password-mismatch' });
    case 'password':
    case 'newPassword':
      return newPasswordText(code);
    case 'role':
    case 'language':
      return msg('Bitte wählen Sie einen der angebotenen Werte.', { id: 'admin.error.choice' });
  }
}

function requiredText(field: ConsoleField): string {
  switch (field) {
    case 'email':
      return msg('Bitte geben Sie die E-Mail-Adresse ein.', { id: 'admin.error.email-required' });
    case 'name':
      return msg('Bitte geben Sie den Namen ein.', { id: 'admin.error.name-required' });
    case 'consultantId':
      return msg('Für die Rolle Beratung ist die Kennung der Beraterin oder des Beraters nötig.', {
        id: 'admin.error.consultant-required',
      });
    case 'repeatPassword':
      return msg('Bitte wiederholen Sie das neue Passwort.', { id: 'admin.error.repeat-required' });
    case 'password':
    case 'currentPassword':
    case 'newPassword':
      return msg('Bitte geben Sie das Passwort ein.', { id: 'admin.error.password-required' });
    case 'role':
    case 'language':
      return msg('Bitte wählen Sie einen der angebotenen Werte.', { id: 'admin.error.choice' });
  }
}

function newPasswordText(code: string): string {
  switch (code) {
    case 'too_short':
      return msg('Das Passwort muss mindestens 12 Zeichen lang sein.', { id: 'admin.error.password-short' });
    case 'too_long':
      return msg('Das Passwort darf höchstens 256 Zeichen lang sein.', { id: 'admin.error.password-long' });
    case 'common_password':
      return msg('Dieses Passwort steht auf einer Liste häufig benutzter Passwörter. Bitte wählen Sie ein anderes.', {
        id: 'admin.error.password-common',
      });
    default:
      return msg('Dieses Passwort ist nicht möglich. Bitte wählen Sie ein anderes.', {
        id: 'admin.error.password-invalid',
      });
  }
}

/** The audit log's actions in words; an action the console does not know yet shows its code only. */
export function actionLabel(action: string): string | undefined {
  switch (action) {
    case 'session.login':
      return msg('Angemeldet', { id: 'admin.action.session-login' });
    case 'session.logout':
      return msg('Abgemeldet', { id: 'admin.action.session-logout' });
    case 'session.logout-all':
      return msg('Überall abgemeldet', { id: 'admin.action.session-logout-all' });
    case 'user.create':
      return msg('Konto angelegt', { id: 'admin.action.user-create' });
    case 'user.invite':
      return msg('Eingeladen', { id: 'admin.action.user-invite' });
    case 'user.accept':
    case 'invitation.accept':
      return msg('Einladung angenommen', { id: 'admin.action.invitation-accept' });
    case 'invitation.revoke':
      return msg('Einladung zurückgezogen', { id: 'admin.action.invitation-revoke' });
    case 'user.role':
      return msg('Rolle geändert', { id: 'admin.action.user-role' });
    case 'user.update':
      return msg('Konto geändert', { id: 'admin.action.user-update' });
    case 'user.disable':
      return msg('Konto gesperrt', { id: 'admin.action.user-disable' });
    case 'user.enable':
      return msg('Konto entsperrt', { id: 'admin.action.user-enable' });
    case 'user.password':
    case 'password.change':
      return msg('Passwort geändert', { id: 'admin.action.password-change' });
    case 'faq.entry.create':
      return msg('FAQ-Eintrag angelegt', { id: 'admin.action.faq-entry-create' });
    case 'faq.entry.update':
      return msg('FAQ-Eintrag geändert', { id: 'admin.action.faq-entry-update' });
    case 'faq.entry.delete':
      return msg('FAQ-Eintrag gelöscht', { id: 'admin.action.faq-entry-delete' });
    case 'faq.text.update':
      return msg('FAQ-Text gespeichert', { id: 'admin.action.faq-text-update' });
    case 'faq.text.delete':
      return msg('FAQ-Übersetzung zurückgezogen', { id: 'admin.action.faq-text-delete' });
    case 'faq.categories.update':
      return msg('FAQ-Kategorien geändert', { id: 'admin.action.faq-categories-update' });
    case 'faq.synonyms.update':
      return msg('FAQ-Synonyme geändert', { id: 'admin.action.faq-synonyms-update' });
    case 'faq.import':
      return msg('FAQ importiert', { id: 'admin.action.faq-import' });
    case 'appointment.consultant.update':
      return msg('Kalender geändert', { id: 'admin.action.appointment-consultant-update' });
    case 'appointment.consultant.create':
      return msg('Beraterin oder Berater hinzugefügt', { id: 'admin.action.appointment-consultant-create' });
    case 'appointment.topic.update':
      return msg('Thema geändert', { id: 'admin.action.appointment-topic-update' });
    case 'appointment.settings.update':
      return msg('Schließtage oder Buchungsregeln geändert', { id: 'admin.action.appointment-settings-update' });
    case 'appointment.booking.cancel':
      return msg('Termin abgesagt', { id: 'admin.action.appointment-booking-cancel' });
    case 'appointment.feed.rotate':
      return msg('Kalender-Abo-Adresse erstellt', { id: 'admin.action.appointment-feed-rotate' });
    case 'appointment.feed.revoke':
      return msg('Kalender-Abo-Adresse widerrufen', { id: 'admin.action.appointment-feed-revoke' });
    default:
      return undefined;
  }
}
