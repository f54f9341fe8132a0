/**
 * Series colours with at least 3:1 contrast against white (WCAG 1.4.11), each paired with a
 * pattern or dash so that no series is told apart by colour alone.
 */
export const SERIES_STYLES = [
  { color: '#00508c', dash: '', pattern: 'solid' },
  { color: '#b3261e', dash: '6 3', pattern: 'stripes' },
  { color: '#1e6b34', dash: '2 3', pattern: 'dots' },
  { color: '#6b3fa0', dash: '10 3 2 3', pattern: 'cross' },
  { color: '#8a5300', dash: '4 4', pattern: 'diagonal' },
  { color: '#4f4f4f', dash: '1 2', pattern: 'grid' },
] as const;

export function styleOf(index: number) {
  return SERIES_STYLES[index % SERIES_STYLES.length]!;
}
