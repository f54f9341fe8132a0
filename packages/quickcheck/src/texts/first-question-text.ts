import { msg } from '@lit/localize';
import type { Audience } from '@welcome-widgets/domain';

// Functions, not constants: msg() must run during render to answer in the widget's language.

export interface QuestionText {
  label: string;
  hint?: string;
}

/**
 * The first question's text, apart from the others: the first view carries it, the other
 * questions' texts come with the later chunk (../later/later-chunk.ts).
 */
export function citizenshipText(audience: Audience): QuestionText {
  return audience === 'employer'
    ? { label: msg('Welche Staatsangehörigkeit hat die Person?', { id: 'quickcheck.q.citizenship.employer' }) }
    : { label: msg('Welche Staatsangehörigkeit haben Sie?', { id: 'quickcheck.q.citizenship' }) };
}
