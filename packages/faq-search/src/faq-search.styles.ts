import { baseStyles, formStyles } from '@welcome-widgets/core';
import { css } from 'lit';

export const faqSearchStyles = [
  baseStyles,
  formStyles,
  css`
    :host {
      /* Reserve room while the answers load, so the host page does not jump. */
      min-height: 14em;
    }

    .search {
      display: grid;
      gap: 0.25em;
    }

    .combobox {
      position: relative;
    }

    .listbox li.active mark {
      background: transparent;
      color: inherit;
      text-decoration: underline;
    }

    mark {
      background: #fff3b0;
      color: inherit;
      font-weight: 700;
    }

    .hint {
      margin: 0;
    }

    .root {
      container-type: inline-size;
    }

    .topic-select {
      display: none;
      gap: 0.25em;
      margin-block: var(--_space) 0;
    }

    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375em;
      margin-block: var(--_space) 0;
    }

    .chip {
      min-height: 2.75em;
      padding: 0.25em 0.875em;
      border-radius: 999em;
      border-width: 0.0625em;
      background: var(--_surface);
      color: var(--_accent);
    }

    .chip[aria-pressed='true'] {
      background: var(--_accent);
      color: var(--_on-accent);
      font-weight: 600;
    }

    .status:empty {
      display: none;
    }

    .results {
      list-style: none;
      margin: var(--_space) 0 0;
      padding: 0;
      border-block-start: 0.0625em solid var(--_border);
    }

    .entry {
      border-block-end: 0.0625em solid var(--_border);
    }

    .show-all {
      margin-block-start: var(--_space);
    }

    /* The sign in its own column: wrapped lines start under the text, not under the sign (also in RTL). */
    .question {
      display: grid;
      grid-template-columns: 1.25em minmax(0, 1fr);
      align-items: baseline;
      width: 100%;
      text-align: start;
      background: transparent;
      border: 0;
      border-radius: 0;
      padding: 0.75em 0;
      color: inherit;
      font-weight: 600;
      min-height: 2.75em;
    }

    .sign {
      color: var(--_accent);
    }

    .question:focus-visible {
      outline: 0.1875em solid var(--_focus);
      outline-offset: 0.125em;
    }

    .answer {
      padding-block: 0 0.75em;
      padding-inline: 1.25em 0;
    }

    .answer-body {
      overflow-wrap: anywhere;
    }

    .fallback,
    .updated {
      color: var(--_muted);
      font-size: 0.9375em;
    }

    /* An outdated translation's notice and the German text it offers, set off from the answer. */
    .outdated {
      border-inline-start: 0.25em solid var(--_border);
      padding-inline-start: 0.75em;
      margin-block: 0.75em;
    }

    .outdated > p {
      margin-block: 0 0.5em;
    }

    .german {
      margin-block-start: 0.5em;
    }

    .related ul,
    .empty ul {
      margin-block: 0.25em;
      padding-inline-start: 1.25em;
    }

    .feedback {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
    }

    /* Ten chips wrap into many rows on a phone: there, one select takes a single line. */
    @container (max-width: 36em) {
      .chips {
        display: none;
      }
      .topic-select {
        display: grid;
      }
    }

    @media (forced-colors: active) {
      .chip[aria-pressed='true'],
      .listbox li.active {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
      mark {
        forced-color-adjust: none;
        background: Mark;
        color: MarkText;
      }
    }
  `,
];
