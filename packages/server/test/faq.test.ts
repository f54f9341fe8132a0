import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FaqResponse, FaqSearchResponse } from '@welcome-widgets/domain';
import { sql } from 'kysely';
import { loadFaqContent } from '../src/faq/faq-content.js';
import { writeFaqFixture as writeContent } from './fixtures/faq-content.js';
import { startTestServer, type TestServer } from './support/test-server.js';

describe('FAQ API', () => {
  let server: TestServer;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'faq-'));
    writeContent(dir);
    server = await startTestServer({ FAQ_CONTENT_DIR: dir });
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = async (query: string) => {
    const response = await server.api(`/v1/faq${query}`);
    return { status: response.status, headers: response.headers, body: await response.json() };
  };

  it('serves all entries of a language, falling back to German and saying so', async () => {
    const { status, body, headers } = await get('?lang=en');
    assert.equal(status, 200);
    const parsed = FaqResponse.parse(body);
    const byId = Object.fromEntries(parsed.entries.map((e) => [e.id, e]));
    assert.equal(byId['blue-card-salary']!.question, 'How much must the salary be for the EU Blue Card?');
    assert.equal(byId['blue-card-salary']!.fallback, false);
    assert.equal(byId.registration!.language, 'de');
    assert.equal(byId.registration!.fallback, true);
    assert.deepEqual(byId['blue-card-salary']!.related, ['registration'], 'structure comes from the German file');
    assert.equal(parsed.categories.find((c) => c.id === 'blue-card')?.title, 'Blaue Karte EU (en)');
    assert.match(headers.get('cache-control') ?? '', /max-age=300\b/);
  });

  it('compresses what it sends when the client accepts it', async () => {
    const response = await server.api('/v1/faq?lang=de', { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(response.headers.get('content-encoding'), 'gzip');
    assert.ok(FaqResponse.parse(await response.json()).entries.length > 0);
  });

  it('answers q with the ranked matches only: ids, titles, scores and highlight ranges, no entries', async () => {
    const response = await server.api('/v1/faq?lang=de&q=blue%20card');
    assert.equal(response.status, 200);
    const text = await response.text();
    const body = JSON.parse(text) as Record<string, unknown>;
    assert.deepEqual(Object.keys(body).sort(), ['language', 'matches'], 'no entries, categories or synonyms');
    const { matches } = FaqSearchResponse.parse(body);
    assert.deepEqual(Object.keys(matches[0]!).sort(), ['highlights', 'id', 'score', 'title']);
    assert.equal(matches[0]!.id, 'blue-card-salary');
    assert.equal(matches[0]!.title, 'Wie hoch muss das Gehalt für die Blaue Karte EU sein?');
    const [start, end] = matches[0]!.highlights.question[0]!;
    assert.equal(matches[0]!.title.slice(start, end), 'Blaue');
    assert.ok(text.length < 500, `a few hundred bytes, not the entries (${text.length})`);
    assert.match(response.headers.get('server-timing') ?? '', /^search;dur=\d+(\.\d+)?$/);

    const english = FaqSearchResponse.parse(await (await server.api('/v1/faq?lang=en&q=blue%20card')).json());
    assert.equal(
      english.matches[0]!.title,
      'How much must the salary be for the EU Blue Card?',
      'titles in the language asked for',
    );
    const inArrival = FaqSearchResponse.parse(
      await (await server.api('/v1/faq?lang=de&q=Gehalt&category=arrival')).json(),
    );
    const all = FaqResponse.parse(await (await server.api('/v1/faq?lang=de')).json()).entries;
    assert.ok(
      inArrival.matches.every((m) => all.find((e) => e.id === m.id)?.category === 'arrival'),
      'restricted to the category',
    );
  });

  it('answers a bad query with 422 and field errors', async () => {
    assert.equal((await get(`?q=${'x'.repeat(201)}`)).body.error.fieldCodes.q, 'too_long');
    assert.equal((await get('?category=nope')).body.error.fieldCodes.category, 'not_allowed');
    assert.equal((await get('?category=%3Cscript%3E')).status, 422);
  });

  it('serves the attacks as harmless text', async () => {
    const { body } = await get('?lang=de');
    const attacks = FaqResponse.parse(body).entries.find((e) => e.id === 'attacks')!;
    assert.doesNotMatch(attacks.answerHtml, /<script|<svg|<iframe|onerror|onload|javascript:/i);
  });

  it('counts "was this helpful?" anonymously, and refuses unknown entries', async () => {
    const post = (id: string, body: unknown) =>
      server.api(`/v1/faq/${id}/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    assert.equal((await post('registration', { helpful: true, language: 'en' })).status, 204);
    assert.equal((await post('registration', { helpful: true, language: 'en' })).status, 204);
    assert.equal((await post('registration', { helpful: false, language: 'en' })).status, 204);
    assert.equal((await post('nope', { helpful: true })).status, 404);
    assert.equal((await post('registration', { helpful: 'yes' })).status, 422);
    assert.deepEqual(await server.database.rows(sql`select * from faq_feedback order by entry_id, language`), [
      { entry_id: 'registration', language: 'en', helpful: 2, not_helpful: 1 },
    ]);
  });
});

describe('FAQ order before anything is typed', () => {
  let server: TestServer;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'faq-order-'));
    writeContent(dir);
    server = await startTestServer({ FAQ_CONTENT_DIR: dir });
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const ids = async (query: string) =>
    FaqResponse.parse(await (await server.api(`/v1/faq${query}`)).json()).entries.map((e) => e.id);
  const helpful = (id: string, language: string) =>
    server.api(`/v1/faq/${id}/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ helpful: true, language }),
    });

  it('follows the editor’s weights first, never the file names', async () => {
    assert.deepEqual(await ids('?lang=de'), ['registration', 'blue-card-salary', 'attacks']);
  });

  it('puts what people found helpful most (in any language) first, then the editor’s order', async () => {
    await helpful('attacks', 'de');
    await helpful('attacks', 'en');
    await helpful('blue-card-salary', 'ar');
    await server.api('/v1/faq/registration/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ helpful: false, language: 'de' }),
    });
    assert.deepEqual(await ids('?lang=de'), ['attacks', 'blue-card-salary', 'registration']);
    assert.deepEqual(await ids('?lang=en'), ['attacks', 'blue-card-salary', 'registration']);
    assert.deepEqual(await ids('?lang=de&category=arrival'), ['attacks', 'registration']);
  });
});

describe('FAQ content import', () => {
  it('keeps German legal citations reading left to right in Arabic, and German untouched', () => {
    const content = loadFaqContent(join(import.meta.dirname, '../content/faq'));
    const ar = content.entries.ar.find((e) => e.id === 'accelerated-procedure')!;
    assert.match(ar.question, /\u2066§ 81a AufenthG\u2069؟$/);
    assert.match(ar.answerHtml, /\u2066§ 81a AufenthG\u2069/);
    const de = content.entries.de.find((e) => e.id === 'accelerated-procedure')!;
    assert.doesNotMatch(de.question + de.answerHtml, /[\u2066\u2069]/);
  });

  it('stops with the file named when content is wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'faq-bad-'));
    try {
      writeContent(dir);
      writeFileSync(
        join(dir, 'en', 'ghost.md'),
        '---\nquestion: Ghost?\ncategory: arrival\nreviewed: 2026-11-20\n---\nBoo.',
      );
      writeFileSync(join(dir, 'de', 'broken.md'), 'no front matter');
      assert.throws(
        () => loadFaqContent(dir),
        /de\/broken\.md: needs front matter[\s\S]*en\/ghost\.md: no German entry/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
