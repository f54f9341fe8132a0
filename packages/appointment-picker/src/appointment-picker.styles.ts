import { baseStyles, formStyles } from '@welcome-widgets/core';
import { css } from 'lit';

export const appointmentPickerStyles = [
  baseStyles,
  formStyles,
  css`
    section {
      position: relative;
    }

    /* Room reserved only while the first content loads, so the host page does not jump; a short
       view (cancel) leaves no empty area below it. */
    .root.loading {
      min-height: 20em;
    }

    .subheading {
      font-weight: 700;
      margin-block: var(--_space) 0.5em;
    }

    /* "Choose a new appointment" starts over here: focusable from code only, ringed only for keyboard users. */
    .heading:focus {
      outline: none;
    }
    .heading:focus-visible {
      outline: 0.1875em solid var(--_focus);
    }
    .subheading:focus,
    .question:focus,
    .room-lead:focus {
      outline: none;
    }

    .subheading:focus-visible,
    .question:focus-visible,
    .room-lead:focus-visible {
      outline: 0.1875em solid var(--_focus);
    }

    /* Outcomes a person must not miss: bordered, tinted, a bold title; the title says it, the
       colour only helps. Focused when they appear. */
    .status-box {
      --_tone: var(--_accent);
      border: 0.125em solid var(--_tone);
      border-inline-start-width: 0.5em;
      border-radius: var(--_radius);
      background: color-mix(in srgb, var(--_tone) 9%, var(--_surface));
      padding: 0.75em 1em;
      margin-block: var(--_space);
    }

    .status-box.success {
      --_tone: var(--_success);
    }

    .status-box.warning {
      --_tone: var(--welcome-color-warning, #8a5300);
    }

    .status-box:focus {
      outline: none;
    }

    .status-box:focus-visible {
      outline: 0.1875em solid var(--_focus);
      outline-offset: 0.125em;
    }

    .status-title {
      font-weight: 700;
      font-size: 1.125em;
      margin-block: 0 0.5em;
    }

    .status-body > :last-child {
      margin-block-end: 0;
    }

    .summary-topic {
      font-weight: 600;
      margin-block: 0 0.25em;
    }

    .when {
      margin-block-start: 0;
    }

    .question,
    .room-lead {
      font-weight: 700;
      font-size: 1.125em;
      margin-block: 0 0.5em;
    }

    .video-link {
      font-size: 1.125em;
    }

    .secondary-link {
      background: transparent;
      color: var(--_accent);
      border: 0.125em solid var(--_accent);
    }

    .prepare {
      padding-inline-start: 1.25em;
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

    .timezone-current {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 0.75em;
      margin-block: 0 0.5em;
    }

    /* In the flow under its field: it pushes the calendar down, never covers its navigation. */
    .tz-search {
      display: grid;
      gap: 0.25em;
      margin-block-end: var(--_space);
    }

    .tz-search[hidden] {
      display: none;
    }

    .tz-list {
      max-height: 16em;
      overflow-y: auto;
    }

    .tz-list li {
      display: grid;
    }

    .tz-city {
      font-weight: 600;
    }

    .tz-name {
      font-size: 0.9375em;
    }

    .tz-found:empty {
      display: none;
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

    .confirm-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      align-items: center;
    }

    @media (forced-colors: active) {
      .status-box {
        border-color: CanvasText;
        background: Canvas;
      }
      .tz-list li.active {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
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
