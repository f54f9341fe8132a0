import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { SCENARIOS, mockFetch, quickcheckHandlers, type Scenario } from '@welcome-widgets/api-mock';
import '@welcome-widgets/quickcheck/define';
import { encodeAnswers, type Answers } from '@welcome-widgets/domain/quickcheck';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { withActions } from 'storybook/actions/decorator';
import { waitFor } from './support/wait-for.js';

interface QuickcheckArgs {
  /** Set from the toolbar's language menu by the decorator in .storybook/preview.ts. */
  lang: string;
  /** How the mocked backend answers (msw handlers from @welcome-widgets/api-mock). */
  scenario: Scenario;
  audience: 'worker' | 'employer';
  bookingHref: string;
  headingLevel: number;
  /** Answers restored from the link fragment, as a shared link would (stories only). */
  answers?: Answers;
}

type Story = StoryObj<QuickcheckArgs>;

const DESCRIPTION = `
A few plain questions, then the legal pathways to work in Germany that may fit: legal basis,
reasons, conditions still to prove, next steps, opportunity-card points and a hand-off to a
consultation. The rules come from \`GET /api/v1/quickcheck\` (here: the msw handlers of
\`@welcome-widgets/api-mock\`, with the shipped rule sets); the answers are evaluated in the browser
and never sent. Only the questions that matter are asked; back and forward keep answers (and focus
the checked option); progress is a step number that never goes back; an implausibly low annual
salary gets a "per month?" hint. The result names near misses (what is missing and by how much),
says what else the opportunity card needs when the points alone would suggest it, lists the answers
to change any of them, and can be printed and shared as a link whose fragment carries the answers;
opening such a link scrolls to the result and focuses it.

**Attributes:** \`api\`, \`lang\`, \`audience\` (\`worker\` default, or \`employer\`: questions about the
person to hire, and employer steps such as the accelerated procedure), \`booking-href\` (the result
links there with \`?topic=\` and the widget's \`lang\`), \`heading-level\` (1–6, default 2).

**Events:** \`welcome-quickcheck-complete\` (\`detail: { pathways, audience }\`, pathway ids only).

**Parts:** \`base\`, \`heading\`, \`question\`, \`progress\`, \`summary\`, \`result\`, \`pathway\`,
\`near-misses\`, \`points\`, \`booking\`, \`status\`.
`;

const INDIAN_ECONOMIST: Answers = {
  citizenship: 'IN',
  jobOffer: true,
  annualSalaryEur: 52_000,
  qualification: 'academic',
  recognition: 'full',
  itSpecialist: false,
  shortageOccupation: false,
  experienceYearsLast7: 3,
  experienceYearsLast5: 3,
  germanLevel: 'none',
  englishLevel: 'B2',
  age: 48,
  pensionProof: false,
};

/** 50,000 € against the 2026 Blue Card line of 50,700 €: a near miss. */
const NEAR_BLUE_CARD: Answers = {
  ...INDIAN_ECONOMIST,
  annualSalaryEur: 50_000,
  degreeYearsAgo: 5,
  age: 30,
};

/** Enough opportunity-card points with a job offer: the card's other requirements are listed. */
const POINTS_WITHOUT_CARD: Answers = {
  citizenship: 'VN',
  jobOffer: true,
  annualSalaryEur: 40_000,
  qualification: 'vocational',
  recognition: 'full',
  itSpecialist: false,
  shortageOccupation: true,
  experienceYearsLast7: 3,
  experienceYearsLast5: 3,
  collectiveAgreement: false,
  germanLevel: 'B1',
  englishLevel: 'B2',
  age: 30,
  pensionProof: false,
};

const NOBODY_FITS: Answers = {
  citizenship: 'AF',
  jobOffer: false,
  qualification: 'none',
  germanLevel: 'none',
  age: 30,
};

async function shadowOf(canvasElement: HTMLElement): Promise<ShadowRoot> {
  const el = await waitFor(() => canvasElement.querySelector('welcome-quickcheck'), '<welcome-quickcheck>');
  return waitFor(() => (el.shadowRoot?.querySelector('.root') ? el.shadowRoot : null), 'the first render');
}

