import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import {
  MOCK_CANCEL_TOKEN,
  MOCK_VALID_TOKEN,
  SHIPPED_RULE_SETS,
  appointmentHandlers,
  dashboardHandlers,
  faqHandlers,
  mockFetch,
  newsletterHandlers,
  quickcheckHandlers,
} from '@welcome-widgets/api-mock';
import {
  CHECKED_CONTRACTS,
  CONTRACT_CHECKS_DIR,
  generateContractChecks,
} from '../../../scripts/generate-contract-checks.js';
import * as contracts from '../src/contracts/index.js';
import { check, fieldErrorsFromIssues, type Contract } from '../src/contracts/index.js';

type Name = (typeof CHECKED_CONTRACTS)[number];

const fetchFrom = mockFetch([
  ...newsletterHandlers(),
  ...appointmentHandlers(),
  ...faqHandlers(),
  ...dashboardHandlers(),
  ...quickcheckHandlers(),
]);

async function answer(path: string, init?: { method: string; body?: unknown }): Promise<unknown> {
  const response = await fetchFrom(`http://localhost/api/${path}`, {
    method: init?.method ?? 'GET',
    ...(init?.body === undefined
      ? {}
      : { body: JSON.stringify(init.body), headers: { 'content-type': 'application/json' } }),
  });
  return response.status === 204 ? {} : response.json();
}

const LONG = 'x'.repeat(2100);
const SINGLE_LINE_PAGE = 'https://county.example/welcome';

const bookingRequest = (start: string) => ({
  topic: 'work-visa',
  start,
  name: '  Amina Haddad \r\n',
  email: ' amina@example.org ',
  language: 'de',
  message: 'Line one\r\nline two\tindented',
  consent: true,
  consentVersion: 'appointment-consent-2026-12',
  timeZone: 'Europe/Berlin',
  mailLanguage: 'ar',
  website: '',
  page: SINGLE_LINE_PAGE,
  widgetVersion: '1.0.0',
});

/** Real answers of the mock backend (built from the seed content and the shipped rule sets), and real form requests. */
async function validSamples(): Promise<Record<Name, unknown[]>> {
  const topics = (await answer('v1/appointments/topics?lang=de')) as { topics: { id: string }[] };
  const from = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const to = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
  const slots = (await answer(
    `v1/appointments/slots?topic=${topics.topics[1]!.id}&from=${from}T00:00:00Z&to=${to}T00:00:00Z`,
  )) as { slots: { start: string }[] };
  const start = slots.slots[0]!.start;
  const held = (await answer('v1/appointments', { method: 'POST', body: bookingRequest(start) })) as {
    id: string;
    cancelToken: string;
  };
  const details = await answer(`v1/appointments/${held.id}?token=${held.cancelToken}`);
  const cancelled = await answer(`v1/appointments/${held.id}?token=${held.cancelToken}`, { method: 'DELETE' });
  const metrics = (await answer('v1/dashboard/metrics?lang=de')) as { metrics: { id: string }[] };
  const quickcheck = await answer('v1/quickcheck?lang=de&audience=worker');
  return {
    ErrorEnvelope: [
      await answer('v1/appointments', { method: 'POST', body: { ...bookingRequest(start), email: 'nope' } }),
      await answer(`v1/appointments/x?token=${MOCK_CANCEL_TOKEN}`),
      {
        error: { code: 'validation_failed', message: 'm', lines: [{ line: 2, message: 'x' }], files: [] },
        requestId: 'r',
      },
    ],
    NoContent: [
      await answer('v1/faq/zero-results', { method: 'POST', body: { query: 'visum', language: 'de' } }),
      { extra: 1 },
    ],
    NewsletterSubscriptionRequest: [
      {
        email: ' a@example.org',
        topics: ['events', 'employers'],
        language: 'uk',
        consent: true,
        consentVersion: 'newsletter-consent-2026-11',
        website: '',
        page: SINGLE_LINE_PAGE,
        widgetVersion: '1.0.0',
      },
      { email: 'b.c+d@sub.example.org', topics: ['legal-changes'], language: 'de', consent: true },
    ],
    NewsletterSubscriptionAccepted: [
      await answer('v1/newsletter/subscriptions', {
        method: 'POST',
        body: { email: 'a@example.org', topics: ['events'], language: 'de', consent: true },
      }),
    ],
    NewsletterTokenResult: [
      await answer(`v1/newsletter/confirm?token=${MOCK_VALID_TOKEN}`),
      { status: 'already-unsubscribed' },
    ],
    AppointmentTopicsResponse: [topics],
    AppointmentSlotsResponse: [slots],
    BookingRequest: [bookingRequest(start), { ...bookingRequest(start), message: undefined, website: undefined }],
    HeldBooking: [held],
    BookingDetails: [details],
    BookingCancelled: [cancelled],
    FaqResponse: [await answer('v1/faq?lang=de'), await answer('v1/faq?lang=ar')],
    DashboardMetric: await Promise.all(
      metrics.metrics.map((metric) => answer(`v1/dashboard/metrics/${metric.id}?lang=de`)),
    ),
    QuickcheckDefinition: [quickcheck],
    RuleSet: [...SHIPPED_RULE_SETS],
  };
}

const WRONG_VALUES: unknown[] = [
  undefined,
  null,
  0,
  -1,
  1.5,
  2 ** 60,
  '',
  'zzz',
  '   ',
  LONG,
  // 2,200 UTF-16 units, 1,100 characters: lengths count characters.
  '\u{1F600}'.repeat(1100),
  'a\u0000b',
  'a\r\nb',
  'a\u202Eb',
  '\uD800',
  'not an email@',
  '2026-13-45',
  true,
  false,
  [],
  ['zzz'],
  {},
];

