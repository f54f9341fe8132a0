import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { SCENARIOS, faqHandlers, mockFetch, type Scenario } from '@welcome-widgets/api-mock';
import '@welcome-widgets/faq-search/define';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { withActions } from 'storybook/actions/decorator';
import { waitFor } from './support/wait-for.js';

interface FaqArgs {
  /** Set from the toolbar's language menu by the decorator in .storybook/preview.ts. */
  lang: string;
  /** How the mocked backend answers (msw handlers from @welcome-widgets/api-mock). */
  scenario: Scenario;
  category: string;
  limit: number;
  bookingHref: string;
  headingLevel: number;
}

type Story = StoryObj<FaqArgs>;

const DESCRIPTION = `
Answers as the person types: typo-tolerant, prefix and compound matching, German spellings and
diacritics folded, synonyms, in the browser on an index loaded once per language (typing costs no
request). Combobox after WAI-ARIA (arrows, Enter opens, Escape clears), category chips, answers
opened in place, deep links (\`#faq-<id>\`), "was this helpful?". Stories answer from the msw
handlers of \`@welcome-widgets/api-mock\` (a few German entries); the real content is on the server.

**Attributes:** \`api\`, \`lang\`, \`category\` (restrict), \`limit\` (default 10), \`booking-href\`
(offered when nothing is found), \`heading-level\`.

**Events:** \`welcome-faq-open\` (\`detail: { id }\`). **Parts:** \`base\`, \`heading\`, \`search\`,
\`results\`, \`answer\`, \`booking\`.
`;

async function typeInto(canvasElement: HTMLElement, text: string): Promise<ShadowRoot> {
  const el = await waitFor(() => canvasElement.querySelector('welcome-faq-search'), '<welcome-faq-search>');
  const root = await waitFor(
    () => (el.shadowRoot?.querySelector('#faq-input') ? el.shadowRoot : null),
    'the search field',
  );
  const input = root.querySelector<HTMLInputElement>('#faq-input')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  input.focus();
  return root;
}

const meta: Meta<FaqArgs> = {
  tags: ['autodocs'],
  title: 'Widgets/FAQ search',
  component: 'welcome-faq-search',
  decorators: [withActions],
  render: ({ lang, scenario, category, limit, bookingHref, headingLevel }) =>
    html`${keyed(
      scenario,
      html`<welcome-faq-search
        lang=${lang}
        category=${category}
        limit=${limit}
        booking-href=${bookingHref}
        heading-level=${headingLevel}
        .apiFetch=${mockFetch(faqHandlers(scenario))}
      ></welcome-faq-search>`,
    )}`,
  args: { lang: 'de', scenario: 'ok', category: '', limit: 10, bookingHref: '#beratung', headingLevel: 2 },
  argTypes: {
    lang: { description: 'UI language; set it with the language menu in the toolbar.', control: false },
    scenario: { description: 'How the mocked backend answers.', control: 'select', options: [...SCENARIOS] },
    category: { control: 'select', options: ['', 'blue-card', 'opportunity-card', 'arrival', 'employers'] },
    limit: { control: { type: 'number', min: 1, max: 50 } },
    bookingHref: { name: 'booking-href', control: 'text' },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 1, max: 6, step: 1 } },
  },
  parameters: { actions: { handles: ['welcome-faq-open'] }, docs: { description: { component: DESCRIPTION } } },
};

export default meta;

/** All questions, with the category chips. */
export const Browse: Story = {};

/** Suggestions while typing, with the matched words highlighted (a typo included). */
export const Typing: Story = { play: async ({ canvasElement }) => void (await typeInto(canvasElement, 'Gehlat')) };

/** Nothing found: tips, frequent questions and the consultation. */
export const NothingFound: Story = {
  play: async ({ canvasElement }) => void (await typeInto(canvasElement, 'xylophon')),
};

/**
 * In English, an answer whose translation is older than its German text: the widget says so and
 * shows the German text on request. The other answers have no English text and show German.
 */
export const OutdatedTranslation: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const el = await waitFor(() => canvasElement.querySelector('welcome-faq-search'), '<welcome-faq-search>');
    const question = await waitFor(
      () => el.shadowRoot?.querySelector<HTMLButtonElement>('#q-blue-card-salary') ?? null,
      'the question',
    );
    question.click();
  },
};

/** Restricted to one category by the partner. */
export const OneCategory: Story = { args: { category: 'employers' } };

/** The answers are on their way (the mock answers after 2.5 s). */
export const Loading: Story = { args: { scenario: 'slow' } };

/** The server answers 500: a translated message with retry. */
export const ServerError: Story = { args: { scenario: 'error' } };

/** No connection to the server. */
export const Offline: Story = { args: { scenario: 'offline' } };

/** On a partner page the county has not put on ALLOWED_ORIGINS yet: the widget says so, without a retry. */
export const OriginNotAllowed: Story = { args: { scenario: 'origin-not-allowed' } };