const meta: Meta<QuickcheckArgs> = {
  tags: ['autodocs'],
  title: 'Widgets/Quickcheck',
  component: 'welcome-quickcheck',
  decorators: [withActions],
  render: ({ lang, scenario, audience, bookingHref, headingLevel, answers }) => {
    // The widget reads shared answers from the fragment when it loads; a story without answers starts afresh.
    history.replaceState(
      history.state,
      '',
      answers ? `#${encodeAnswers(answers)}` : location.pathname + location.search,
    );
    return html`${keyed(
      `${scenario}|${JSON.stringify(answers ?? {})}`,
      html`<welcome-quickcheck
        lang=${lang}
        audience=${audience}
        booking-href=${bookingHref}
        heading-level=${headingLevel}
        .apiFetch=${mockFetch(quickcheckHandlers(scenario))}
      ></welcome-quickcheck>`,
    )}`;
  },
  args: { lang: 'de', scenario: 'ok', audience: 'worker', bookingHref: '#beratung', headingLevel: 2 },
  argTypes: {
    lang: { description: 'UI language; set it with the language menu in the toolbar.', control: false },
    scenario: { description: 'How the mocked backend answers.', control: 'select', options: [...SCENARIOS] },
    audience: { control: 'inline-radio', options: ['worker', 'employer'] },
    bookingHref: { name: 'booking-href', control: 'text' },
    headingLevel: { name: 'heading-level', control: { type: 'number', min: 1, max: 6, step: 1 } },
    answers: { control: false },
  },
  parameters: {
    actions: { handles: ['welcome-quickcheck-complete'] },
    docs: { description: { component: DESCRIPTION } },
  },
};

export default meta;

/** The first question, for a skilled worker. */
export const FirstQuestion: Story = {};

/** The same questions phrased for an employer planning a hire. */
export const Employer: Story = { args: { audience: 'employer' } };

/** The country list, filtered as the person types. */
export const CountrySearch: Story = {
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement);
    const input = await waitFor(() => root.querySelector<HTMLInputElement>('#q-input'), 'the country field');
    input.value = 'Vi';
    input.dispatchEvent(new Event('input'));
    await waitFor(() => root.querySelector('#country-list:not([hidden]) li'), 'the filtered list');
  },
};

/** "Next" without an answer: a translated message, tied to the field. */
export const MissingAnswer: Story = {
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement);
    (await waitFor(() => root.querySelector<HTMLButtonElement>('button[type=submit]'), 'the next button')).click();
    await waitFor(() => root.querySelector('#q-error'), 'the error');
  },
};

/** A result with three pathways and the age-45 condition (restored from a shared link). */
export const ResultWithPathways: Story = { args: { answers: INDIAN_ECONOMIST } };

/** The same result for an employer: next steps add the accelerated procedure and its fee. */
export const ResultForEmployer: Story = { args: { answers: INDIAN_ECONOMIST, audience: 'employer' } };

/** A near miss: the Blue Card 700 € away, with the lower line for shortage occupations named. */
export const ResultNearMiss: Story = { args: { answers: NEAR_BLUE_CARD } };

/** Points enough for the opportunity card, but not the card: what else it needs. */
export const ResultPointsWithoutCard: Story = { args: { answers: POINTS_WITHOUT_CARD } };

/** "Change answers": every answer listed, each with "Change". */
export const AnswersSummary: Story = {
  args: { answers: INDIAN_ECONOMIST },
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement);
    const change = await waitFor(() => root.querySelector<HTMLButtonElement>('.result-actions button'), 'the result');
    change.click();
    await waitFor(() => root.querySelector('.answers-summary'), 'the list of answers');
  },
};

/** An annual salary of 4,500 €: "is that per month?", with 12 × offered. */
export const MonthlySalaryHint: Story = {
  args: { answers: { citizenship: 'IN', jobOffer: true } },
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement);
    const input = await waitFor(() => root.querySelector<HTMLInputElement>('#q-input'), 'the salary field');
    input.value = '4500';
    input.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitFor(() => root.querySelector('#q-monthly button'), 'the hint');
  },
};

/** An EU citizen is done after one question. */
export const ResultEuCitizen: Story = { args: { answers: { citizenship: 'PL' } } };

/** Nothing fits yet: next steps and the consultation instead of a dead end. */
export const ResultNothingFitsYet: Story = { args: { answers: NOBODY_FITS } };

/** The rules are on their way (the mock answers after 2.5 s). */
export const Loading: Story = { args: { scenario: 'slow' } };

/** The server answers 500: a translated message with retry. */
export const ServerError: Story = { args: { scenario: 'error' } };

/** A proxy answers 200 with HTML instead of JSON: treated like a server error. */
export const MalformedResponse: Story = { args: { scenario: 'malformed' } };

/** No connection to the server. */
export const Offline: Story = { args: { scenario: 'offline' } };

/** On a partner page the county has not put on ALLOWED_ORIGINS yet: the widget says so, without a retry. */
export const OriginNotAllowed: Story = { args: { scenario: 'origin-not-allowed' } };
