import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import {
  ErrorEnvelope,
  FIELD_ERROR_MESSAGES,
  QuickcheckDefinition,
  QuickcheckResult,
  type QuickcheckProfile,
} from '@welcome-widgets/domain';
import { SCENARIOS, SHIPPED_RULE_SETS, mockFetch, quickcheckHandlers } from '@welcome-widgets/api-mock';
import { QUESTIONS, ruleSetOn } from '@welcome-widgets/domain/quickcheck';
import { SHIPPED_RULE_SETS_DIR, loadRuleSets } from '../src/quickcheck/load-rule-sets.js';
import { quickcheckCases } from '../../domain/test/quickcheck-cases.js';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { Mailer } from '../src/mail/mailer.js';
import { BERLIN, zonedDate } from '@welcome-widgets/domain/time';
import { loadQuickcheckRuleSets } from '../src/quickcheck/quickcheck-service.js';
import type { Storage } from '../src/storage/database.js';
import { postJson, startTestServer, type TestServer } from './support/test-server.js';

const cases = quickcheckCases();
const economist = cases.find((c) => c.name.startsWith('Indian economist'))!.profile;
/** The 48,500 € economist: above the 2025 Blue Card line (48,300 €), below 2026's (50,700 €). */
const economist48500 = cases.find((c) => c.name.includes('48,500'))!.profile;

const evaluateRequest = (profile: unknown) => postJson(profile);
const ids = (result: QuickcheckResult) => result.pathways.map((p) => p.id).sort();

async function evaluateOn(server: TestServer, profile: QuickcheckProfile): Promise<QuickcheckResult> {
  const response = await server.api('/v1/quickcheck/evaluate', evaluateRequest(profile));
  assert.equal(response.status, 200);
  const parsed = QuickcheckResult.safeParse(await response.json());
  assert.ok(parsed.success, 'the response is a QuickcheckResult');
  return parsed.data;
}

async function definitionOn(server: TestServer, query = ''): Promise<QuickcheckDefinition> {
  const response = await server.api(`/v1/quickcheck${query}`);
  assert.equal(response.status, 200);
  const parsed = QuickcheckDefinition.safeParse(await response.json());
  assert.ok(parsed.success, 'the response is a QuickcheckDefinition');
  return parsed.data;
}

