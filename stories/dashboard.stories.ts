import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { SCENARIOS, dashboardHandlers, mockFetch, type Scenario } from '@welcome-widgets/api-mock';
import '@welcome-widgets/dashboard/define';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';

interface TileArgs {
  /** Set from the toolbar's language menu by the decorator in .storybook/preview.ts. */
  lang: string;
  /** How the mocked backend answers (msw handlers from @welcome-widgets/api-mock). */
  scenario: Scenario;
  metric: string;
  variant: 'key-figure' | 'line' | 'bar' | 'stacked' | 'table';
}

type Story = StoryObj<TileArgs>;

const DESCRIPTION = `
The county's migration figures: \`<welcome-dashboard-tile metric variant>\` shows one metric as a key
figure (value, signed change against the previous period, date), a line chart, a ranking, stacked
columns or a table. Each chart is one Tab stop: arrow keys move between points (mirrored in Arabic),
Home and End jump to the ends, the focused point's value shows in a tooltip at the point. Every tile
has a one-sentence text alternative, "show as table" (scrolling inside the tile) and a CSV download
of exactly the shown data (semicolons and decimal comma in German), the source and the dates.
\`<welcome-dashboard>\` lays tiles out in a responsive grid of equal-height rows, with a default set when it has no children.
Stories answer from the msw handlers of \`@welcome-widgets/api-mock\`.

**Attributes:** \`api\`, \`lang\`, \`metric\` (\`foreign-residents\`, \`top-nationalities\`, \`residents-by-group\`,
\`residence-titles-by-purpose\`, \`accelerated-procedures\`), \`variant\`, \`heading-level\`.
**Parts:** \`base\`, \`chart\`, \`table\`, \`meta\`; dashboard: \`grid\`.
`;

const meta: Meta<TileArgs> = {
  tags: ['autodocs'],
  title: 'Widgets/Dashboard',
  component: 'welcome-dashboard-tile',
  render: ({ lang, scenario, metric, variant }) =>
    html`${keyed(
      `${scenario}|${metric}|${variant}`,
      html`<div style="max-width: 28rem">
        <welcome-dashboard-tile
          lang=${lang}
          metric=${metric}
          variant=${variant}
          .apiFetch=${mockFetch(dashboardHandlers(scenario))}
        ></welcome-dashboard-tile>
      </div>`,
    )}`,
  args: { lang: 'de', scenario: 'ok', metric: 'foreign-residents', variant: 'line' },
  argTypes: {
    lang: { description: 'UI language; set it with the language menu in the toolbar.', control: false },
    scenario: { description: 'How the mocked backend answers.', control: 'select', options: [...SCENARIOS] },
    metric: {
      control: 'select',
      options: [
        'foreign-residents',
        'top-nationalities',
        'residents-by-group',
        'residence-titles-by-purpose',
        'accelerated-procedures',
      ],
    },
    variant: { control: 'inline-radio', options: ['key-figure', 'line', 'bar', 'stacked', 'table'] },
  },
  parameters: { docs: { description: { component: DESCRIPTION } } },
};

export default meta;

/** Foreign residents: value, change against the previous quarter, date. */
export const KeyFigure: Story = { args: { variant: 'key-figure' } };

/** Foreign residents over time; Tab reaches each point. */
export const Line: Story = { args: { variant: 'line' } };

/** The ten largest nationalities. */
export const Ranking: Story = { args: { metric: 'top-nationalities', variant: 'bar' } };

/** Residents by group over time, stacked. */
export const Stacked: Story = { args: { metric: 'residents-by-group', variant: 'stacked' } };

/** The same figures as a table. */
export const Table: Story = { args: { metric: 'accelerated-procedures', variant: 'table' } };

/** The figures are on their way (the mock answers after 2.5 s). */
export const Loading: Story = { args: { scenario: 'slow' } };

/** A proxy answers with HTML instead of JSON. */
export const Malformed: Story = { args: { scenario: 'malformed' } };

/** The whole dashboard with its default tiles. */
export const Dashboard: Story = {
  render: ({ lang, scenario }) =>
    html`<welcome-dashboard lang=${lang} .apiFetch=${mockFetch(dashboardHandlers(scenario))}></welcome-dashboard>`,
};

/** On a partner page the county has not put on ALLOWED_ORIGINS yet: the widget says so, without a retry. */
export const OriginNotAllowed: Story = { args: { scenario: 'origin-not-allowed' } };
