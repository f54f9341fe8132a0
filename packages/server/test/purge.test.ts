import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createLogger } from '../src/http/logger.js';
import { createMailer } from '../src/mail/mailer.js';
import { NewsletterService } from '../src/newsletter/newsletter-service.js';
import { openStorage, type Storage } from '../src/storage/database.js';
import { testDatabase, type TestDatabase } from './support/test-database.js';

describe('unconfirmed requests are purged', () => {
  let database: TestDatabase;
  let storage: Storage;
  let now = new Date('2026-11-25T10:00:00Z');
  let service: NewsletterService;

  before(async () => {
    database = await testDatabase();
    storage = await openStorage(database.url);
    const mailer = createMailer({ from: 'test@example.org', storage });
    service = new NewsletterService(
      storage,
      mailer,
      {
        confirmTtlMs: 7 * 86_400_000,
        publisher: 'Landkreis Mittelsachsen',
        links: { pageUrl: 'http://localhost/newsletter.html', apiUrl: 'http://localhost/api' },
        mailsPerAddressPerDay: 3,
        retention: { unsubscribedDays: 30, consentProofDays: 3 * 365 },
      },
      createLogger('silent'),
      () => now,
    );
  });
  after(async () => {
    await storage.close();
    await database.drop();
  });

  it('keeps a request for the default 7 days and deletes it afterwards', async () => {
    await service.request(
      { email: 'late@example.org', topics: ['events'], language: 'de', consent: true },
      { origin: null },
    );
    const pending = () => storage.db.selectFrom('newsletter_requests').select('email').execute();

    now = new Date('2026-12-02T09:59:00Z');
    assert.equal(await service.purgeExpired(), 0);
    assert.equal((await pending()).length, 1);

    now = new Date('2026-12-02T10:00:01Z');
    assert.equal(await service.purgeExpired(), 1);
    assert.deepEqual(await pending(), []);
  });

  it('writes mails to the outbox table when no SMTP server is configured', async () => {
    const mails = await storage.db.selectFrom('mail_outbox').select(['recipient', 'subject']).execute();
    assert.deepEqual(mails, [
      { recipient: 'late@example.org', subject: 'Bitte bestätigen Sie Ihr Newsletter-Abonnement' },
    ]);
  });
});
