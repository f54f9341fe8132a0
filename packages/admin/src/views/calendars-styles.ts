import { css } from 'lit';
import { viewStyles } from './view-styles.js';

/** What the calendar views add to the console's: rows of hours, quoted texts. */
export const calendarStyles = [
  viewStyles,
  css`
    /* A question or a reason keeps the person's line breaks. */
    .question {
      white-space: pre-line;
    }

    blockquote.question {
      margin: 0 0 var(--_space);
      padding: 0.5em 1em;
      border-inline-start: 0.25em solid var(--_border);
    }

    h3 {
      margin-block-start: var(--_space);
    }

    fieldset.row {
      border: 0.0625em solid var(--_border);
      border-radius: var(--_radius);
      margin: 0 0 var(--_space);
      padding: 0.5em 1em 0.75em;
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 0 1em;
    }

    fieldset.row .field {
      min-width: 8em;
    }

    .absence {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5em 1em;
    }

    form + h2,
    .list + h2 {
      margin-top: calc(2.5 * var(--_space));
    }
  `,
];
