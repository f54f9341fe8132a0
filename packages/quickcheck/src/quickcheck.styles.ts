import { baseStyles, formStyles } from '@welcome-widgets/core';
import { css } from 'lit';

/** The first question's styles; the rest come with the later chunk (./later/later-styles.ts). */
export const quickcheckStyles = [
  baseStyles,
  formStyles,
  css`
    :host {
      /* Reserve room while the questions load, so the host page does not jump. */
      min-height: 16em;
    }

    .intro {
      margin-block: 0 var(--_space);
    }

    .progress {
      margin-block: 0 var(--_space);
      color: var(--_muted);
      font-size: 0.9375em;
    }

    .question legend,
    .question > label {
      font-size: 1.125em;
      line-height: 1.35;
    }

    .question .hint {
      margin: 0 0 0.5em;
    }

    .combobox {
      position: relative;
    }

    .listbox {
      max-height: 15em;
      overflow-y: auto;
    }

    /* The mark is for the eye; aria-selected already tells a screen reader, so its alt text is empty. */
    .listbox li[aria-selected='true']::after {
      content: ' ✓' / '';
    }

    .field-error {
      margin: 0.5em 0 0;
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin-block-start: var(--_space);
    }

    @media (forced-colors: active) {
      .listbox li.active {
        outline-color: Highlight;
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
    }

    @media print {
      :host {
        min-height: 0;
      }

      .actions,
      .intro {
        display: none;
      }
    }
  `,
];
