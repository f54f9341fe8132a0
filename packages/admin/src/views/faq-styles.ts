import { css } from 'lit';
import { viewStyles } from './view-styles.js';

/** The FAQ view and its editor: the German reference beside the language edited, stacked when narrow. */
export const faqStyles = [
  viewStyles,
  css`
    :host {
      --_max-width: 72em;
    }

    .side-by-side {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 22em), 1fr));
      gap: var(--_space);
      align-items: start;
    }

    .side-by-side.single {
      grid-template-columns: 1fr;
    }

    .markdown {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }

    /* Arabic in a German console: each line's direction follows what is typed in it. */
    .text-fields input,
    .text-fields textarea {
      unicode-bidi: plaintext;
    }

    .status-line {
      margin: 0 0 0.5em;
    }

    .status-outdated,
    .status-missing {
      font-weight: 600;
    }

    .preview {
      margin-block-start: var(--_space);
    }

    .preview h4 {
      margin: 0 0 0.5em;
    }

    .languages {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 0.75em;
      list-style: none;
      margin: 0.25em 0 0.5em;
      padding: 0;
    }

    .languages .outdated,
    .languages .missing {
      font-weight: 600;
    }

    .table-wrap {
      overflow-x: auto;
    }

    table {
      border-collapse: collapse;
      width: 100%;
    }

    th,
    td {
      text-align: start;
      padding: 0.375em 0.5em;
      border-block-end: 0.0625em solid var(--_border);
      vertical-align: top;
    }

    td.number,
    th.number {
      text-align: end;
    }

    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em 1em;
      align-items: end;
    }
  `,
];
