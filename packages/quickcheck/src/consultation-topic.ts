import type { Audience, QuickcheckResult } from '@welcome-widgets/domain';

/**
 * The consultation topic a result hands over to the appointment picker (`?topic=`). Topic ids
 * are shared with the appointment backend (docs/adr/0004-quickcheck.md).
 */
export type ConsultationTopic = 'employers' | 'recognition' | 'opportunity-card' | 'work-visa';

export function consultationTopic(result: QuickcheckResult, audience: Audience): ConsultationTopic {
  if (audience === 'employer') return 'employers';
  const first = result.pathways[0]?.id;
  if (first === 'opportunity-card') return 'opportunity-card';
  if (first === 'recognition-measures' || result.nextSteps.some((step) => step.code === 'check-recognition'))
    return 'recognition';
  return 'work-visa';
}

/**
 * The booking page's address with the topic and the widget's language added, keeping what the
 * partner put there: the person continues in the language they read the result in.
 */
export function bookingLink(bookingHref: string, topic: ConsultationTopic, base: string, lang: string): string {
  const url = new URL(bookingHref, base);
  url.searchParams.set('topic', topic);
  url.searchParams.set('lang', lang);
  return url.href;
}
