import type { LocaleModule } from '@lit/localize';
// @lit/localize keeps one locale per page. A partner page may show a German quickcheck beside an
// Arabic FAQ, so we install our own msg() implementation that reads the translations of the
// element being rendered. See docs/adr/0002-localization-per-element.md.
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { SOURCE_LOCALE, type SupportedLocale } from '@welcome-widgets/domain';
import { templatesFor } from './locale-catalog.js';

type Templates = LocaleModule['templates'] | undefined;

let current: Templates;
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  try {
    _installMsgImplementation(((template: unknown, options: unknown) =>
      runtimeMsg(current, template as never, options as never)) as never);
  } catch {
    // Another setup in this same bundle already owns msg(); strings then follow that setup.
  }
}

/** Runs `fn` with msg() answering in `locale`; Lit renders synchronously, so this covers a render pass. */
export function withLocale<T>(locale: SupportedLocale, fn: () => T): T {
  install();
  const previous = current;
  current = locale === SOURCE_LOCALE ? undefined : templatesFor(locale);
  try {
    return fn();
  } finally {
    current = previous;
  }
}
