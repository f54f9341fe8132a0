import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FaqAdminEntry, FaqAdminEntryList, FaqImportResult, FaqPreview } from '@welcome-widgets/domain';
import { sql } from 'kysely';
import { loadFaqContent } from '../src/faq/faq-content.js';
import { XSS_CORPUS } from './fixtures/xss-corpus.js';
import {
  exportArchive,
  fixtureDir,
  importArchive,
  publicEntry,
  publicFaq,
  putText,
  searchFaq,
} from './support/faq-admin-fixture.js';
import { createStaffUser, json, signIn, type StaffClient } from './support/staff-fixture.js';
import { testEngine } from './support/test-database.js';
import { postJson, startTestServer, type TestServer } from './support/test-server.js';

describe(`FAQ editing through the admin API (${testEngine})`, () => {
  let server: TestServer;
  let editor: StaffClient;
  let dir: string;

  before(async () => {
    dir = fixtureDir();
    server = await startTestServer({ FAQ_CONTENT_DIR: dir });
    await createStaffUser(server, { email: 'editor@example.org', role: 'editor' });
    editor = await signIn(server, 'editor@example.org');
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the seeded entries with each language’s state and the helpful counts', async () => {
    await server.api('/v1/faq/registration/feedback', postJson({ helpful: true, language: 'uk' }));
    const response = await editor.request('/v1/admin/faq/entries');
    assert.equal(response.status, 200);
    const list = FaqAdminEntryList.parse(await response.json());
    assert.deepEqual(
      list.entries.map((entry) => entry.id),
      ['registration', 'blue-card-salary', 'attacks'],
    );
    const salary = list.entries.find((entry) => entry.id === 'blue-card-salary')!;
    assert.equal(salary.languages.de.status, 'current');
    assert.equal(salary.languages.en.status, 'current');
    assert.equal(salary.languages.en.title, 'How much must the salary be for the EU Blue Card?');
    assert.equal(salary.languages.en.updatedAt, '2026-11-20T00:00:00.000Z');
    assert.equal(salary.languages.uk.status, 'missing');
    assert.equal(salary.languages.uk.title, null);
    const registration = list.entries.find((entry) => entry.id === 'registration')!;
    assert.deepEqual(registration.languages.uk.helpful, { yes: 1, no: 0 });
    assert.deepEqual(registration.helpful, { yes: 1, no: 0 });
    assert.deepEqual(
      list.categories.map((category) => category.id),
      ['blue-card', 'arrival'],
    );
  });

  it('a saved German text is served at once and marks the translations outdated; saving a translation makes it current', async () => {
    assert.equal((await publicEntry(server, 'en', 'blue-card-salary'))!.outdated, false);
    // Searched once before the edit: the search built for the old content must not outlive it.
    const before = await searchFaq(server, '?lang=de&q=Blaue%20Karte');
    assert.equal(before[0]?.title, 'Wie hoch muss das Gehalt für die Blaue Karte EU sein?');
    const saved = await putText(editor, 'blue-card-salary', 'de', {
      title: 'Wie hoch ist das Mindestgehalt für die Blaue Karte EU?',
      body: 'Stand 2027: **52.000 €** im Jahr.',
    });
    assert.equal(saved.status, 200, await saved.clone().text());
    const entry = FaqAdminEntry.parse(await saved.json());
    assert.equal(entry.texts.en!.status, 'outdated');
    assert.equal(entry.texts.uk, null);

    const german = (await publicEntry(server, 'de', 'blue-card-salary'))!;
    assert.equal(german.question, 'Wie hoch ist das Mindestgehalt für die Blaue Karte EU?');
    assert.match(german.answerHtml, /52\.000 €/);
    assert.equal(german.outdated, false);
    const english = (await publicEntry(server, 'en', 'blue-card-salary'))!;
    assert.equal(english.outdated, true);
    assert.equal(english.fallback, false);
    const ukrainian = (await publicEntry(server, 'uk', 'blue-card-salary'))!;
    assert.equal(ukrainian.fallback, true);
    assert.equal(ukrainian.outdated, false, 'a missing translation is the German text, never outdated');
    const found = await searchFaq(server, '?lang=de&q=Mindestgehalt');
    assert.equal(found[0]?.id, 'blue-card-salary', 'search follows the edit');
    assert.equal(found[0]?.title, 'Wie hoch ist das Mindestgehalt für die Blaue Karte EU?', 'with the new title');

    const english2 = await putText(editor, 'blue-card-salary', 'en', {
      title: 'What is the minimum salary for the EU Blue Card?',
      body: 'As of 2027: **€52,000** a year.',
      baseUpdatedAt: '2026-11-20T00:00:00.000Z',
    });
    assert.equal(english2.status, 200);
    assert.equal(FaqAdminEntry.parse(await english2.json()).texts.en!.status, 'current');
    const current = (await publicEntry(server, 'en', 'blue-card-salary'))!;
    assert.equal(current.outdated, false);
    assert.equal(current.question, 'What is the minimum salary for the EU Blue Card?');

    const stale = await putText(editor, 'blue-card-salary', 'en', {
      title: 'Lost update',
      body: 'Someone else saved meanwhile.',
      baseUpdatedAt: '2026-11-20T00:00:00.000Z',
    });
    assert.equal(stale.status, 409);

    const audit = await server.database.rows<{
      action: string;
      target: string;
      actor: string;
      before: string;
      after: string;
    }>(sql`select action, target, actor, before, after from audit_log where action = 'faq.text.update' order by id`);
    assert.equal(audit.length, 2);
    assert.equal(audit[0]!.target, 'faq:blue-card-salary/de');
    assert.equal(audit[0]!.actor, 'editor@example.org');
    assert.equal(JSON.parse(audit[0]!.before).body, 'Stand 2026: **50.700 €** im Jahr.');
    assert.equal(JSON.parse(audit[0]!.after).body, 'Stand 2027: **52.000 €** im Jahr.');
  });

  it('a new translation replaces the German fallback', async () => {
    const saved = await putText(editor, 'registration', 'uk', {
      title: 'Коли потрібно зареєструвати житло?',
      body: 'Протягом двох тижнів.',
    });
    assert.equal(saved.status, 200);
    const entry = (await publicEntry(server, 'uk', 'registration'))!;
    assert.equal(entry.fallback, false);
    assert.equal(entry.language, 'uk');
    const withdrawn = await editor.request('/v1/admin/faq/entries/registration/texts/uk', { method: 'DELETE' });
    assert.equal(withdrawn.status, 200);
    assert.equal((await publicEntry(server, 'uk', 'registration'))!.fallback, true);
    const german = await editor.request('/v1/admin/faq/entries/registration/texts/de', { method: 'DELETE' });
    assert.equal(german.status, 422);
  });

  it('refuses bad texts with 422 by field, and unknown entries with 404', async () => {
    const missing = await putText(editor, 'registration', 'en', { body: 'Only a body.' });
    assert.equal(missing.status, 422);
    assert.equal((await missing.json()).error.fieldCodes.title, 'required');
    const empty = await putText(editor, 'registration', 'en', { title: 'A title', body: '   ' });
    assert.equal((await empty.json()).error.fieldCodes.body, 'too_short');
    const long = await putText(editor, 'registration', 'en', { title: 'A title', body: 'x'.repeat(20_001) });
    assert.equal(long.status, 422);
    assert.equal((await long.json()).error.fieldCodes.body, 'too_long');
    const lineBreak = await putText(editor, 'registration', 'en', { title: 'Two\nlines', body: 'Body' });
    assert.equal((await lineBreak.json()).error.fieldCodes.title, 'control_characters');
    assert.equal((await putText(editor, 'nope', 'en', { title: 'A title', body: 'Body' })).status, 404);
    assert.equal((await putText(editor, 'registration', 'xx', { title: 'A title', body: 'Body' })).status, 404);

    const badCategories = await editor.request(
      '/v1/admin/faq/categories',
      json({ categories: [{ id: 'arrival', title: { de: 'Ankommen', en: 'Arrival' } }] }, 'PUT'),
    );
    assert.equal(badCategories.status, 422);
    assert.equal((await badCategories.json()).error.fieldCodes['categories.0.title.uk'], 'required');
    const badSynonyms = await editor.request('/v1/admin/faq/synonyms', json({ synonyms: [['alone']] }, 'PUT'));
    assert.equal((await badSynonyms.json()).error.fieldCodes['synonyms.0'], 'required');

    const badEntry = await editor.request(
      '/v1/admin/faq/entries',
      json({ id: 'new-one', category: 'nope', related: ['ghost'], title: 'Neu?', body: 'Ja.' }),
    );
    assert.equal(badEntry.status, 422);
    assert.deepEqual((await badEntry.json()).error.fieldCodes, { category: 'not_allowed', 'related.0': 'not_allowed' });
  });

  it('creates and deletes entries; categories, synonyms; the public FAQ follows', async () => {
    const created = await editor.request(
      '/v1/admin/faq/entries',
      json({
        id: 'health-insurance',
        category: 'arrival',
        weight: 5,
        related: ['registration'],
        title: 'Brauche ich eine Krankenversicherung?',
        body: 'Ja, ab dem ersten Tag.',
      }),
    );
    assert.equal(created.status, 201, await created.clone().text());
    const order = FaqAdminEntryList.parse(await (await editor.request('/v1/admin/faq/entries')).json()).entries;
    assert.equal(order[0]?.id, 'health-insurance', "weight 5 comes first in the editor's order");
    assert.ok((await publicEntry(server, 'de', 'health-insurance'))!.answerHtml.includes('ersten Tag'));
    assert.equal((await publicEntry(server, 'ar', 'health-insurance'))!.fallback, true);
    const twice = await editor.request(
      '/v1/admin/faq/entries',
      json({ id: 'health-insurance', category: 'arrival', title: 'Noch einmal?', body: 'Nein.' }),
    );
    assert.equal(twice.status, 409);

    const synonyms = await editor.request(
      '/v1/admin/faq/synonyms',
      json({ synonyms: [['Krankenkasse', 'Krankenversicherung', 'health insurance']] }, 'PUT'),
    );
    assert.equal(synonyms.status, 200);
    assert.equal((await searchFaq(server, '?lang=de&q=Krankenkasse'))[0]?.id, 'health-insurance');

    const titles = (de: string) => ({ de, en: `${de} (en)`, uk: de, ru: de, ar: de, es: de, vi: de });
    const dropped = await editor.request(
      '/v1/admin/faq/categories',
      json({ categories: [{ id: 'arrival', title: titles('Ankommen') }] }, 'PUT'),
    );
    assert.equal(dropped.status, 409, 'blue-card still has entries');
    const renamed = await editor.request(
      '/v1/admin/faq/categories',
      json(
        {
          categories: [
            { id: 'arrival', title: titles('Ankommen in Mittelsachsen') },
            { id: 'blue-card', title: titles('Blaue Karte EU') },
          ],
        },
        'PUT',
      ),
    );
    assert.equal(renamed.status, 200);
    const categories = (await publicFaq(server, '?lang=en')).categories;
    assert.deepEqual(categories[0], { id: 'arrival', title: 'Ankommen in Mittelsachsen (en)' });

    const deleted = await editor.request('/v1/admin/faq/entries/health-insurance', { method: 'DELETE' });
    assert.equal(deleted.status, 204);
    assert.equal(await publicEntry(server, 'de', 'health-insurance'), undefined);
    assert.equal(
      (await server.api('/v1/faq/health-insurance/feedback', postJson({ helpful: true }))).status,
      404,
      'a deleted entry takes no votes',
    );
    const actions = await server.database.rows<{ action: string }>(
      sql`select action from audit_log where action in ('faq.entry.create', 'faq.entry.delete', 'faq.synonyms.update', 'faq.categories.update') order by id`,
    );
    assert.deepEqual(
      actions.map((row) => row.action),
      ['faq.entry.create', 'faq.synonyms.update', 'faq.categories.update', 'faq.entry.delete'],
    );
  });

  it('previews Markdown through the public sanitiser', async () => {
    const response = await editor.request(
      '/v1/admin/faq/preview',
      json({ language: 'de', body: `**fett** [Link](https://example.org)\n\n${XSS_CORPUS.join('\n\n')}` }),
    );
    assert.equal(response.status, 200);
    const preview = FaqPreview.parse(await response.json());
    assert.match(preview.html, /<strong>fett<\/strong>/);
    assert.match(preview.html, /<a href="https:\/\/example.org" rel="noopener">Link<\/a>/);
    assert.doesNotMatch(preview.html, /<script|<svg|<iframe|onerror|onload|javascript:|style=/i);
  });

  it('is for editors and admins only', async () => {
    await createStaffUser(server, { email: 'consultant@example.org', role: 'consultant', consultantId: 'berater-a' });
    const consultant = await signIn(server, 'consultant@example.org');
    assert.equal((await consultant.request('/v1/admin/faq/entries')).status, 403);
    assert.equal((await putText(consultant, 'registration', 'de', { title: 'Nein', body: 'Nein' })).status, 403);
    assert.equal((await server.api('/v1/admin/faq/entries')).status, 401);
  });

  it('exports the folder as a tar that tar unpacks and the server reads; importing it changes nothing', async () => {
    const archive = await exportArchive(editor);
    const unpacked = mkdtempSync(join(tmpdir(), 'faq-unpacked-'));
    try {
      writeFileSync(join(unpacked, 'faq.tar'), archive);
      execFileSync('tar', ['-xf', 'faq.tar'], { cwd: unpacked });
      const content = loadFaqContent(join(unpacked, 'faq'));
      const salary = content.entries.en.find((entry) => entry.id === 'blue-card-salary')!;
      assert.equal(salary.question, 'What is the minimum salary for the EU Blue Card?');
      assert.match(readFileSync(join(unpacked, 'faq', 'de', 'registration.md'), 'utf8'), /^---\nquestion: /);

      const before = await editor.request('/v1/admin/faq/entries');
      const imported = await importArchive(editor, archive);
      assert.equal(imported.status, 200, await imported.clone().text());
      const result = FaqImportResult.parse(await imported.json());
      assert.equal(result.entries, 3);
      assert.deepEqual(await exportArchive(editor), archive, 'export, import, export: the same bytes');
      const afterImport = FaqAdminEntryList.parse(await (await editor.request('/v1/admin/faq/entries')).json());
      const { version: _before, ...listBefore } = FaqAdminEntryList.parse(await before.json());
      const { version: _after, ...listAfter } = afterImport;
      assert.deepEqual(listAfter, listBefore, 'states, times and helpful counts survive the round trip');
      const audit = await server.database.rows<{ after: string }>(
        sql`select after from audit_log where action = 'faq.import'`,
      );
      assert.deepEqual(JSON.parse(audit[0]!.after).changed, []);

      // The same folder packed by tar (as an editor would after editing files) imports too.
      writeFileSync(
        join(unpacked, 'faq', 'en', 'registration.md'),
        '---\nquestion: When must I register my flat?\ncategory: arrival\nrelated:\nreviewed: 2026-12-01\n---\nWithin two weeks.\n',
      );
      execFileSync('tar', ['-cf', 'edited.tar', 'faq'], { cwd: unpacked });
      const edited = await importArchive(editor, readFileSync(join(unpacked, 'edited.tar')));
      assert.equal(edited.status, 200, await edited.clone().text());
      assert.equal((await publicEntry(server, 'en', 'registration'))!.question, 'When must I register my flat?');
    } finally {
      rmSync(unpacked, { recursive: true, force: true });
    }
  });

  it('refuses a broken archive with every problem by file, changing nothing', async () => {
    const unpacked = mkdtempSync(join(tmpdir(), 'faq-broken-'));
    try {
      writeFileSync(join(unpacked, 'faq.tar'), await exportArchive(editor));
      execFileSync('tar', ['-xf', 'faq.tar'], { cwd: unpacked });
      writeFileSync(join(unpacked, 'faq', 'de', 'broken.md'), 'no front matter');
      writeFileSync(
        join(unpacked, 'faq', 'en', 'ghost.md'),
        '---\nquestion: Ghost?\ncategory: arrival\nreviewed: 2026-11-20\n---\nBoo.',
      );
      execFileSync('tar', ['-cf', 'broken.tar', 'faq'], { cwd: unpacked });
      const response = await importArchive(editor, readFileSync(join(unpacked, 'broken.tar')));
      assert.equal(response.status, 422);
      const files = ((await response.json()) as { error: { files: { file: string }[] } }).error.files;
      assert.deepEqual(
        files.map((problem) => problem.file),
        ['de/broken.md', 'en/ghost.md'],
      );
      assert.equal(await publicEntry(server, 'de', 'broken'), undefined);
      const notTar = await importArchive(editor, new TextEncoder().encode('not a tar at all'.repeat(64)));
      assert.equal(notTar.status, 422);
      const wrongType = await editor.request('/v1/admin/faq/import', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      assert.equal(wrongType.status, 415);
    } finally {
      rmSync(unpacked, { recursive: true, force: true });
    }
  });
});
