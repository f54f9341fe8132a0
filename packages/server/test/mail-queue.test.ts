import assert from 'node:assert/strict';
import { createServer, type Server, type Socket } from 'node:net';
import { after, describe, it } from 'node:test';
import { sql } from 'kysely';
import { purgeMails } from '../src/mail/mail-queue.js';
import { createMailer, type Mailer } from '../src/mail/mailer.js';
import { openStorage, type Storage } from '../src/storage/database.js';
import { recordingLogger } from './support/log-recorder.js';
import { testDatabase, type TestDatabase } from './support/test-database.js';
import { startSmtpSink } from './support/smtp-sink.js';
import { waitUntil } from './support/wait-until.js';
import { freePort, postJson, startTestServer, type TestServer } from './support/test-server.js';

/** Short waits so a test sees several attempts; production waits minutes. */
const FAST_WORKER = { pollMs: 50, retryDelaysMs: [100, 100, 100, 100, 100] };

const subscribe = (server: TestServer, email: string) =>
  server.api(
    '/v1/newsletter/subscriptions',
    postJson({ email, topics: ['events'], language: 'de', consent: true }, { origin: server.url }),
  );

function mailRows(database: TestDatabase) {
  return database.rows<{ status: string; attempts: number; recipient: string; last_error: string }>(
    sql`select status, attempts, recipient, last_error from mail_outbox order by id`,
  );
}

/** An SMTP server that accepts connections and then says nothing, ever. */
async function silentSmtpServer(port = 0): Promise<{ server: Server; port: number; sockets: Socket[] }> {
  const sockets: Socket[] = [];
  const server = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, port: (server.address() as { port: number }).port, sockets };
}

function closeSilent(silent: { server: Server; sockets: Socket[] }): Promise<void> {
  for (const socket of silent.sockets) socket.destroy();
  return new Promise((resolve) => silent.server.close(() => resolve()));
}

