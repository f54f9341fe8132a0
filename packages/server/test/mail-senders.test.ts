import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { APPOINTMENT_CONSENT_VERSION } from '@welcome-widgets/domain';
import type { AddressObject } from 'mailparser';
import { loadConfig } from '../src/config.js';
import { bookAndConfirm, testAppointmentContent, writeContent } from './support/appointment-fixture.js';
import { parseIcs } from './support/ics-parser.js';
import type { ReceivedMail } from './support/smtp-sink.js';
import { postJson, startTestServer, type TestServer } from './support/test-server.js';

const fromOf = (mail: ReceivedMail) => {
  const from = mail.headers.get('from') as AddressObject;
  return { name: from.value[0]?.name, address: from.value[0]?.address };
};

/** One sender per purpose: a booking confirmation must not come from the newsletter's address. */
describe('mail senders', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer(
      {
        MAIL_FROM: 'Welcome Mittelsachsen <post@welcome.example>',
        MAIL_FROM_NEWSLETTER: 'Newsletter Welcome Mittelsachsen <newsletter@welcome.example>',
        MAIL_FROM_APPOINTMENTS: '"Beratung, Welcome Mittelsachsen" <beratung@welcome.example>',
        APPOINTMENTS_CONFIG: writeContent(testAppointmentContent()),
      },
      { now: () => new Date('2026-03-20T10:00:00Z') },
    );
  });
  after(() => server.close());

  it('newsletter mails come from MAIL_FROM_NEWSLETTER, booking mails and their .ics from MAIL_FROM_APPOINTMENTS', async () => {
    const subscribe = await server.api(
      '/v1/newsletter/subscriptions',
      postJson({ email: 'reader@example.org', topics: ['events'], language: 'de', consent: true }),
    );
    assert.equal(subscribe.status, 202);
    const { hold, confirmation: bookingMail } = await bookAndConfirm(server, {
      topic: 'recognition',
      start: '2026-03-31T07:00:00Z',
      name: 'Kwame Mensah',
      email: 'booker@example.org',
      language: 'en',
      consent: true,
      consentVersion: APPOINTMENT_CONSENT_VERSION,
    });
    assert.deepEqual(fromOf(hold), fromOf(bookingMail), 'the hold mail comes from the same sender');

    const newsletterMail = await server.sink.next('reader@example.org');
    assert.deepEqual(fromOf(newsletterMail), {
      name: 'Newsletter Welcome Mittelsachsen',
      address: 'newsletter@welcome.example',
    });
    assert.deepEqual(fromOf(bookingMail), {
      name: 'Beratung, Welcome Mittelsachsen',
      address: 'beratung@welcome.example',
    });
    assert.notEqual(fromOf(bookingMail).address, fromOf(newsletterMail).address);
    const { event } = parseIcs(bookingMail.attachments[0]!.content);
    assert.equal(event.ORGANIZER?.value, 'mailto:beratung@welcome.example', 'the calendar names the same sender');
    assert.equal(event.ORGANIZER?.params.CN, 'Beratung, Welcome Mittelsachsen');
  });
});

describe('mail sender defaults', () => {
  it('MAIL_FROM is the sender of both when the specific ones are unset', () => {
    const config = loadConfig({ MAIL_FROM: 'Landkreis <post@landkreis.example>' });
    assert.equal(config.mailFrom.newsletter, 'Landkreis <post@landkreis.example>');
    assert.equal(config.mailFrom.appointments, 'Landkreis <post@landkreis.example>');
  });

  it('without any, the demo still uses a sender per purpose', () => {
    const config = loadConfig({});
    assert.match(config.mailFrom.newsletter, /<newsletter@/);
    assert.match(config.mailFrom.appointments, /<beratung@/);
  });

  it('a specific sender wins over MAIL_FROM', () => {
    const config = loadConfig({ MAIL_FROM: 'a@x.example', MAIL_FROM_APPOINTMENTS: 'b@x.example' });
    assert.deepEqual(config.mailFrom, { newsletter: 'a@x.example', appointments: 'b@x.example' });
  });
});
