import { css } from 'lit';

/**
 * Tokens every widget shares. Fonts and text colour inherit from the host page; sizes are in
 * `em` so a host's `html { font-size: 62.5% }` cannot shrink us. Documented in README "Theming".
 */
export const baseStyles = css`
  :host {
    --_accent: var(--welcome-color-accent, #00508c);
    --_on-accent: var(--welcome-color-on-accent, #ffffff);
    --_danger: var(--welcome-color-danger, #b3261e);
    --_success: var(--welcome-color-success, #1e6b34);
    --_border: var(--welcome-color-border, #6e6e6e);
    --_surface: var(--welcome-color-surface, #ffffff);
    --_muted: var(--welcome-color-muted, #4f4f4f);
    --_focus: var(--welcome-color-focus, #00508c);
    --_radius: var(--welcome-radius, 0.375em);
    --_space: var(--welcome-space, 1em);
    --_max-width: var(--welcome-max-width, 40em);

    display: block;
    max-width: var(--_max-width);
    font-family: var(--welcome-font-family, inherit);
    /* Never smaller than 16px, even in a host's small-print sidebar; never from the host's rem. */
    font-size: var(--welcome-font-size, max(1em, 16px));
    line-height: 1.5;
    color: var(--welcome-color-text, inherit);
    text-align: start;
    overflow-wrap: anywhere;
  }

  :host([hidden]) {
    display: none;
  }

  /* Set, not inherited: a host rule like "* { box-sizing: content-box }" reaches our host element. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  :focus-visible {
    outline: 0.1875em solid var(--_focus);
    outline-offset: 0.125em;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