type Json = unknown;

/** Every value `sample` turns into with one change somewhere: wrong types, missing and extra keys, bad items. */
function* mutations(sample: Json, depth = 0): Generator<Json> {
  if (depth > 6) return;
  if (Array.isArray(sample)) {
    yield* [null, {}, 'zzz', []];
    if (sample.length) {
      yield [...sample, sample[0]];
      yield [...sample, 'zzz'];
      // The first item stands for all: the others are built alike.
      for (const changed of mutations(sample[0], depth + 1)) yield [changed, ...sample.slice(1)];
    }
    return;
  }
  if (typeof sample === 'object' && sample !== null) {
    const record = sample as Record<string, Json>;
    yield* [null, [], 'zzz'];
    yield { ...record, unexpected: 'x' };
    // An own key `__proto__`, as JSON.parse makes it: never the result's prototype.
    yield { ...(JSON.parse('{"__proto__": {"polluted": true}}') as object), ...record };
    yield Object.assign(Object.create(null), record);
    for (const key of Object.keys(record)) {
      const { [key]: _removed, ...without } = record;
      yield without;
      for (const changed of mutations(record[key], depth + 1)) yield { ...record, [key]: changed };
    }
    return;
  }
  for (const wrong of WRONG_VALUES) if (wrong !== sample) yield wrong;
  if (typeof sample === 'string') {
    yield ` ${sample} `;
    yield `${sample}\n`;
    yield sample.toUpperCase();
    yield `${sample}${'y'.repeat(60)}`;
    yield [...sample].slice(0, -1).join('');
  }
  if (typeof sample === 'number') yield sample + 0.5;
}

const issuesOf = (issues: readonly { code: string; path: readonly PropertyKey[]; keys?: readonly string[] }[]) =>
  issues.map((issue) => ({
    code: issue.code,
    path: [...issue.path],
    ...(issue.keys ? { keys: [...issue.keys] } : {}),
  }));

function agree(name: Name, input: unknown): boolean {
  const schema = contracts[name] as unknown as z.ZodMiniType;
  const ours = check(contracts[`${name}Check`] as Contract<unknown>, input);
  const theirs = z.safeParse(schema, input);
  const what = `${name} ${JSON.stringify(input)?.slice(0, 300)}`;
  assert.equal(!ours.issues, theirs.success, `accept/reject differs: ${what}`);
  if (theirs.success) {
    assert.deepStrictEqual(ours.issues ? ours.issues : ours.value, theirs.data, `result differs: ${what}`);
    return true;
  }
  assert.deepStrictEqual(issuesOf(ours.issues!), issuesOf(theirs.error.issues), `issues differ: ${what}`);
  assert.deepStrictEqual(
    fieldErrorsFromIssues(ours.issues!, input),
    fieldErrorsFromIssues(theirs.error.issues, input),
    `field errors differ: ${what}`,
  );
  return false;
}

describe('checks generated from the zod contracts', () => {
  it('are up to date with the contracts (npm run contracts:generate)', async () => {
    const wanted = await generateContractChecks();
    assert.deepEqual(readdirSync(CONTRACT_CHECKS_DIR).sort(), [...wanted.keys()].sort());
    for (const [file, text] of wanted) assert.equal(readFileSync(join(CONTRACT_CHECKS_DIR, file), 'utf8'), text, file);
  });

  it('agree with zod on real answers and requests and on every one-change mutation of them', async () => {
    const samples = await validSamples();
    assert.deepEqual(Object.keys(samples).sort(), [...CHECKED_CONTRACTS].sort());
    for (const name of CHECKED_CONTRACTS) {
      let accepted = 0;
      let refused = 0;
      for (const sample of samples[name]) {
        assert.ok(agree(name, sample), `${name}: a valid sample is refused`);
        for (const mutation of mutations(sample)) {
          if (agree(name, mutation)) accepted++;
          else refused++;
        }
      }
      // Both sides of every contract are exercised, not just one.
      assert.ok(refused > 0, `${name}: no mutation refused`);
      if (name !== 'NoContent') assert.ok(accepted + refused > 10, `${name}: too few mutations`);
    }
  });

  it('give a form the field codes the server gives, for every kind of mistake', () => {
    const valid = {
      email: 'a@example.org',
      topics: ['events'],
      language: 'de',
      consent: true,
      page: SINGLE_LINE_PAGE,
    };
    const errors = (input: unknown) => {
      const result = check(contracts.NewsletterSubscriptionRequestCheck, input);
      return result.issues ? fieldErrorsFromIssues(result.issues, input) : {};
    };
    assert.deepEqual(errors({ ...valid, email: '' }), { email: 'required' });
    assert.deepEqual(errors({ ...valid, email: 'nope' }), { email: 'invalid' });
    assert.deepEqual(errors({ ...valid, email: `${'x'.repeat(300)}@example.org` }), { email: 'too_long' });
    assert.deepEqual(errors({ ...valid, topics: [] }), { topics: 'required' });
    assert.deepEqual(errors({ ...valid, topics: ['spam'] }), { topics: 'not_allowed' });
    assert.deepEqual(errors({ ...valid, consent: false }), { consent: 'required' });
    assert.deepEqual(errors({ ...valid, page: 'a\u202Eb' }), { page: 'control_characters' });
    const input = { ...bookingRequest('2026-03-31T07:00:00Z'), name: 'A\u0000' };
    const booking = check(contracts.BookingRequestCheck, input);
    assert.deepEqual(fieldErrorsFromIssues(booking.issues ?? [], input), { name: 'control_characters' });
  });
});