describe('quickcheck API on the shipped rule sets', () => {
  let server: TestServer;
  /** Row counts of every table: evaluating must leave all of them as they were. */
  const snapshot = async () => {
    // Counting requests for the rate limit is not storing the profile (checked below).
    const tables = (await server.database.tables()).filter((name) => name !== 'rate_limit_counts');
    return Object.fromEntries(
      await Promise.all(tables.map(async (name) => [name, await server.database.count(`"${name}"`)] as const)),
    );
  };

  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.close();
  });

  describe('POST /api/v1/quickcheck/evaluate: the domain cases', () => {
    for (const { name, profile, expect } of cases) {
      it(name, async () => {
        const result = await evaluateOn(server, profile);
        assert.deepEqual(ids(result), [...expect.pathways].sort());
        assert.equal(result.opportunityCardPoints, expect.opportunityCardPoints);
        const withAge = result.pathways
          .filter((p) => p.conditions.some((c) => c.code === 'age-45-salary'))
          .map((p) => p.id);
        assert.deepEqual(withAge.sort(), [...expect.withAgeCondition].sort());
        if (profile.year !== undefined) assert.equal(result.year, profile.year);
      });
    }
  });

  describe('POST /api/v1/quickcheck/evaluate: details', () => {
    it('uses the rule set valid today (Europe/Berlin) when the profile names no year', async () => {
      const { year: _year, ...withoutYear } = economist;
      const expected = ruleSetOn(loadRuleSets(), zonedDate(new Date(), BERLIN));
      assert.ok(expected, 'a shipped rule set is valid today');
      const result = await evaluateOn(server, withoutYear);
      assert.equal(result.ruleSetVersion, expected.version);
      assert.equal(result.validFrom, expected.validFrom);
    });

    it('takes the figures from the year in the profile', async () => {
      assert.ok((await evaluateOn(server, economist48500)).pathways.some((p) => p.id === 'blue-card'));
      const in2026 = await evaluateOn(server, { ...economist48500, year: 2026 });
      assert.ok(!in2026.pathways.some((p) => p.id === 'blue-card'));
      assert.equal(in2026.ruleSetVersion, '2026-01');
    });

    it('gives employers their own next steps', async () => {
      const result = await evaluateOn(server, { ...economist, audience: 'employer' });
      assert.deepEqual(result.pathways[0]!.nextSteps[0], { code: 'accelerated-procedure', values: { fee: 411 } });
    });

    it('stores nothing: every table keeps its row count, and no quickcheck table exists', async () => {
      const before = await snapshot();
      for (const { profile } of cases) await evaluateOn(server, profile);
      await server.api('/v1/quickcheck/evaluate', evaluateRequest({ ...economist, age: 'thirty' }));
      assert.deepEqual(await snapshot(), before);
      assert.ok(!Object.keys(before).some((name) => /quickcheck|profile|answer/i.test(name)));
      // PostgreSQL counts rate limits in a table (SQLite in memory): a hash per client and window, no address.
      const counts = await server.database.rows<Record<string, unknown>>(sql`select * from rate_limit_counts`);
      for (const row of counts) {
        assert.deepEqual(Object.keys(row).sort(), ['bucket', 'client_hash', 'hits', 'window_start']);
        assert.match(String(row.client_hash), /^[0-9a-f]{64}$/);
      }
    });
  });

  describe('POST /api/v1/quickcheck/evaluate: hostile and invalid input gets a clear 4xx', () => {
    const json = (body: string): RequestInit => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const { citizenship: _citizenship, ...withoutCitizenship } = economist;
    const cases: Array<[string, RequestInit, number, string, Record<string, string>?]> = [
      ['age as a word', evaluateRequest({ ...economist, age: 'thirty' }), 422, 'validation_failed', { age: 'invalid' }],
      [
        'jobOffer as "yes"',
        evaluateRequest({ ...economist, jobOffer: 'yes' }),
        422,
        'validation_failed',
        {
          jobOffer: 'invalid',
        },
      ],
      [
        'unknown country ZZ',
        evaluateRequest({ ...economist, citizenship: 'ZZ' }),
        422,
        'validation_failed',
        {
          citizenship: 'not_allowed',
        },
      ],
      [
        'missing citizenship',
        evaluateRequest(withoutCitizenship),
        422,
        'validation_failed',
        {
          citizenship: 'required',
        },
      ],
      ['negative age', evaluateRequest({ ...economist, age: -5 }), 422, 'validation_failed', { age: 'too_short' }],
      ['age 30.5', evaluateRequest({ ...economist, age: 30.5 }), 422, 'validation_failed', { age: 'invalid' }],
      [
        'more experience in 5 years than in 7',
        evaluateRequest({ ...economist, experienceYearsLast5: 5, experienceYearsLast7: 2 }),
        422,
        'validation_failed',
        { experienceYearsLast5: 'invalid' },
      ],
      [
        'salary 1e309 (Infinity)',
        json(JSON.stringify(economist).replace(/"annualSalaryEur":\d+/, '"annualSalaryEur":1e309')),
        422,
        'validation_failed',
        {
          annualSalaryEur: 'invalid',
        },
      ],
      [
        'year before 2000',
        evaluateRequest({ ...economist, year: 1999 }),
        422,
        'validation_failed',
        {
          year: 'too_short',
        },
      ],
      [
        'a year without a rule set',
        evaluateRequest({ ...economist, year: 2031 }),
        422,
        'validation_failed',
        {
          year: 'not_allowed',
        },
      ],
      [
        'unknown audience',
        evaluateRequest({ ...economist, audience: 'boss' }),
        422,
        'validation_failed',
        {
          audience: 'not_allowed',
        },
      ],
      [
        '100 kB of padding in a field it does not know',
        evaluateRequest({ ...economist, padding: 'x'.repeat(100_000) }),
        422,
        'validation_failed',
        { padding: 'unknown_field' },
      ],
      [
        'a 100 kB country code',
        evaluateRequest({ ...economist, citizenship: 'X'.repeat(100_000) }),
        422,
        'validation_failed',
        { citizenship: 'not_allowed' },
      ],
      ['200 kB body', evaluateRequest({ ...economist, padding: 'x'.repeat(200_000) }), 413, 'payload_too_large'],
      [
        '200 kB body streamed without a length',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: new Blob([JSON.stringify({ ...economist, padding: 'x'.repeat(200_000) })]).stream(),
          duplex: 'half',
        } as RequestInit,
        413,
        'payload_too_large',
      ],
      ['malformed JSON', json('{"age": 30,'), 400, 'malformed_json'],
      ['invalid UTF-8', { ...json(''), body: new Uint8Array([0x7b, 0xff, 0x7d]) }, 400, 'malformed_json'],
      ['an array', evaluateRequest([economist]), 400, 'malformed_json'],
      ['null', json('null'), 400, 'malformed_json'],
      ['a string', json('"hello"'), 400, 'malformed_json'],
      ['an empty body', json(''), 400, 'malformed_json'],
      [
        'wrong content type',
        { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(economist) },
        415,
        'unsupported_media_type',
      ],
      [
        'no content type',
        { method: 'POST', body: new Blob([JSON.stringify(economist)]) },
        415,
        'unsupported_media_type',
      ],
    ];
    for (const [name, init, status, code, fields] of cases) {
      it(name, async () => {
        const response = await server.api('/v1/quickcheck/evaluate', init);
        assert.equal(response.status, status);
        const body = await response.json();
        assert.ok(ErrorEnvelope.safeParse(body).success, 'the error envelope');
        assert.equal(body.error.code, code);
        assert.doesNotMatch(JSON.stringify(body), /at .*\.ts:\d+/, 'no stack trace');
        if (fields) {
          assert.deepEqual(body.error.fieldCodes, fields);
          for (const [field, fieldCode] of Object.entries(fields)) {
            assert.equal(
              body.error.fields[field],
              FIELD_ERROR_MESSAGES[fieldCode as keyof typeof FIELD_ERROR_MESSAGES],
            );
          }
        } else {
          assert.equal(body.error.fields, undefined);
        }
      });
    }

    it('refuses fields it does not know, __proto__ included, pollutes nothing and stays up after all of the above', async () => {
      const hostile = `{"__proto__":{"age":"x","isAdmin":true},"constructor":{"prototype":{}},"extra":1,${JSON.stringify(economist).slice(1)}`;
      const response = await server.api('/v1/quickcheck/evaluate', json(hostile));
      assert.equal(response.status, 422);
      const body = await response.json();
      assert.equal(body.error.fieldCodes.extra, 'unknown_field');
      assert.equal(body.error.fieldCodes.constructor, 'unknown_field');
      assert.equal(body.error.fieldCodes.__proto__, 'unknown_field');
      assert.equal(({} as Record<string, unknown>).isAdmin, undefined);
      assert.equal((await server.api('/v1/health')).status, 200);
    });

    it('answers GET on the evaluate path with 404, not a crash', async () => {
      const response = await server.api('/v1/quickcheck/evaluate');
      assert.equal(response.status, 404);
    });
  });

  describe('GET /api/v1/quickcheck', () => {
    it('returns the questionnaire and the rule sets, current = valid today, cacheable', async () => {
      const response = await server.api('/v1/quickcheck');
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('cache-control'), 'public, max-age=3600');
      const raw = await response.json();
      const definition = QuickcheckDefinition.parse(raw);
      assert.equal(definition.audience, 'worker');
      assert.equal(definition.language, 'de', 'no language asked: German');
      const shipped = loadRuleSets();
      assert.deepEqual(definition.ruleSets, shipped);
      assert.deepEqual(definition.current, ruleSetOn(shipped, zonedDate(new Date(), BERLIN)));
      assert.deepEqual(
        definition.questions.map((q) => q.id),
        QUESTIONS.map((q) => q.id),
      );
      assert.deepEqual(definition.questions.find((q) => q.id === 'qualification')?.options, [
        'none',
        'vocational',
        'academic',
      ]);
      assert.ok(
        raw.questions.every((q: Record<string, unknown>) =>
          Object.keys(q).every((k) => ['id', 'kind', 'options'].includes(k)),
        ),
        'no functions or other fields leak into the questions',
      );
    });

    for (const [lang, expected] of [
      ['en', 'en'],
      ['uk-UA', 'uk'],
      ['ar', 'ar'],
      ['fr', 'en'],
      ['klingon-tlh', 'en'],
      ['', 'de'],
    ] as const) {
      it(`lang=${lang} → ${expected}`, async () => {
        assert.equal((await definitionOn(server, `?lang=${encodeURIComponent(lang)}`)).language, expected);
      });
    }

    it('audience=employer', async () => {
      assert.equal((await definitionOn(server, '?audience=employer&lang=vi')).audience, 'employer');
    });

    it('year=2025 gives the 2025 figures', async () => {
      const definition = await definitionOn(server, '?year=2025');
      assert.equal(definition.current.version, '2025-01');
      assert.equal(definition.current.figures.blueCardStandardSalaryEur, 48_300);
      assert.equal((await definitionOn(server, '?year=2026')).current.figures.blueCardStandardSalaryEur, 50_700);
    });

    for (const [query, fields] of [
      ['?audience=boss', { audience: 'not_allowed' }],
      ['?year=1999', { year: 'not_allowed' }],
      ['?year=twenty', { year: 'invalid' }],
      ['?year=2025&audience=admin', { audience: 'not_allowed' }],
    ] as const) {
      it(`${query} → 422 with field errors`, async () => {
        const response = await server.api(`/v1/quickcheck${query}`);
        assert.equal(response.status, 422);
        assert.equal(response.headers.get('cache-control'), 'no-store');
        const body = await response.json();
        assert.equal(body.error.code, 'validation_failed');
        assert.deepEqual(body.error.fieldCodes, fields);
      });
    }

    it('is described in OpenAPI with the contract schemas', async () => {
      const doc = await (await server.api('/openapi.json')).json();
      const get = doc.paths['/api/v1/quickcheck'].get;
      assert.deepEqual(get.parameters.map((p: { name: string }) => p.name).sort(), ['audience', 'lang', 'year']);
      assert.ok(get.responses['200'].content['application/json'].schema.properties.ruleSets);
      const post = doc.paths['/api/v1/quickcheck/evaluate'].post;
      const body = post.requestBody.content['application/json'].schema;
      assert.ok(body.required.includes('citizenship') && !body.required.includes('year'));
      assert.ok(post.responses['200'].content['application/json'].schema.properties.pathways);
      assert.ok(post.responses['422']);
    });
  });
});

