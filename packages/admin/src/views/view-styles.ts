import { baseStyles, formStyles } from '@welcome-widgets/core';
import { css } from 'lit';

/** What every view of the console shares: the widgets' fields and notices, and its headings. */
export const viewStyles = [
  baseStyles,
  formStyles,
  css`
    :host {
      --_max-width: 48em;
    }

    /* The fields core's form styles leave out (the widgets have none of them): the same look. */
    input[type='time'],
    input[type='date'],
    input[type='url'],
    textarea {
      font: inherit;
      color: inherit;
      background: var(--_surface);
      min-height: 2.75em;
      padding: 0.5em 0.75em;
      border: 0.0625em solid var(--_border);
      border-radius: var(--_radius);
      width: 100%;
    }

    textarea {
      resize: vertical;
    }

    textarea[aria-invalid='true'] {
      border-color: var(--_danger);
      border-inline-start-width: 0.3125em;
    }

    h1 {
      font-size: 1.75em;
      line-height: 1.2;
      margin: 0 0 var(--_space);
    }

    [tabindex='-1']:focus {
      outline: none;
    }

    [tabindex='-1']:focus-visible {
      outline: 0.1875em solid var(--_focus);
    }

    h2 {
      font-size: 1.3em;
      line-height: 1.3;
      margin: calc(2 * var(--_space)) 0 0.5em;
    }

    h3 {
      font-size: 1.1em;
      margin: 0;
    }

    .field-error {
      margin: 0.25em 0 0;
    }

    .status:empty {
      display: none;
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }

    .list {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: var(--_space);
    }

    .card {
      border: 0.0625em solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.75em 1em;
      background: var(--_surface);
    }

    /* A card's heading starts the card: no section gap above it. */
    .card > :is(h2, h3):first-child {
      margin-top: 0;
    }

    dl.facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25em 1em;
      margin: 0.5em 0;
    }

    dl.facts dt {
      font-weight: 600;
    }

    dl.facts dd {
      margin: 0;
    }

    /* On a phone, each fact under its name: two columns leave a few letters per line. */
    @media (max-width: 30em) {
      dl.facts {
        grid-template-columns: 1fr;
        gap: 0;
      }

      dl.facts dd {
        margin-block-end: 0.375em;
      }
    }

    code {
      font-size: 0.9375em;
    }

    .muted {
      color: var(--_muted);
    }
  `,
];
