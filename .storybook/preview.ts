import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import manifest from '../packages/widgets/custom-elements.json' with { type: 'json' };

// Attribute, event, part and CSS property tables in the docs come from the generated manifest.
setCustomElementsManifest(manifest);

/** The widgets' languages, each labelled in its own language. */
const LOCALES = [
  { value: 'de', title: 'Deutsch' },
  { value: 'en', title: 'English' },
  { value: 'uk', title: 'Українська' },
  { value: 'ru', title: 'Русский' },
  { value: 'ar', title: 'العربية', right: 'RTL' },
  { value: 'es', title: 'Español' },
  { value: 'vi', title: 'Tiếng Việt' },
] as const;

const DEFAULT_LOCALE = 'de';

/**
 * Hands the toolbar's locale to the story as `args.lang`; every story renders it as the widget's
 * own `lang` attribute, so switching the toolbar switches the widget like a page would.
 */
const withLocale: Decorator = (story, context) => {
  const locale = typeof context.globals['locale'] === 'string' ? context.globals['locale'] : DEFAULT_LOCALE;
  return story({ ...context, args: { ...context.args, lang: locale } });
};

const preview: Preview = {
  decorators: [withLocale],
  globalTypes: {
    locale: {
      description: 'Language of the widget (its lang attribute)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [...LOCALES],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: DEFAULT_LOCALE },
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
};

export default preview;
