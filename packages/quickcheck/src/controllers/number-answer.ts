import type { Question } from '@welcome-widgets/domain/quickcheck';
import { parseLocaleNumber } from '../ui/locale-number.js';
import type { AnswerError } from './questionnaire-controller.js';

export { formatLocaleNumber } from '../ui/locale-number.js';

/**
 * A typed number read for its question, in the reader's locale: the value, or the error to show.
 * Number questions come after the first, so this comes with the later chunk.
 */
export function readNumber(
  question: Question,
  draft: string,
  locale: string,
): { value: number } | { error: AnswerError } {
  const value = parseLocaleNumber(draft, locale);
  const min = question.min ?? 0;
  const max = question.max ?? Number.MAX_SAFE_INTEGER;
  const wholeOnly = question.id === 'age' || question.id === 'priorStayMonthsLast5';
  if (value === undefined || value < min || value > max || (wholeOnly && !Number.isInteger(value))) {
    return {
      error:
        draft.trim() === ''
          ? { kind: 'number-required' }
          : { kind: wholeOnly ? 'whole-number' : 'number-range', min, max },
    };
  }
  return { value };
}
