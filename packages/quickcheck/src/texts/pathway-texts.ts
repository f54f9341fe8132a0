import { msg } from '@lit/localize';
import type { Audience, PathwayId } from '@welcome-widgets/domain';

/** Name and one-line summary of each pathway; summaries that address someone speak to the audience. */
export function pathwayText(id: PathwayId, audience: Audience = 'worker'): { title: string; summary: string } {
  const employer = audience === 'employer';
  switch (id) {
    case 'free-movement':
      return {
        title: msg('Freizügigkeit in der EU', { id: 'quickcheck.p.free-movement' }),
        summary: employer
          ? msg('Die Person darf ohne Visum und ohne Aufenthaltstitel in Deutschland arbeiten.', {
              id: 'quickcheck.p.free-movement.summary.employer',
            })
          : msg('Sie dürfen ohne Visum und ohne Aufenthaltstitel in Deutschland arbeiten.', {
              id: 'quickcheck.p.free-movement.summary',
            }),
      };
    case 'blue-card':
      return {
        title: msg('Blaue Karte EU', { id: 'quickcheck.p.blue-card' }),
        summary: msg(
          'Für Hochschulabsolventen und IT-Fachkräfte mit gut bezahltem Jobangebot; schneller Weg zur Niederlassungserlaubnis.',
          {
            id: 'quickcheck.p.blue-card.summary',
          },
        ),
      };
    case 'skilled-worker-academic':
      return {
        title: msg('Fachkraft mit akademischer Ausbildung', { id: 'quickcheck.p.skilled-worker-academic' }),
        summary: msg('Aufenthaltserlaubnis für eine qualifizierte Beschäftigung mit anerkanntem Hochschulabschluss.', {
          id: 'quickcheck.p.skilled-worker-academic.summary',
        }),
      };
    case 'skilled-worker-vocational':
      return {
        title: msg('Fachkraft mit Berufsausbildung', { id: 'quickcheck.p.skilled-worker-vocational' }),
        summary: msg('Aufenthaltserlaubnis für eine qualifizierte Beschäftigung mit anerkannter Berufsausbildung.', {
          id: 'quickcheck.p.skilled-worker-vocational.summary',
        }),
      };
    case 'experience-based':
      return {
        title: msg('Beschäftigung mit ausgeprägter Berufserfahrung', { id: 'quickcheck.p.experience-based' }),
        summary: msg(
          'Arbeiten mit einem im Herkunftsland anerkannten Abschluss und Berufserfahrung, ohne Anerkennung in Deutschland.',
          {
            id: 'quickcheck.p.experience-based.summary',
          },
        ),
      };
    case 'privileged-nationals':
      return {
        title: msg('Beschäftigung für Staatsangehörige bestimmter Staaten', {
          id: 'quickcheck.p.privileged-nationals',
        }),
        summary: msg('Jede Beschäftigung mit Zustimmung der Bundesagentur für Arbeit; Einreise ohne Visum.', {
          id: 'quickcheck.p.privileged-nationals.summary',
        }),
      };
    case 'western-balkans':
      return {
        title: msg('Westbalkanregelung', { id: 'quickcheck.p.western-balkans' }),
        summary: msg(
          'Jede Beschäftigung mit Jobangebot, auch ohne Berufsabschluss, im Rahmen eines jährlichen Kontingents.',
          {
            id: 'quickcheck.p.western-balkans.summary',
          },
        ),
      };
    case 'recognition-measures':
      return {
        title: msg('Anerkennung in Deutschland abschließen', { id: 'quickcheck.p.recognition-measures' }),
        summary: employer
          ? msg(
              'Aufenthalt für Anpassungsmaßnahmen oder eine Anerkennungspartnerschaft, während die Person schon bei Ihnen arbeitet.',
              { id: 'quickcheck.p.recognition-measures.summary.employer' },
            )
          : msg('Aufenthalt für Anpassungsmaßnahmen oder eine Anerkennungspartnerschaft, während Sie schon arbeiten.', {
              id: 'quickcheck.p.recognition-measures.summary',
            }),
      };
    case 'opportunity-card':
      return {
        title: msg('Chancenkarte', { id: 'quickcheck.p.opportunity-card' }),
        summary: employer
          ? msg(
              'Die Person kann bis zu einem Jahr in Deutschland Arbeit suchen und dabei bis zu 20 Stunden pro Woche arbeiten, auch zur Probe bei Ihnen.',
              { id: 'quickcheck.p.opportunity-card.summary.employer' },
            )
          : msg('Bis zu einem Jahr in Deutschland Arbeit suchen und dabei bis zu 20 Stunden pro Woche arbeiten.', {
              id: 'quickcheck.p.opportunity-card.summary',
            }),
      };
  }
}
