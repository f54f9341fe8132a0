import { FAQ_ZERO_RESULT_QUERY_MAX_LENGTH, normaliseFaqQuery } from '@welcome-widgets/domain';

/** How long the person must have stopped typing before a search that found nothing counts. */
export const ZERO_RESULT_DELAY_MS = 1500;
const MIN_LENGTH = 3;

/**
 * The query as it is counted (the contract's `normaliseFaqQuery`, as the server does it), or
 * undefined when it is not worth counting or may name a person. Too short says nothing; a long
 * text is a sentence, more likely to hold details about the person than a missing topic, so it is
 * left out rather than cut. An address (`@`) or a long run of digits (a phone, case or passport
 * number) never leaves the browser.
 */
export function reportableQuery(query: string): string | undefined {
  const text = normaliseFaqQuery(query);
  const length = query.normalize('NFKC').replace(/\s+/gu, ' ').trim().length;
  if (text.length < MIN_LENGTH || length > FAQ_ZERO_RESULT_QUERY_MAX_LENGTH) return undefined;
  if (text.includes('@') || /\d[\d\s/().+-]{4,}\d/u.test(text)) return undefined;
  return text;
}

/**
 * Tells the server, once per text and widget, what people searched for without finding an
 * answer, after they stopped typing: the half-typed words on the way are not searches. Nothing
 * about the person goes along, and a failure is the server's loss, never the person's.
 */
export class ZeroResultReport {
  private timer?: ReturnType<typeof setTimeout>;
  private readonly sent = new Set<string>();

  constructor(
    private readonly send: (text: string) => Promise<unknown>,
    private readonly delayMs = ZERO_RESULT_DELAY_MS,
  ) {}

  /** Called with every query and whether it found anything; only the last one of a pause counts. */
  searched(query: string, found: boolean): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const text = found ? undefined : reportableQuery(query);
    if (!text || this.sent.has(text)) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.sent.add(text);
      this.send(text).catch(() => undefined);
    }, this.delayMs);
  }

  /** The widget left the page or the query was cleared: a pending report is dropped. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
