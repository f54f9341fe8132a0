import { css } from 'lit';

/**
 * The styles of what comes with the later chunk: the other questions' controls, the result, the
 * summary of answers. Added to the widget's shadow root when the chunk arrives (quickcheck.ts).
 */
export const laterStyles = css`
  .monthly-hint:empty {
    display: none;
  }

  .monthly-hint {
    margin-block-start: 0.5em;
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--_accent);
    background: var(--_surface);
  }

  .monthly-hint p {
    margin-block: 0 0.5em;
  }

  .options {
    display: grid;
    gap: 0.25em;
  }

  .yes-no {
    grid-template-columns: repeat(auto-fill, minmax(6em, 1fr));
  }

  .option-hint {
    display: block;
    font-weight: 400;
  }

  .number-input {
    display: flex;
    align-items: center;
    gap: 0.5em;
    flex-wrap: wrap;
  }

  .number-input input {
    width: 12em;
    max-width: 100%;
  }

  .result-heading {
    font-size: 1.125em;
    font-weight: 700;
    margin-block: 0 0.5em;
  }

  .result-heading:focus {
    outline: none;
  }

  .result-heading:focus-visible {
    outline: 0.1875em solid var(--_focus);
  }

  .disclaimer {
    margin-block: 0 var(--_space);
  }

  .pathways {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }

  .pathway {
    border: 0.0625em solid var(--_border);
    border-inline-start: 0.375em solid var(--_success);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    background: var(--_surface);
  }

  .pathway-title {
    font-size: 1.0625em;
    font-weight: 700;
  }

  .summary,
  .basis {
    margin-block: 0.25em;
  }

  .basis {
    color: var(--_muted);
  }

  .list-heading,
  .subheading {
    font-weight: 600;
    margin-block: 0.75em 0.25em;
  }

  .pathway ul,
  .next-steps ul {
    margin-block: 0;
    padding-inline-start: 1.25em;
  }

  .conditions li::marker {
    content: '! ';
    font-weight: 700;
  }

  .points {
    margin-block: var(--_space);
  }

  .near-misses {
    margin-block: var(--_space);
  }

  .near-misses ul,
  .card-missing-list {
    margin-block: 0;
    padding-inline-start: 1.25em;
  }

  .card-missing {
    margin-block: 0.25em;
  }

  .answers {
    margin: 0;
    display: grid;
    gap: 0.5em;
  }

  .answer {
    border-block-end: 0.0625em solid var(--_border);
    padding-block-end: 0.5em;
  }

  .answer dt {
    color: var(--_muted);
  }

  .answer dd {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5em;
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .points summary {
    cursor: pointer;
    font-weight: 600;
    padding-block: 0.5em;
  }

  .points summary:focus-visible {
    outline: 0.1875em solid var(--_focus);
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

  td:last-child,
  th:last-child {
    text-align: end;
    white-space: nowrap;
  }

  .booking {
    margin-block-start: 0.75em;
  }

  .copy-status:empty {
    display: none;
  }

  .copy-status {
    margin-block-start: 0.5em;
    display: grid;
    gap: 0.25em;
  }

  @media print {
    .copy-status,
    .booking {
      display: none;
    }

    .pathway {
      break-inside: avoid;
    }
  }
`;