describe('the msw mock answers like the server', () => {
  let server: TestServer;
  const mock = mockFetch(quickcheckHandlers());
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  const both = async (path: string, init?: RequestInit) => {
    const [real, mocked] = await Promise.all([server.api(path, init), mock(`http://mock.test/api${path}`, init)]);
    assert.equal(mocked.status, real.status, `${init?.method ?? 'GET'} ${path}`);
    return { real: await real.json(), mocked: await mocked.json() };
  };

  it('has the shipped rule sets', () => {
    assert.deepEqual(SHIPPED_RULE_SETS, loadRuleSets(), 'the mock serves the shipped rule-set files');
  });

  it('evaluates every domain case to the same result', async () => {
    for (const { profile } of cases) {
      const { real, mocked } = await both('/v1/quickcheck/evaluate', evaluateRequest(profile));
      assert.deepEqual(mocked, real);
    }
  });

  it('serves the same definition', async () => {
    for (const query of ['', '?lang=uk&audience=employer', '?year=2025&lang=fr']) {
      const { real, mocked } = await both(`/v1/quickcheck${query}`);
      assert.deepEqual(mocked, real);
    }
  });

  it('gives the same field errors', async () => {
    for (const body of [
      { ...economist, age: 'thirty', citizenship: 'ZZ' },
      { ...economist, experienceYearsLast5: 5, experienceYearsLast7: 1 },
      { ...economist, year: 2031 },
    ]) {
      const { real, mocked } = await both('/v1/quickcheck/evaluate', evaluateRequest(body));
      assert.deepEqual(mocked.error.fieldCodes, real.error.fieldCodes);
      assert.deepEqual(mocked.error.fields, real.error.fields);
    }
    for (const query of ['?audience=boss', '?year=1999']) {
      const { real, mocked } = await both(`/v1/quickcheck${query}`);
      assert.deepEqual(mocked.error.fieldCodes, real.error.fieldCodes);
    }
  });

  it('plays every scenario', async () => {
    const expected: Record<(typeof SCENARIOS)[number], number | 'network-error' | 'not-json'> = {
      ok: 200,
      slow: 200,
      error: 500,
      malformed: 'not-json',
      offline: 'network-error',
      'rate-limited': 429,
      validation: 422,
      conflict: 200,
      'origin-not-allowed': 403,
    };
    for (const scenario of SCENARIOS) {
      const fetchMock = mockFetch(quickcheckHandlers(scenario));
      const outcome = await fetchMock('http://mock.test/api/v1/quickcheck/evaluate', evaluateRequest(economist)).then(
        async (response) => {
          const text = await response.text();
          try {
            JSON.parse(text);
          } catch {
            return 'not-json' as const;
          }
          return response.status;
        },
        () => 'network-error' as const,
      );
      assert.equal(outcome, expected[scenario], scenario);
    }
  });
});

