import { FaqResponse, FaqSearchResponse, toSupportedLocale, type FaqEntry } from '@welcome-widgets/domain';
import { FaqSearch } from '@welcome-widgets/domain/faq-search';
import { HttpResponse, http, type HttpHandler } from 'msw';
import { checked, scenarioResponse } from './respond.js';
import type { Scenario } from './scenarios.js';

const entry = (id: string, category: string, question: string, answer: string, related: string[] = []): FaqEntry => ({
  id,
  category,
  question,
  answerHtml: `<p>${answer}</p>`,
  answerText: answer,
  related,
  updated: '2026-11-25',
  language: 'de',
  fallback: false,
  outdated: false,
});

/** A few entries in German, for stories and error states; the real content lives on the server. */
const ENTRIES: FaqEntry[] = [
  entry(
    'blue-card-salary',
    'blue-card',
    'Wie hoch muss das Gehalt für die Blaue Karte EU sein?',
    'Stand 2026: 50.700 Euro im Jahr; in Engpassberufen, für IT-Fachkräfte und Berufseinsteiger 45.934,20 Euro.',
    ['opportunity-card-overview'],
  ),
  entry(
    'opportunity-card-overview',
    'opportunity-card',
    'Was ist die Chancenkarte?',
    'Mit der Chancenkarte können Sie bis zu einem Jahr in Deutschland Arbeit suchen und dabei bis zu 20 Stunden in der Woche arbeiten.',
  ),
  entry(
    'arrival-registration',
    'arrival',
    'Wie und wann melde ich meine Wohnung an?',
    'Innerhalb von zwei Wochen nach dem Einzug beim Bürgeramt Ihrer Gemeinde.',
  ),
  entry(
    'accelerated-procedure',
    'employers',
    'Was ist das beschleunigte Fachkräfteverfahren nach § 81a AufenthG?',
    'Der Arbeitgeber beantragt es bei der Ausländerbehörde; die Gebühr beträgt 411 Euro.',
  ),
];

/**
 * The one English text of the mock, saved before its German text last changed: the widget says so
 * (`outdated`). Other English entries show German, as the server does for a missing translation.
 */
const ENGLISH: Record<string, FaqEntry> = {
  'blue-card-salary': {
    ...entry(
      'blue-card-salary',
      'blue-card',
      'How high must the salary be for the EU Blue Card?',
      'As of 2025: 48,300 euros a year; 43,759.80 euros in shortage occupations, for IT specialists and for new graduates.',
      ['opportunity-card-overview'],
    ),
    language: 'en',
    outdated: true,
  },
};

function inLanguage(language: string): FaqEntry[] {
  if (language === 'de') return ENTRIES;
  return ENTRIES.map((e) => (language === 'en' ? ENGLISH[e.id] : undefined) ?? { ...e, fallback: true });
}

const CATEGORIES = [
  { id: 'blue-card', title: 'Blaue Karte EU' },
  { id: 'opportunity-card', title: 'Chancenkarte' },
  { id: 'arrival', title: 'Ankommen und Anmelden' },
  { id: 'employers', title: 'Für Arbeitgeber' },
];
const SYNONYMS = [['Blaue Karte', 'Blue Card', 'EU-Karte']];

/** The FAQ endpoints in memory, with the shared scenarios (ok, slow, error, malformed, offline, …). */
export function faqHandlers(scenario: Scenario = 'ok'): HttpHandler[] {
  const search = new FaqSearch(ENTRIES, SYNONYMS, { language: 'de' });
  return [
    http.get('*/api/v1/faq', async ({ request }) => {
      const special = await scenarioResponse(scenario);
      if (special) return special;
      const params = new URL(request.url).searchParams;
      const language = toSupportedLocale(params.get('lang'));
      const all = inLanguage(language);
      const q = params.get('q') ?? '';
      // As the server: with `q` only the ranked matches, titles in the language asked for.
      if (q) {
        const matches = search.search(q).map(({ id, score, highlights }) => ({
          id,
          title: all.find((e) => e.id === id)!.question,
          score,
          highlights,
        }));
        return HttpResponse.json(checked(FaqSearchResponse, { language, matches }));
      }
      const body = { language, entries: all, categories: CATEGORIES, synonyms: SYNONYMS };
      return HttpResponse.json(checked(FaqResponse, body));
    }),
    // A search that found nothing: counted, nothing answered.
    http.post('*/api/v1/faq/zero-results', async () => {
      const special = await scenarioResponse(scenario);
      return special ?? new HttpResponse(null, { status: 204 });
    }),
    http.post('*/api/v1/faq/:id/feedback', async () => {
      const special = await scenarioResponse(scenario);
      return special ?? new HttpResponse(null, { status: 204 });
    }),
  ];
}
