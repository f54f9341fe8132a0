import { css } from 'lit';
import { viewStyles } from './view-styles.js';

/** The newsletter's parts: the counts table, the issue form's text areas, the preview, the progress. */
export const newsletterStyles = [
  viewStyles,
  css`
    :host {
      --_max-width: 60em;
    }

    h3 {
      margin-block: 1.5em 0.5em;
    }

    h4 {
      font-size: 1em;
      margin: 0.25em 0;
    }

    article.preview {
      margin-block-end: 0.75em;
    }

    article.preview > p {
      margin: 0;
    }

    .table-frame {
      overflow-x: auto;
      max-width: 100%;
      margin-block-end: var(--_space);
    }

    /* Words stay whole in a table (the host breaks anywhere): a narrow screen scrolls its frame instead. */
    table {
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
      overflow-wrap: normal;
    }

    caption {
      text-align: start;
      font-weight: 600;
      padding-block-end: 0.25em;
    }

    th,
    td {
      border: 0.0625em solid var(--_border);
      padding: 0.25em 0.5em;
      text-align: start;
      vertical-align: top;
    }

    td.number {
      text-align: end;
    }

    .counts td {
      text-align: end;
    }

    tfoot th,
    tfoot td {
      font-weight: 600;
    }

    fieldset.text {
      border: 0.0625em solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.75em 1em 0;
    }

    fieldset.text legend {
      padding-inline: 0.25em;
    }

    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1.5em;
    }

    .preview-body {
      border-inline-start: 0.25em solid var(--_border);
      padding-inline-start: 1em;
      margin-block: 0.5em var(--_space);
    }

    .confirm {
      border: 0.125em solid var(--_accent);
      border-radius: var(--_radius);
      padding: 0.75em 1em;
      margin-block: var(--_space);
    }

    progress {
      width: 100%;
      max-width: 30em;
      height: 1.25em;
    }

    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      align-items: end;
      margin-block: var(--_space);
    }

    .toolbar .field {
      margin: 0;
    }

    .back {
      margin-block-end: var(--_space);
    }
  `,
];
