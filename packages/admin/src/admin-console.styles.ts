import { baseStyles, formStyles } from '@welcome-widgets/core';
import { css } from 'lit';

export const adminConsoleStyles = [
  baseStyles,
  formStyles,
  css`
    :host {
      --_max-width: none;
      min-height: 100vh;
    }

    header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 1.5em;
      padding: 0.75em clamp(0.75em, 3vw, 2em);
      background: var(--_accent);
      color: var(--_on-accent);
    }

    header p {
      margin: 0;
    }

    .brand {
      font-weight: 700;
      font-size: 1.125em;
    }

    .who {
      flex: 1 1 12em;
    }

    .tools {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }

    header button {
      color: var(--_on-accent);
      border-color: var(--_on-accent);
      background: transparent;
      padding-inline: 0.875em;
    }

    header :focus-visible {
      outline-color: var(--_on-accent);
    }

    nav {
      border-block-end: 0.0625em solid var(--_border);
      background: var(--_surface);
      /* The links' own padding lines their text up with the view below. */
      padding-inline: calc(clamp(1em, 3vw, 2em) - 0.75em);
    }

    nav ul {
      display: flex;
      flex-wrap: wrap;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    nav a {
      display: inline-block;
      padding: 0.75em 0.75em 0.5em;
      border-block-end: 0.25em solid transparent;
      color: var(--_accent);
      font-weight: 600;
    }

    nav a[aria-current='page'] {
      color: inherit;
      border-block-end-color: var(--_accent);
      text-decoration: none;
    }

    main {
      padding: clamp(1em, 3vw, 2em);
    }

    main:focus {
      outline: none;
    }
  `,
];
