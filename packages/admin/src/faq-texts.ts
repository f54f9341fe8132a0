import { msg } from '@lit/localize';
import type { FaqTextStatus, SupportedLocale } from '@welcome-widgets/domain';

// The FAQ view's words. Functions, not constants: msg() must run during render.

/** A FAQ language named in the console's language ("Englisch", "Ukrainian"). */
export function faqLanguageName(language: SupportedLocale, consoleLocale: string): string {
  try {
    return new Intl.DisplayNames([consoleLocale], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}

export function faqStatusLabel(status: FaqTextStatus): string {
  switch (status) {
    case 'current':
      return msg('aktuell', { id: 'admin.faq.status.current' });
    case 'outdated':
      return msg('veraltet', { id: 'admin.faq.status.outdated' });
    case 'missing':
      return msg('fehlt', { id: 'admin.faq.status.missing' });
  }
}

/** What the status means for readers, said under the language being edited. */
export function faqStatusExplained(status: FaqTextStatus): string {
  switch (status) {
    case 'current':
      return msg('Aktuell: nach der letzten Änderung der deutschen Fassung gespeichert.', {
        id: 'admin.faq.status.current-explained',
      });
    case 'outdated':
      return msg(
        'Veraltet: Die deutsche Fassung wurde später geändert. Das Widget weist Leserinnen und Leser darauf hin, bis diese Übersetzung wieder gespeichert ist.',
        { id: 'admin.faq.status.outdated-explained' },
      );
    case 'missing':
      return msg('Fehlt: Das Widget zeigt in dieser Sprache die deutsche Fassung.', {
        id: 'admin.faq.status.missing-explained',
      });
  }
}

export type FaqField = 'id' | 'category' | 'title' | 'body';

export function faqFieldErrorText(field: FaqField, code: string): string {
  switch (field) {
    case 'id':
      if (code === 'required') return msg('Bitte geben Sie eine Kennung ein.', { id: 'admin.faq.error.id-required' });
      if (code === 'taken')
        return msg('Diese Kennung hat schon ein anderer Eintrag.', { id: 'admin.faq.error.id-taken' });
      return msg('Die Kennung besteht aus Kleinbuchstaben, Ziffern und Bindestrichen, höchstens 64 Zeichen.', {
        id: 'admin.faq.error.id-invalid',
      });
    case 'category':
      return msg('Bitte wählen Sie eine der Kategorien.', { id: 'admin.faq.error.category' });
    case 'title':
      if (code === 'required' || code === 'too_short')
        return msg('Bitte geben Sie die Frage ein (mindestens 3 Zeichen).', { id: 'admin.faq.error.title-short' });
      if (code === 'too_long')
        return msg('Die Frage darf höchstens 300 Zeichen lang sein.', { id: 'admin.faq.error.title-long' });
      return msg('Bitte schreiben Sie die Frage in eine Zeile, ohne Steuerzeichen.', {
        id: 'admin.faq.error.title-invalid',
      });
    case 'body':
      if (code === 'required' || code === 'too_short')
        return msg('Bitte geben Sie die Antwort ein.', { id: 'admin.faq.error.body-required' });
      if (code === 'too_long')
        return msg('Die Antwort darf höchstens 20.000 Zeichen lang sein.', { id: 'admin.faq.error.body-long' });
      return msg('Die Antwort enthält unsichtbare Steuerzeichen; bitte entfernen Sie sie.', {
        id: 'admin.faq.error.body-invalid',
      });
  }
}
