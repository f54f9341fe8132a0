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

    .field-error {
      margin: 0.25em 0 0;
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
