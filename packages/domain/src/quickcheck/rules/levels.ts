import { LANGUAGE_LEVELS, type LanguageLevel } from '../../contracts/index.js';

/** CEFR levels are ordered: B1 is at least A2. */
export function atLeast(level: LanguageLevel, minimum: LanguageLevel): boolean {
  return LANGUAGE_LEVELS.indexOf(level) >= LANGUAGE_LEVELS.indexOf(minimum);
}
