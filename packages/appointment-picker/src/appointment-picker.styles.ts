import { baseStyles, formStyles } from '@welcome-widgets/core';
import { css } from 'lit';

export const appointmentPickerStyles = [
  baseStyles,
  formStyles,
  css`
    :host {
      /* Reserve room while topics load, so the host page does not jump. */
      min-height: 20em;
    }

    section {
      position: relative;
    }

    .subheading {
      font-weight: 700;
      margin-block: var(--_space) 0.5em;
    }

    .subheading:focus,
    .outcome-title:focus {
      outline: none;
    }

    .subheading:focus-visible,
    .outcome-title:focus-visible {
      outline: 0.1875em solid var(--_focus);
    }

    .option-hint {
      display: block;
      font-weight: 400;
    }

    .link-button {
      background: none;
      border: 0;
      padding: 0.25em 0;
      min-height: 2.75em;
      color: var(--_accent);
      text-decoration: underline;
      font-weight: 400;
    }

    .timezone {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 0.75em;
      margin-block: 0 0.5em;
    }

    .popover {
      position: fixed;
      inset: auto;
      margin: 0;
      padding: 0.75em;
      border: 0.0625em solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: inherit;
      font: inherit;
      box-shadow: 0 0.25em 1em rgb(0 0 0 / 20%);
      display: none;
      gap: 0.25em;
      width: max-content;
      max-width: calc(100vw - 16px);
    }

    .popover:popover-open {
      display: grid;
    }

    .month-bar {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.5em;
      margin-block-end: 0.5em;
    }

    .month-title {
      font-weight: 700;
      text-align: center;
      flex: 1;
    }

    .month-step {
      padding-inline: 0.75em;
    }

    .month-step[disabled] {
      opacity: 0.4;
      cursor: not-allowed;
    }

    table {
      border-collapse: collapse;
      width: 100%;
      table-layout: fixed;
    }

    th {
      font-weight: 600;
      font-size: 0.875em;
      padding-block: 0.25em;
      text-align: center;
      color: var(--_muted);
    }

    td {
      padding: 0.125em;
      text-align: center;
    }

    .day {
      width: 100%;
      min-width: 0;
      min-height: 2.75em;
      padding: 0;
      border: 0.0625em solid transparent;
      background: transparent;
      color: var(--_muted);
      font-weight: 400;
    }

    .day.has-slots {
      border-color: var(--_accent);
      color: var(--_accent);
      font-weight: 700;
    }

    .day[aria-disabled='true'] {
      cursor: default;
      text-decoration: line-through;
      text-decoration-color: transparent;
    }

    td[aria-selected='true'] .day {
      background: var(--_accent);
      color: var(--_on-accent);
    }

    .day:focus-visible {
      outline: 0.1875em solid var(--_focus);
      outline-offset: 0.0625em;
    }

    .calendar-status:empty {
      display: none;
    }

    .slot-list {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(9em, 1fr));
      gap: 0.5em;
    }

    .slot {
      width: 100%;
      display: grid;
      gap: 0.125em;
      background: var(--_surface);
      color: var(--_accent);
      border-width: 0.0625em;
    }

    .slot-time {
      font-weight: 700;
    }

    .slot-berlin {
      font-size: 0.875em;
      color: var(--_muted);
    }

    textarea {
      font: inherit;
      color: inherit;
      background: var(--_surface);
      padding: 0.5em 0.75em;
      border: 0.0625em solid var(--_border);
      border-radius: var(--_radius);
      width: 100%;
      resize: vertical;
    }

    .consent {
      margin-block-end: 0.5em;
    }

    .privacy {
      padding-inline-start: 1.75em;
    }

    .confirm-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      align-items: center;
    }

    @media (forced-colors: active) {
      td[aria-selected='true'] .day {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
      .day.has-slots {
        border-color: ButtonText;
      }
    }
  `,
];
