// Types only: the tags are registered by the widget packages' `define` modules or the script tag.
export type * from './generated/global-components.js';
