import { msg, str } from '@lit/localize';
import { LoadController, WelcomeElement, formatCount, plural, problemNotice } from '@welcome-widgets/core';
import { type FaqEntry, type FaqResponse } from '@welcome-widgets/domain';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { loadFaq, sendFeedback, sendZeroResult } from './faq-api.js';
import { faqSearchStyles } from './faq-search.styles.js';
import type { FaqMatch, FaqSearch } from '@welcome-widgets/domain/faq-search';
import { answerTexts } from './answer-texts.js';
import { highlighted } from './ui/highlighted.js';
import { localeLoaders } from './generated/locale-loaders.js';
import type { ZeroResultReport } from './zero-result-report.js';

export interface FaqOpenDetail {
  id: string;
}

interface Results {
  entries: FaqEntry[];
  matches: Map<string, FaqMatch>;
}

type LoadedParts = typeof import('./loaded-parts.js');

const FRAGMENT = /^#faq-([a-z0-9-]+)$/;
const SUGGESTIONS = 5;

/**
 * Answers as the person types: typo-tolerant, in their language, searched in the browser on an
 * index loaded once; categories to browse, answers opened in place, "was this helpful?".
 *
 * @tagname welcome-faq-search
 * @summary FAQ search with instant, typo-tolerant results in seven languages.
 * @event {CustomEvent<FaqOpenDetail>} welcome-faq-open - An answer was opened. `detail: { id }`
 * @csspart base - The widget's outer section.
 * @csspart heading - The heading.
 * @csspart search - The search field.
 * @csspart results - The list of questions.
 * @csspart answer - An opened answer.
 * @csspart booking - The link to book a consultation.
 */
export class WelcomeFaqSearch extends WelcomeElement {
  /** @internal */
  static override localeLoaders = localeLoaders;

  static override styles = faqSearchStyles;

  /** @internal The search engine and sanitiser, fetched beside the entries; tests replace it to see a failed load. */
  static partsLoader = (): Promise<LoadedParts> => import('./loaded-parts.js');

  /** Restricts the widget to one category (e.g. `employers`). */
  @property() category = '';

  /** How many matches are listed at most, and how many questions show before "show all" (default 10). */
  @property({ type: Number }) limit = 10;

  /** Link to the consultation booking page, offered when nothing is found. */
  @property({ attribute: 'booking-href' }) bookingHref = '';

  /** Level of the widget's heading in the host page's outline (1–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private query = '';
  @state() private chosenCategory = '';
  @state() private open = new Set<string>();
  @state() private expanded = false;
  @state() private active = -1;
  @state() private feedback = new Map<string, 'sent' | 'failed'>();
  /** Browsing all topics shows the first `limit` questions until the person asks for all: short on a phone. */
  @state() private showAll = false;
  /** German answers shown beside an outdated translation, by entry id, as they load. */
  @state() private german = new Map<string, FaqEntry | 'loading' | 'failed'>();

  /** How many answers the last search showed: a search that found nothing is reported once it settles. */
  private foundCount = 0;
  /** Made with the search engine: a search that found nothing needs it first. */
  private zeroResults?: ZeroResultReport;

  private search?: FaqSearch;
  private parts?: LoadedParts;
  /** Entries by id, built once per load: every keystroke looks its matches up here. */
  private byId = new Map<string, FaqEntry>();
  /** The last results: moving through the suggestions or opening one re-renders without a new search. */
  private lastResults?: { key: string; search: FaqSearch; value: Results };
  private pendingFocus?: string;

