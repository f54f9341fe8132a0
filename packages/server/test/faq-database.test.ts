import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { loadFaqContent } from '../src/faq/faq-content.js';
import { fixtureDir, publicEntry, putText } from './support/faq-admin-fixture.js';
import { createStaffUser, signIn } from './support/staff-fixture.js';
import { testDatabase, testEngine } from './support/test-database.js';
import { startTestServer } from './support/test-server.js';

describe(`the FAQ folder seeds the database once (${testEngine})`, () => {
  it('an edit survives a restart, and a changed folder does not overwrite it', async () => {
    const database = await testDatabase();
    const dir = fixtureDir();
    try {
      const first = await startTestServer({ FAQ_CONTENT_DIR: dir }, { database });
      try {
        await createStaffUser(first, { email: 'editor@example.org', role: 'editor' });
        const editor = await signIn(first, 'editor@example.org');
        const saved = await putText(editor, 'registration', 'de', { title: 'Anmelden: wann?', body: 'Bald.' });
        assert.equal(saved.status, 200);
      } finally {
        await first.close();
      }
      writeFileSync(
        join(dir, 'de', 'registration.md'),
        '---\nquestion: Aus der Datei?\ncategory: arrival\nreviewed: 2026-12-01\n---\nDatei.\n',
      );
      const second = await startTestServer({ FAQ_CONTENT_DIR: dir }, { database });
      try {
        assert.equal((await publicEntry(second, 'de', 'registration'))!.question, 'Anmelden: wann?');
        assert.equal(await second.database.count('faq_entries'), 3);
      } finally {
        await second.close();
      }
    } finally {
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it(
    'two instances starting together on an empty database seed it once',
    { skip: testEngine === 'postgres' ? false : 'PostgreSQL only: SQLite serves one instance' },
    async () => {
      const database = await testDatabase();
      const dir = fixtureDir();
      try {
        const servers = await Promise.all([
          startTestServer({ FAQ_CONTENT_DIR: dir }, { database }),
          startTestServer({ FAQ_CONTENT_DIR: dir }, { database }),
        ]);
        try {
          assert.equal(await servers[0].database.count('faq_entries'), 3);
          assert.equal(await servers[0].database.count('faq_texts'), 4);
        } finally {
          await Promise.all(servers.map((server) => server.close()));
        }
      } finally {
        await database.drop();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

describe(`two servers on one database (${testEngine})`, () => {
  it('an edit through one is served by the other within 5 s', async () => {
    const dir = fixtureDir();
    const a = await startTestServer({ FAQ_CONTENT_DIR: dir });
    const b = await startTestServer({ FAQ_CONTENT_DIR: dir }, { database: a.database });
    try {
      // B's list built and replayed before the edit: the version must invalidate both.
      const question = async () => (await publicEntry(b, 'de', 'registration'))!.question;
      assert.equal(await question(), 'Wann muss ich meine Wohnung anmelden?');
      assert.equal(await question(), 'Wann muss ich meine Wohnung anmelden?');
      await createStaffUser(a, { email: 'editor@example.org', role: 'editor' });
      const editor = await signIn(a, 'editor@example.org');
      const saved = await putText(editor, 'registration', 'de', { title: 'Geändert über A', body: 'Neu.' });
      assert.equal(saved.status, 200);
      const deadline = Date.now() + 5_000;
      let seen = await question();
      while (seen !== 'Geändert über A' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        seen = await question();
      }
      assert.equal(seen, 'Geändert über A');
    } finally {
      await b.close();
      await a.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe(`npm run admin -- faq-export / faq-import (${testEngine})`, () => {
  it('writes the folder, and reads it back into the running server’s FAQ; a broken folder changes nothing', async () => {
    const dir = fixtureDir();
    const out = mkdtempSync(join(tmpdir(), 'faq-cli-'));
    const server = await startTestServer({ FAQ_CONTENT_DIR: dir });
    const run = (args: string[]) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((done, fail) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/staff/admin-cli.ts', ...args], {
          cwd: join(import.meta.dirname, '../../..'),
          env: { ...process.env, DATABASE_URL: server.database.url, LOG_LEVEL: 'silent' },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
        child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
        child.on('error', fail);
        child.on('close', (code) => done({ code, stdout, stderr }));
      });
    try {
      const folder = join(out, 'faq');
      const exported = await run(['faq-export', folder]);
      assert.equal(exported.code, 0, exported.stderr);
      assert.equal(loadFaqContent(folder).entries.de.length, 3);
      assert.equal((await run(['faq-export', folder])).code, 1, 'never into a folder that is not empty');

      writeFileSync(
        join(folder, 'en', 'registration.md'),
        '---\nquestion: Registering your flat: when?\ncategory: arrival\nrelated:\nreviewed: 2026-12-01\n---\nSoon.\n',
      );
      const imported = await run(['faq-import', folder]);
      assert.equal(imported.code, 0, imported.stderr);
      const deadline = Date.now() + 5_000;
      let question = (await publicEntry(server, 'en', 'registration'))!.question;
      while (question !== 'Registering your flat: when?' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        question = (await publicEntry(server, 'en', 'registration'))!.question;
      }
      assert.equal(question, 'Registering your flat: when?');
      const audit = await server.database.rows<{ actor: string }>(
        sql`select actor from audit_log where action = 'faq.import'`,
      );
      assert.deepEqual(audit, [{ actor: 'cli' }]);

      writeFileSync(join(folder, 'de', 'broken.md'), 'no front matter');
      const refused = await run(['faq-import', folder]);
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /^de\/broken\.md: needs front matter/m);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });
});