describe('quickcheck rule sets are data', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'welcome-rule-sets-'));
    dirs.push(dir);
    return dir;
  };
  const shipped = (name: string) => readFileSync(join(SHIPPED_RULE_SETS_DIR, name), 'utf8');
  after(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('changing 2026’s figures to 2025’s in the data changes the thresholds used', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '2025.json'), shipped('2025.json'));
    const edited = JSON.parse(shipped('2026.json'));
    edited.figures = JSON.parse(shipped('2025.json')).figures;
    writeFileSync(join(dir, '2026.json'), JSON.stringify(edited));
    const profile = { ...economist48500, year: 2026 };

    const original = await startTestServer();
    const changed = await startTestServer({ QUICKCHECK_RULE_SETS_DIR: dir });
    try {
      const before = await evaluateOn(original, profile);
      assert.ok(!before.pathways.some((p) => p.id === 'blue-card'), 'shipped 2026 line is 50,700 €');
      const after = await evaluateOn(changed, profile);
      assert.equal(after.ruleSetVersion, '2026-01');
      assert.deepEqual(ids(after), ['blue-card', 'experience-based', 'skilled-worker-academic']);
      const reason = after.pathways[0]!.reasons.find((r) => r.code === 'salary-standard');
      assert.equal(reason?.values?.threshold, 48_300);
      const definition = await definitionOn(changed, '?year=2026');
      assert.equal(definition.current.figures.blueCardStandardSalaryEur, 48_300);
    } finally {
      await original.close();
      await changed.close();
    }
  });

  describe('a malformed rule set stops the start, naming the file', () => {
    const silent = { debug() {}, info() {}, warn() {}, error() {} };
    const appWith = (dir: string) => () =>
      createApp({
        config: loadConfig({ QUICKCHECK_RULE_SETS_DIR: dir, LOG_LEVEL: 'silent' }),
        storage: {} as Storage,
        mailer: { transport: 'smtp' } as Mailer,
        logger: silent,
      });

    it('broken JSON', () => {
      const dir = tempDir();
      writeFileSync(join(dir, '2025.json'), shipped('2025.json'));
      writeFileSync(join(dir, '2026.json'), shipped('2026.json').replace('"figures": {', '"figures": {,'));
      assert.throws(appWith(dir), (error: Error) => {
        assert.match(error.message, /QUICKCHECK_RULE_SETS_DIR/);
        assert.match(error.message, /2026\.json/);
        assert.doesNotMatch(error.message, /2025\.json/);
        return true;
      });
    });

    it('a figure of the wrong type', () => {
      const dir = tempDir();
      const broken = JSON.parse(shipped('2026.json'));
      broken.figures.blueCardStandardSalaryEur = '50.700 €';
      writeFileSync(join(dir, '2026.json'), JSON.stringify(broken));
      assert.throws(appWith(dir), /2026\.json.*figures\.blueCardStandardSalaryEur/);
    });

    it('a folder without rule sets', () => {
      assert.throws(appWith(tempDir()), /No rule sets/);
      assert.throws(() => loadQuickcheckRuleSets(join(tmpdir(), 'welcome-no-such-dir')), /welcome-no-such-dir/);
    });

    it('the shipped folder is the default', () => {
      assert.equal(loadConfig({}).quickcheckRuleSetsDir, SHIPPED_RULE_SETS_DIR);
      assert.deepEqual(loadQuickcheckRuleSets(loadConfig({}).quickcheckRuleSetsDir), loadRuleSets());
    });
  });
});

