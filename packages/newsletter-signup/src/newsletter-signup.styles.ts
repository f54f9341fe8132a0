import { baseStyles, formStyles } from '@welcome-widgets/core';
import { css } from 'lit';

export const newsletterSignupStyles = [
  baseStyles,
  formStyles,
  css`
    :host {
      /* Reserve room while translations load, so the host page does not jump. */
      min-height: 12em;
    }

    .intro {
      margin-block: 0 var(--_space);
    }

    .consent {
      margin-block-end: 0.5em;
    }

    .privacy {
      margin-block: 0 var(--_space);
      padding-inline-start: 1.75em;
    }

    .field-error {
      margin: 0.25em 0 0;
    }

    .consent + .field-error {
      margin-block-end: var(--_space);
    }

    .outcome-title {
      font-weight: 700;
    }

    .outcome-title:focus {
      outline: none;
    }

    .outcome-title:focus-visible {
      outline: 0.1875em solid var(--_focus);
    }

    section {
      position: relative;
    }
  `,
];
