import type { QuickcheckNote } from '../../contracts/index.js';

/**
 * Every code the evaluator may put into reasons, conditions and next steps. The widget has a
 * translated sentence for each (quickcheck-note-texts.ts); API clients get the code and figures.
 */
export const NOTE_CODES = [
  // reasons
  'eu-citizen',
  'job-offer',
  'degree-recognised',
  'vocational-recognised',
  'salary-standard',
  'salary-lower-shortage',
  'salary-lower-recent-degree',
  'it-experience',
  'state-recognised-abroad',
  'experience',
  'salary-experience-line',
  'collective-agreement',
  'privileged-country',
  'western-balkans-country',
  'partial-recognition',
  'recognition-partnership',
  'german-level',
  'funds-secured',
  'recognised-no-points',
  'points-reached',
  'pension-proof',
  // conditions
  'age-45-salary',
  'ba-approval',
  'ba-approval-priority-check',
  'qualified-employment',
  'quota',
  'apply-at-home-mission',
  'not-regulated-profession',
  'recognition-procedure',
  'compensation-measures',
  'funds-monthly',
  'language-for-card',
  // near misses (rules/near-misses.ts): what is missing and by how much
  'salary-short',
  'salary-short-shortage',
  'salary-short-recent-degree',
  'lower-line-would-apply',
  'or-collective-agreement',
  'points-short',
  // what the opportunity card still needs (rules/opportunity-card-gaps.ts)
  'card-qualification',
  'card-language',
  'card-points',
  'card-funds',
  // next steps
  'register-address',
  'visa-application',
  'entry-without-visa',
  'accelerated-procedure',
  'employer-declaration',
  'ba-pre-approval',
  'hire-like-locals',
  'recognition-partnership-agreement',
  'check-recognition',
  'learn-german',
  'secure-funds',
  'find-job-offer',
  'gain-qualification',
  'consultation',
] as const;
export type NoteCode = (typeof NOTE_CODES)[number];

export type Note = QuickcheckNote & { code: NoteCode };

export function note(code: NoteCode, values?: Record<string, number | string>): Note {
  return values ? { code, values } : { code };
}