describe('mail goes through a durable queue', () => {
  const cleanup: Array<() => Promise<void>> = [];
  after(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it('answers at once while SMTP is down, and delivers every mail exactly once when it is back', async () => {
    const smtpPort = await freePort();
    // The queue's clock stands still: a failed attempt is due again only when the test says so.
    let now = new Date('2026-12-01T10:00:00Z');
    const server = await startTestServer(
      { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, RATE_LIMIT_SUBSCRIPTIONS: '100' },
      { mail: { worker: FAST_WORKER }, now: () => now },
    );
    cleanup.push(() => server.close());
    const addresses = ['a@example.org', 'b@example.org', 'c@example.org'];
    for (const address of addresses) assert.equal((await subscribe(server, address)).status, 202);

    const waiting = async () =>
      (await mailRows(server.database)).every((row) => row.status === 'queued' && row.attempts === 1);
    await waitUntil(waiting, 'a first attempt while SMTP is down');
    now = new Date(now.getTime() + 60_000);
    await waitUntil(
      async () => (await mailRows(server.database)).every((row) => row.status === 'queued' && row.attempts === 2),
      'a retry, also refused',
    );
    // Health tells the last background check (every 2 s): the one that counted the three mails.
    let healthResponse = await server.api('/v1/health');
    let health = await healthResponse.json();
    await waitUntil(async () => {
      healthResponse = await server.api('/v1/health');
      health = await healthResponse.json();
      return health.mail.queue?.backlog === 3;
    }, 'a health check after the mails were queued');
    assert.equal(healthResponse.status, 503, 'monitoring sees that mail is not getting through');
    assert.equal(health.status, 'degraded');
    assert.match(health.mail.problem, /ECONNREFUSED|ECONNECTION|ESOCKET/);
    assert.equal(health.mail.ok, false);
    assert.equal(health.mail.queue.backlog, 3);
    assert.equal((await server.api('/v1/health/ready')).status, 200, 'the service still takes requests');

    const sink = await startSmtpSink({ port: smtpPort });
    cleanup.push(() => sink.close());
    now = new Date(now.getTime() + 60_000);
    for (const address of addresses) await sink.next(address);
    await waitUntil(async () => (await mailRows(server.database)).every((row) => row.status === 'sent'), 'all sent');
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.equal(sink.mails.length, 3, 'each mail once');
    assert.deepEqual(
      (await mailRows(server.database)).map((row) => row.recipient),
      ['', '', ''],
      'a sent mail keeps no address',
    );
  });

  it('marks a permanent refusal failed, never retries it, and logs no address', async () => {
    const sink = await startSmtpSink({ rejectRecipients: ['gone@example.org'] });
    cleanup.push(() => sink.close());
    const { logger, lines } = recordingLogger();
    const server = await startTestServer({ SMTP_URL: sink.url }, { mail: { worker: FAST_WORKER }, logger });
    cleanup.push(() => server.close());

    assert.equal((await subscribe(server, 'gone@example.org')).status, 202);
    await waitUntil(async () => (await mailRows(server.database))[0]?.status === 'failed', 'the refusal');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const [row] = await mailRows(server.database);
    assert.equal(row!.attempts, 1, 'a 5xx is not retried');
    assert.match(row!.last_error, /550/);
    assert.doesNotMatch(row!.last_error, /gone@/);
    assert.ok(lines.some((line) => line.includes('mail failed for good')));
    assert.deepEqual(
      lines.filter((line) => /gone@example|@example\.org/.test(line)),
      [],
      'no log line names the address',
    );

    // Failed mails do not count toward the daily limit: the person can ask again and gets a mail.
    for (let i = 0; i < 3; i++) {
      await subscribe(server, 'gone@example.org');
      await waitUntil(async () => (await mailRows(server.database)).every((r) => r.status === 'failed'), 'refusal');
    }
    sink.mails.length = 0;
    assert.equal((await mailRows(server.database)).length, 4, 'four requests, four attempts: failures lock nobody out');
  });

  it('cannot be held by a silent SMTP server: the request answers, the attempt times out, shutdown keeps its deadline', async () => {
    const silent = await silentSmtpServer();
    cleanup.push(() => closeSilent(silent));
    const server = await startTestServer(
      { SMTP_URL: `smtp://127.0.0.1:${silent.port}` },
      {
        mail: { worker: FAST_WORKER, timeouts: { greetingMs: 300 } },
        shutdownDeadlineMs: 300,
      },
    );
    let closed = false;
    cleanup.push(async () => {
      if (!closed) await server.close();
    });

    const response = await subscribe(server, 'patient@example.org');
    assert.equal(response.status, 202, 'answered while the mail server says nothing');
    await waitUntil(
      async () => ((await mailRows(server.database))[0]?.attempts ?? 0) >= 2,
      'a timed-out attempt and a retry',
    );
    assert.match((await mailRows(server.database))[0]!.last_error, /ETIMEDOUT|ETIMEOUT|timeout/i);

    // A mail in the middle of an attempt: stopping must not wait for the server's silence.
    const stopped = server.close().then(() => 'stopped');
    closed = true;
    const outcome = await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, 10_000, 'hung'))]);
    assert.equal(outcome, 'stopped');
  });

  it('sends each mail once with two workers on one database', async () => {
    const database = await testDatabase();
    const sink = await startSmtpSink();
    const storages: Storage[] = [await openStorage(database.url), await openStorage(database.url)];
    const mailers: Mailer[] = storages.map((storage) =>
      createMailer({ smtpUrl: sink.url, from: 'test@example.org', storage, worker: { pollMs: 10 } }),
    );
    cleanup.push(async () => {
      await Promise.all(mailers.map((mailer) => mailer.close()));
      await Promise.all(storages.map((storage) => storage.close()));
      await sink.close();
      await database.drop();
    });

    const count = 30;
    await Promise.all(
      Array.from({ length: count }, (_, i) =>
        // One instance takes the requests; both workers send (SQLite serves one instance's writes).
        mailers[0]!.send({
          kind: 'newsletter-welcome',
          to: `person${i}@example.org`,
          subject: `Mail ${i}`,
          text: 'Hallo',
          html: '<p>Hallo</p>',
        }),
      ),
    );
    await waitUntil(() => sink.mails.length >= count, `${count} mails`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const subjects = sink.mails.map((mail) => mail.subject).sort();
    assert.equal(subjects.length, count);
    assert.equal(new Set(subjects).size, count, 'no mail twice');
  });

  it('forgets a failed mail after 7 days', async () => {
    const database = await testDatabase();
    const sink = await startSmtpSink({ rejectRecipients: ['nobody@example.org'] });
    const storage = await openStorage(database.url);
    let now = new Date('2026-12-01T10:00:00Z');
    const mailer = createMailer({
      smtpUrl: sink.url,
      from: 'test@example.org',
      storage,
      now: () => now,
      worker: FAST_WORKER,
    });
    cleanup.push(async () => {
      await mailer.close();
      await storage.close();
      await sink.close();
      await database.drop();
    });
    await mailer.send({
      kind: 'newsletter-welcome',
      to: 'nobody@example.org',
      subject: 'S',
      text: 'T',
      html: '<p>T</p>',
    });
    const statuses = () => storage.db.selectFrom('mail_outbox').select('status').execute();
    await waitUntil(async () => (await statuses())[0]?.status === 'failed', 'the refusal');

    now = new Date('2026-12-07T10:00:00Z');
    assert.equal(await purgeMails(storage, now), 0, 'kept for the county to look into');
    now = new Date('2026-12-08T10:01:00Z');
    assert.equal(await purgeMails(storage, now), 1);
    assert.deepEqual(await statuses(), []);
  });
});