  /** The FAQ of the widget's language, once per backend and language for every widget on the page. */
  private readonly faq = new LoadController(this, {
    args: () => [] as const,
    task: async (_args, { client, locale }) => {
      const [data, parts] = await Promise.all([
        loadFaq(client, this.api, locale),
        (this.constructor as typeof WelcomeFaqSearch).partsLoader(),
      ]);
      this.parts = parts;
      return data;
    },
    onComplete: (data) => {
      // Folds and indexes every entry and synonym once, here, so that typing only looks up.
      this.zeroResults ??= new this.parts!.ZeroResultReport((text) => sendZeroResult(this.client, text, this.locale));
      this.search = new this.parts!.FaqSearch(data.entries, data.synonyms, { language: data.language });
      this.byId = new Map(data.entries.map((entry) => [entry.id, entry]));
      this.openFromFragment(data);
    },
  });

  private get data(): FaqResponse | undefined {
    return this.faq.value;
  }

  private get categoryFilter(): string {
    return this.category || this.chosenCategory;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.zeroResults?.cancel();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('query' as keyof WelcomeFaqSearch) && this.search) this.reportIfNothingFound();
    if (!this.pendingFocus) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.pendingFocus);
    this.pendingFocus = undefined;
    target?.focus();
    target?.scrollIntoView({ block: 'nearest' });
  }

  /** A page opened with `#faq-<id>` opens that answer. */
  private openFromFragment(data: FaqResponse): void {
    const id = FRAGMENT.exec(location.hash)?.[1];
    if (!id || !data.entries.some((e) => e.id === id)) return;
    this.open = new Set([id]);
    this.pendingFocus = `#q-${id}`;
  }

  /** Matches for the query, or every entry of the category when nothing is typed. */
  private get results(): Results {
    const entries = this.data?.entries ?? [];
    if (!this.query.trim() || !this.search) {
      return {
        entries: entries.filter((e) => !this.categoryFilter || e.category === this.categoryFilter),
        matches: new Map(),
      };
    }
    const limit = Math.max(1, this.limit);
    const key = `${this.query}\n${this.categoryFilter}\n${limit}`;
    if (this.lastResults?.key === key && this.lastResults.search === this.search) return this.lastResults.value;
    const matches = this.search.search(this.query, { category: this.categoryFilter || undefined, limit });
    const value = {
      entries: matches.map((m) => this.byId.get(m.id)!),
      matches: new Map(matches.map((m) => [m.id, m])),
    };
    this.lastResults = { key, search: this.search, value };
    return value;
  }

  protected override render(): TemplateResult {
    return html`<section class="root" part="base" dir=${this.textDir} lang=${this.locale} aria-labelledby="heading">
      <div id="heading" class="heading" part="heading" role="heading" aria-level=${this.level(0)}>
        ${msg('Häufige Fragen', { id: 'faq.heading' })}
      </div>
      ${this.faq.render({
        pending: () =>
          html`<p class="notice" role="status">${msg('Die Antworten werden geladen …', { id: 'faq.loading' })}</p>`,
        complete: (data) => this.renderSearch(data),
        error: (problem) => problemNotice(problem, { locale: this.locale, retry: () => this.faq.run() }),
      })}
    </section>`;
  }

  private level(depth: number): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + depth);
  }

  private renderSearch(data: FaqResponse): TemplateResult {
    const { entries, matches } = this.results;
    this.foundCount = entries.length;
    const suggestions = this.query.trim() ? entries.slice(0, SUGGESTIONS) : [];
    const showList = this.expanded && suggestions.length > 0;
    const activeId = showList && suggestions[this.active] ? `s-${suggestions[this.active]!.id}` : undefined;
    return html`
      <div class="search" part="search" role="search">
        <label id="faq-label" for="faq-input">${msg('Ihre Frage', { id: 'faq.input.label' })}</label>
        <div class="combobox">
          <input
            id="faq-input"
            type="search"
            role="combobox"
            autocomplete="off"
            spellcheck="false"
            enterkeyhint="search"
            aria-autocomplete="list"
            aria-labelledby="faq-label"
            aria-controls="faq-suggestions"
            aria-expanded=${showList ? 'true' : 'false'}
            aria-activedescendant=${activeId ?? nothing}
            aria-describedby="faq-hint"
            .value=${live(this.query)}
            @input=${this.onInput}
            @keydown=${(event: KeyboardEvent) => this.onKeydown(event, suggestions)}
            @blur=${() => (this.expanded = false)}
          />
          <ul
            id="faq-suggestions"
            role="listbox"
            class="listbox"
            aria-label=${msg('Vorschläge', { id: 'faq.suggestions' })}
            ?hidden=${!showList}
          >
            ${suggestions.map(
              (entry, index) =>
                // Options are reached with the arrow keys from the input (aria-activedescendant), not by Tab.
                // eslint-disable-next-line lit-a11y/click-events-have-key-events
                html`<li
                  id="s-${entry.id}"
                  role="option"
                  aria-selected=${index === this.active ? 'true' : 'false'}
                  class=${index === this.active ? 'active' : ''}
                  @mousedown=${(event: Event) => event.preventDefault()}
                  @click=${() => this.openEntry(entry.id, true)}
                >
                  ${highlighted(entry.question, matches.get(entry.id)?.highlights.question)}
                </li>`,
            )}
          </ul>
        </div>
        <p id="faq-hint" class="hint">
          ${msg('Schon beim Tippen erscheinen passende Antworten; Tippfehler sind kein Problem.', { id: 'faq.input.hint' })}
        </p>
      </div>
      ${this.category ? nothing : this.renderTopics(data)}
      <p class="status" role="status">${this.statusText(entries.length)}</p>
      ${entries.length > 0 ? this.renderResults(this.shown(entries), matches) : this.renderEmpty(data)}
      ${this.isCollapsed(entries) ? this.renderShowAll(entries) : nothing}
    `;
  }

  /** Browsing every topic at once is long: the first `limit` questions, until the person asks for all. */
  private isCollapsed(entries: FaqEntry[]): boolean {
    return !this.query.trim() && !this.categoryFilter && !this.showAll && entries.length > this.limit;
  }

  private shown(entries: FaqEntry[]): FaqEntry[] {
    if (this.query.trim()) return entries.slice(0, this.limit);
    if (!this.isCollapsed(entries)) return entries;
    // An answer opened by a link stays visible even when it is not among the first.
    return entries.filter((entry, index) => index < this.limit || this.open.has(entry.id));
  }

  private renderShowAll(entries: FaqEntry[]): TemplateResult {
    const next = entries.find((entry, index) => index >= this.limit && !this.open.has(entry.id));
    return html`<button
      type="button"
      class="show-all secondary"
      @click=${() => {
        this.showAll = true;
        // Keyboard users go on where the list grew.
        if (next) this.pendingFocus = `#q-${next.id}`;
      }}
    >
      ${this.showAllText(entries.length)}
    </button>`;
  }

  private statusText(count: number): string {
    if (!this.query.trim()) return '';
    if (count === 0) return msg('Keine Antwort gefunden.', { id: 'faq.status.none' });
    const shown = Math.min(count, this.limit);
    const n = formatCount(shown, this.locale);
    return plural(shown, this.locale, {
      zero: () => msg(str`${n} Antworten gefunden.`, { id: 'faq.status.count.zero' }),
      one: () => msg(str`${n} Antwort gefunden.`, { id: 'faq.status.count.one' }),
      two: () => msg(str`${n} Antworten gefunden.`, { id: 'faq.status.count.two' }),
      few: () => msg(str`${n} Antworten gefunden.`, { id: 'faq.status.count.few' }),
      many: () => msg(str`${n} Antworten gefunden.`, { id: 'faq.status.count.many' }),
      other: () => msg(str`${n} Antworten gefunden.`, { id: 'faq.status.count.other' }),
    });
  }

  private showAllText(count: number): string {
    const n = formatCount(count, this.locale);
    return plural(count, this.locale, {
      zero: () => msg(str`Alle ${n} Fragen zeigen`, { id: 'faq.showAll.zero' }),
      one: () => msg(str`Die ${n} Frage zeigen`, { id: 'faq.showAll.one' }),
      two: () => msg(str`Alle ${n} Fragen zeigen`, { id: 'faq.showAll.two' }),
      few: () => msg(str`Alle ${n} Fragen zeigen`, { id: 'faq.showAll.few' }),
      many: () => msg(str`Alle ${n} Fragen zeigen`, { id: 'faq.showAll.many' }),
      other: () => msg(str`Alle ${n} Fragen zeigen`, { id: 'faq.showAll.other' }),
    });
  }

  /**
   * Topics: a row of chips where there is room; on narrow widths (a container query in the
   * styles) one labelled select instead, so that ten topics do not push the questions off the
   * first screen. Only one of the two is displayed, so only one is in the accessibility tree.
   */
  private renderTopics(data: FaqResponse): TemplateResult {
    return html`${this.renderChips(data)}${this.renderTopicSelect(data)}`;
  }

  private renderTopicSelect(data: FaqResponse): TemplateResult {
    return html`<div class="topic-select">
      <label for="faq-topic">${msg('Themen', { id: 'faq.categories' })}</label>
      <select
        id="faq-topic"
        @change=${(event: Event) => (this.chosenCategory = (event.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${this.chosenCategory === ''}>
          ${msg('Alle Themen', { id: 'faq.categories.all' })}
        </option>
        ${data.categories.map((c) => html`<option value=${c.id} ?selected=${this.chosenCategory === c.id}>${c.title}</option>`)}
      </select>
    </div>`;
  }

  private renderChips(data: FaqResponse): TemplateResult {
    const chip = (id: string, label: string) =>
      html`<button
        type="button"
        class="chip"
        aria-pressed=${this.chosenCategory === id ? 'true' : 'false'}
        @click=${() => (this.chosenCategory = id)}
      >
        ${label}
      </button>`;
    return html`<div class="chips" role="group" aria-label=${msg('Themen', { id: 'faq.categories' })}>
      ${chip('', msg('Alle Themen', { id: 'faq.categories.all' }))} ${data.categories.map((c) => chip(c.id, c.title))}
    </div>`;
  }

  private renderResults(entries: FaqEntry[], matches: Map<string, FaqMatch>): TemplateResult {
    return html`<ul class="results" part="results">
      ${entries.map((entry) => {
        const isOpen = this.open.has(entry.id);
        return html`<li class="entry" data-entry=${entry.id}>
          <div role="heading" aria-level=${this.level(1)}>
            <button
              type="button"
              id="q-${entry.id}"
              class="question"
              aria-expanded=${isOpen ? 'true' : 'false'}
              aria-controls="a-${entry.id}"
              lang=${entry.language}
              @click=${() => (isOpen ? this.closeEntry(entry.id) : this.openEntry(entry.id, false))}
            >
              <span class="sign" aria-hidden="true">${isOpen ? '−' : '+'}</span
              ><span class="question-text"
                >${highlighted(entry.question, matches.get(entry.id)?.highlights.question)}</span
              >
            </button>
          </div>
          <div
            id="a-${entry.id}"
            class="answer"
            part="answer"
            role="region"
            aria-labelledby="q-${entry.id}"
            ?hidden=${!isOpen}
          >
            ${isOpen ? this.renderAnswer(entry) : nothing}
          </div>
        </li>`;
      })}
    </ul>`;
  }

  private renderAnswer(entry: FaqEntry): TemplateResult {
    return this.parts!.answerView(
      {
        locale: this.locale,
        entries: this.data?.entries ?? [],
        feedback: this.feedback,
        german: this.german,
        texts: answerTexts,
        followRelated: (event, id) => this.followRelated(event, id),
        rate: (id, helpful) => void this.rate(id, helpful),
        showGerman: (id) => void this.showGerman(id),
        hideGerman: (id) => this.hideGerman(id),
      },
      entry,
    );
  }

  private async showGerman(id: string): Promise<void> {
    this.german = new Map(this.german).set(id, 'loading');
    let found: FaqEntry | 'failed';
    try {
      const data = await loadFaq(this.client, this.api, 'de');
      found = data.entries.find((entry) => entry.id === id) ?? 'failed';
    } catch {
      found = 'failed';
    }
    // Closed again meanwhile: stays closed.
    if (this.german.has(id)) this.german = new Map(this.german).set(id, found);
  }

  private hideGerman(id: string): void {
    const german = new Map(this.german);
    german.delete(id);
    this.german = german;
  }

  /**
   * A search that found nothing, in any topic, tells the editors what to write next; a topic
   * chosen on the page hides answers of others, which exist and need not be written.
   */
  private reportIfNothingFound(): void {
    const query = this.query;
    const found = this.foundCount > 0 || (!!this.categoryFilter && this.search!.search(query, { limit: 1 }).length > 0);
    if (query.trim()) this.zeroResults?.searched(query, found);
    else this.zeroResults?.cancel();
  }

  private renderEmpty(data: FaqResponse): TemplateResult {
    const popular = data.entries.filter((e) => !this.categoryFilter || e.category === this.categoryFilter).slice(0, 3);
    return html`<div class="empty">
      <p>${msg('Versuchen Sie andere oder kürzere Wörter, oder wählen Sie ein Thema.', { id: 'faq.empty.tips' })}</p>
      ${
        popular.length > 0
          ? html`<p>${msg('Oft gefragt:', { id: 'faq.empty.popular' })}</p>
              <ul>
                ${popular.map((e) => html`<li><a href="#faq-${e.id}" @click=${(ev: Event) => this.followRelated(ev, e.id)}>${e.question}</a></li>`)}
              </ul>`
          : nothing
      }
      ${
        this.bookingHref
          ? html`<p>
                ${msg('Ihre Frage ist nicht dabei? Wir beraten Sie gern persönlich.', { id: 'faq.empty.consultation' })}
              </p>
              <a class="button-link" part="booking" href=${this.bookingHref}
                >${msg('Beratung buchen', { id: 'faq.booking' })}</a
              >`
          : nothing
      }
    </div>`;
  }

  private onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.expanded = true;
    this.active = -1;
  };

  private onKeydown(event: KeyboardEvent, suggestions: FaqEntry[]): void {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        this.expanded = true;
        this.active = Math.min(this.active + 1, suggestions.length - 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        this.active = Math.max(this.active - 1, 0);
        break;
      case 'Enter': {
        event.preventDefault();
        const chosen = suggestions[this.active] ?? suggestions[0];
        if (chosen) this.openEntry(chosen.id, true);
        break;
      }
      case 'Escape':
        event.preventDefault();
        if (this.expanded && suggestions.length > 0) this.expanded = false;
        else this.query = '';
        break;
    }
  }

  private openEntry(id: string, moveFocus: boolean): void {
    this.open = new Set([...this.open, id]);
    this.expanded = false;
    this.active = -1;
    if (moveFocus) this.pendingFocus = `#q-${id}`;
    const hash = location.hash;
    if (hash === '' || FRAGMENT.test(hash)) history.replaceState(history.state, '', `#faq-${id}`);
    this.emit<FaqOpenDetail>('welcome-faq-open', { id });
  }

  private closeEntry(id: string): void {
    const open = new Set(this.open);
    open.delete(id);
    this.open = open;
  }

  private followRelated(event: Event, id: string): void {
    event.preventDefault();
    this.query = '';
    this.chosenCategory = '';
    this.openEntry(id, true);
  }

  private async rate(id: string, helpful: boolean): Promise<void> {
    try {
      await sendFeedback(this.client, id, helpful, this.locale);
      this.feedback = new Map(this.feedback).set(id, 'sent');
    } catch {
      this.feedback = new Map(this.feedback).set(id, 'failed');
    }
  }
}
