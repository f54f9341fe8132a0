import { msg, str } from '@lit/localize';

// The figures view's words. Functions, not constants: msg() must run during render to answer in
// the console's language.

export function figureFieldError(code: string): string {
  switch (code) {
    case 'required':
      return msg('Bitte füllen Sie dieses Feld aus.', { id: 'admin.figures.error.required' });
    case 'too_long':
      return msg('Dieser Text ist zu lang.', { id: 'admin.figures.error.too-long' });
    case 'control_characters':
      return msg('Bitte entfernen Sie Zeilenumbrüche und unsichtbare Steuerzeichen.', {
        id: 'admin.figures.error.control',
      });
    default:
      return msg('Dieser Wert ist nicht möglich.', { id: 'admin.figures.error.invalid' });
  }
}

export function asOfLabel(): string {
  return msg('Datenstand', { id: 'admin.figures.as-of' });
}

export function seriesLabelText(key: string): string {
  return msg(str`Bezeichnung der Reihe „${key}“`, { id: 'admin.figures.texts.label' });
}

export function lineLabel(line: number): string {
  return msg(str`Zeile ${line}:`, { id: 'admin.figures.upload.line' });
}
