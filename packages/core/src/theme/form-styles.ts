import { css } from 'lit';

/** Fields, buttons and messages shared by the widgets with forms. Host resets (`button { all: unset }`) cannot reach inside. */
export const formStyles = css`
  .field {
    display: grid;
    gap: 0.25em;
    margin-block-end: var(--_space);
  }

  label,
  legend {
    font-weight: 600;
  }

  .hint {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  input[type='email'],
  input[type='text'],
  input[type='search'],
  input[type='password'],
  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    width: 100%;
  }

  input:not([type='checkbox'])[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--_danger);
    border-inline-start-width: 0.3125em;
  }

  input[type='checkbox'][aria-invalid='true'] {
    outline: 0.125em solid var(--_danger);
    outline-offset: 0.0625em;
  }

  fieldset {
    border: 0;
    margin: 0 0 var(--_space);
    padding: 0;
    min-width: 0;
  }

  legend {
    padding: 0;
    margin-block-end: 0.25em;
  }

  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    padding-block: 0.25em;
  }

  .choice input {
    /* Controls do not inherit the font: without this, 1.25em is of the browser's 13.33px. */
    font: inherit;
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0.125em 0 0;
    accent-color: var(--_accent);
  }

  .choice label {
    font-weight: 400;
  }

  /* The consent's error and privacy link line up under its text, not under the checkbox. */
  .consent-block {
    margin-block-end: var(--_space);
  }

  .consent-block > .field-error,
  .consent-block > .privacy {
    margin-block: 0.25em 0;
    padding-inline-start: 1.75em;
  }

  .error {
    color: var(--_danger);
    font-weight: 600;
  }

  .error::before {
    content: '⚠ ';
  }

  button {
    font: inherit;
    cursor: pointer;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.5em 1.25em;
    border-radius: var(--_radius);
    border: 0.125em solid var(--_accent);
  }

  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }

  button.secondary {
    background: transparent;
    color: var(--_accent);
  }

  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }

  a {
    color: var(--_accent);
  }

  /* The widget's own heading; its level comes from the heading-level attribute. */
  .heading {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
    margin-block-end: 0.5em;
  }

  /* A link that looks like the primary button: "book a consultation", "add to calendar". */
  .button-link {
    display: inline-block;
    padding: 0.5em 1.25em;
    min-height: 2.75em;
    line-height: 1.75em;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    text-decoration: none;
  }

  .button-link:focus-visible {
    outline: 0.1875em solid var(--_focus);
    outline-offset: 0.125em;
  }

  /* Suggestions under a combobox input (country, FAQ). */
  .listbox {
    list-style: none;
    margin: 0.25em 0 0;
    padding: 0.25em 0;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .listbox[hidden] {
    display: none;
  }

  .listbox li {
    padding: 0.5em 0.75em;
    cursor: pointer;
  }

  .listbox li.active {
    background: var(--_accent);
    color: var(--_on-accent);
    outline: 0.125em solid transparent;
  }

  /* Hidden from people and assistive technology, visible to bots that fill every field. */
  .honeypot {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .problem:empty {
    display: none;
  }

  .notice {
    border-inline-start: 0.25em solid var(--_border);
    padding: 0.75em 1em;
    margin-block: var(--_space);
    background: var(--_surface);
  }

  .notice.error-notice {
    border-color: var(--_danger);
  }

  .notice.success-notice {
    border-color: var(--_success);
  }

  .notice :first-child {
    margin-block-start: 0;
  }

  .notice :last-child {
    margin-block-end: 0;
  }

  @media (forced-colors: active) {
    button.primary {
      border-color: ButtonText;
    }
    [aria-invalid='true'] {
      border-color: Mark;
    }
  }
`;
