import { QUESTIONS, type Answers, type Question } from './questionnaire.js';

/**
 * Answers in a URL fragment (`#quickcheck=citizenship.IN~jobOffer.1~…`): a deep link that restores a
 * check. Fragments never reach a server, so the answers stay on the device that shares them.
 */
export const FRAGMENT_KEY = 'quickcheck';

export function encodeAnswers(answers: Answers): string {
  const parts: string[] = [];
  for (const { id } of QUESTIONS) {
    const value = answers[id];
    if (value === undefined) continue;
    parts.push(`${id}.${value === null ? '' : typeof value === 'boolean' ? (value ? '1' : '0') : String(value)}`);
  }
  return `${FRAGMENT_KEY}=${parts.join('~')}`;
}

/** Reads answers back; anything unknown, malformed or out of range is dropped, never trusted. */
export function decodeAnswers(fragment: string): Answers | undefined {
  const text = fragment.replace(/^#/, '');
  if (!text.startsWith(`${FRAGMENT_KEY}=`)) return undefined;
  const answers: Record<string, unknown> = {};
  for (const part of decodeURIComponent(text.slice(FRAGMENT_KEY.length + 1)).split('~')) {
    const dot = part.indexOf('.');
    const question = QUESTIONS.find((q) => q.id === part.slice(0, dot));
    if (!question) continue;
    const value = parseValue(question, part.slice(dot + 1));
    if (value !== undefined) answers[question.id] = value;
  }
  return answers as Answers;
}

function parseValue(question: Question, raw: string): unknown {
  switch (question.kind) {
    case 'yes-no':
      return raw === '1' ? true : raw === '0' ? false : undefined;
    case 'country':
    case 'choice':
      return question.options?.includes(raw) ? raw : undefined;
    case 'number':
    case 'money': {
      if (raw === '' && question.id === 'annualSalaryEur') return undefined;
      const number = Number(raw);
      const inRange = Number.isFinite(number) && number >= (question.min ?? 0) && number <= (question.max ?? Infinity);
      return raw !== '' && inRange ? number : undefined;
    }
  }
}
