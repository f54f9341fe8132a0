// Demo only: the seven languages of the widgets, each named in itself, for the demo's menus.
export const LANGUAGES = [
  ['de', 'Deutsch'],
  ['en', 'English'],
  ['uk', 'Українська'],
  ['ru', 'Русский'],
  ['ar', 'العربية'],
  ['es', 'Español'],
  ['vi', 'Tiếng Việt'],
];
