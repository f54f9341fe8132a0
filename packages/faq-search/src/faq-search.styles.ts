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

    .question {
      display: block;
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

    .question::before {
      content: '+';
      display: inline-block;
      width: 1.25em;
      color: var(--_accent);
    }

    .question[aria-expanded='true']::before {
      content: '−';
    }

    .question:focus-visible {
      outline: 0.1875em solid var(--_focus);
      outline-offset: 0.125em;
    }

    .answer {
      padding: 0 0 0.75em 1.25em;
    }

    .answer-body {
      overflow-wrap: anywhere;
    }

    .fallback,
    .updated {
      color: var(--_muted);
      font-size: 0.9375em;
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