describe('quickcheck evaluation leaves no trace in the log', () => {
  it('logs neither the answers nor their values', async () => {
    const lines: string[] = [];
    const log = (message: string, fields?: Record<string, unknown>) => lines.push(JSON.stringify({ message, fields }));
    const { hono } = createApp({
      config: loadConfig({ LOG_LEVEL: 'debug' }),
      storage: {} as Storage,
      mailer: { transport: 'smtp' } as Mailer,
      logger: { debug: log, info: log, warn: log, error: log },
    });
    const ok = await hono.request('/api/v1/quickcheck/evaluate', postJson({ ...economist, annualSalaryEur: 48_123 }));
    assert.equal(ok.status, 200);
    const bad = await hono.request('/api/v1/quickcheck/evaluate', postJson({ ...economist, citizenship: 'QQ' }));
    assert.equal(bad.status, 422);
    assert.ok(lines.length > 0, 'requests are logged');
    assert.doesNotMatch(lines.join('\n'), /48123|QQ|citizenship|economist|IN"/);
  });
});

describe('the date in Germany (zonedDate)', () => {
  it('is the date in Germany, across the new year', () => {
    assert.equal(zonedDate(new Date('2025-12-31T22:59:59Z'), BERLIN), '2025-12-31');
    assert.equal(zonedDate(new Date('2025-12-31T23:00:00Z'), BERLIN), '2026-01-01');
    assert.equal(zonedDate(new Date('2026-07-01T21:59:00Z'), BERLIN), '2026-07-01');
    assert.equal(zonedDate(new Date('2026-07-01T22:00:00Z'), BERLIN), '2026-07-02');
  });
});
