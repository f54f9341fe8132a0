import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { ReceivedMail } from './support/smtp-sink.js';
import { failInsertsOf } from './support/test-database.js';
import { postJson, startTestServer, type TestServer } from './support/test-server.js';
import { waitUntil } from './support/wait-until.js';

const ADMIN_TOKEN = 'newsletter-issues-admin-token-0123456789';
const bearer = { authorization: `Bearer ${ADMIN_TOKEN}` };

const subscribers = {
  deEvents: 'anna.de@example.org',
  ukEventsEmployers: 'olena.uk@example.org',
  deEmployers: 'karl.employers@example.org',
  arEvents: 'samir.ar@example.org',
  deUnconfirmed: 'unconfirmed.de@example.org',
  enUnsubscribed: 'gone.en@example.org',
  // A valid address that a spreadsheet would run as a formula.
  enFormula: '+formula@example.org',
  deLate: 'later.de@example.org',
};

const issueInput = {
  topics: ['events'],
  texts: [
    { language: 'de', subject: 'Veranstaltungen im Dezember', markdown: '# Termine\n\nDer **Infoabend** am 12.12.' },
    { language: 'uk', subject: 'Заходи в грудні', markdown: 'Інформаційний вечір 12.12.' },
    {
      language: 'en',
      subject: 'Events in December',
      markdown: 'Information evening on 12 Dec, [details](https://example.org/e).',
    },
  ],
};

function tokenFrom(text: string, parameter: string): string {
  const match = new RegExp(`${parameter}=([A-Za-z0-9_-]{43})`).exec(text);
  assert.ok(match, `no ${parameter} link in:\n${text}`);
  return match[1]!;
}

/** mailparser gathers the List-* headers into one object: `List-Unsubscribe` is `list.unsubscribe`. */
function listHeader(mail: ReceivedMail, name: 'unsubscribe' | 'unsubscribe-post'): string {
  const list = mail.headers.get('list') as Record<string, { url?: string; name?: string }> | undefined;
  return list?.[name]?.url ?? list?.[name]?.name ?? '';
}

describe('newsletter issues', () => {
  let server: TestServer;
  const admin = (path: string, init: RequestInit = {}) =>
    server.api(`/v1/admin/newsletter${path}`, { ...init, headers: { ...bearer, ...init.headers } });
  const subjects = new Set(issueInput.texts.map((text) => text.subject));
  const allIssueMails = () => server.sink.mails.filter((mail) => subjects.has(mail.subject));
  const subscriberId = async (email: string) =>
    (await server.database.rows<{ id: number }>(sql`select id from newsletter_subscribers where email = ${email}`))[0]!
      .id;

  async function subscribe(email: string, topics: string[], language: string, confirm = true) {
    const response = await server.api(
      '/v1/newsletter/subscriptions',
      postJson({ email, topics, language, consent: true }, { origin: server.url }),
    );
    assert.equal(response.status, 202);
    const token = tokenFrom((await server.sink.next(email)).text, 'newsletter-confirm');
    if (!confirm) return;
    assert.equal((await server.api(`/v1/newsletter/confirm?token=${token}`)).status, 200);
    return tokenFrom((await server.sink.next(email)).text, 'newsletter-unsubscribe');
  }

  async function sendAndWait(id: number, expected: number) {
    const response = await admin(`/issues/${id}/send`, { method: 'POST' });
    assert.equal(response.status, 202);
    await waitUntil(async () => {
      const issue = await (await admin(`/issues/${id}`)).json();
      return issue.status === 'sent' && issue.progress.sent === expected;
    }, `issue ${id} sent to ${expected}`);
  }

  before(async () => {
    server = await startTestServer(
      {
        ADMIN_TOKEN,
        RATE_LIMIT_SUBSCRIPTIONS: '1000',
        // Confirmation and welcome mail use two of three: an issue is the third, and the next one is beyond.
        MAIL_PER_RECIPIENT_PER_DAY: '3',
        NEWSLETTER_SEND_BATCH_SIZE: '2',
      },
      { mail: { worker: { pollMs: 50 } } },
    );
    await subscribe(subscribers.deEvents, ['events'], 'de');
    await subscribe(subscribers.ukEventsEmployers, ['employers', 'events'], 'uk');
    await subscribe(subscribers.deEmployers, ['employers'], 'de');
    await subscribe(subscribers.arEvents, ['events'], 'ar');
    await subscribe(subscribers.deUnconfirmed, ['events'], 'de', false);
    const gone = await subscribe(subscribers.enUnsubscribed, ['events'], 'en');
    assert.equal((await server.api(`/v1/newsletter/unsubscribe?token=${gone}`)).status, 200);
    await subscribe(subscribers.enFormula, ['events', 'legal-changes'], 'en');
  });
  after(() => server.close());

  it('answers nobody without the token or a session', async () => {
    for (const [path, method] of [
      ['/subscribers/counts', 'GET'],
      ['/subscribers/export', 'GET'],
      ['/issues', 'GET'],
      ['/issues', 'POST'],
      ['/issues/1/send', 'POST'],
    ] as const) {
      const response = await server.api(`/v1/admin/newsletter${path}`, { method });
      assert.equal(response.status, 401, `${method} ${path}`);
    }
  });

  it('counts confirmed subscribers by topic and language', async () => {
    const counts = await (await admin('/subscribers/counts')).json();
    assert.equal(counts.confirmed, 5, 'neither the unconfirmed nor the unsubscribed address');
    const byTopic = Object.fromEntries(
      counts.byTopic.map((row: { topic: string; count: number }) => [row.topic, row.count]),
    );
    assert.deepEqual(byTopic, { employers: 2, 'skilled-workers': 0, events: 4, 'legal-changes': 1 });
    const byLanguage = Object.fromEntries(
      counts.byLanguage.map((row: { language: string; count: number }) => [row.language, row.count]),
    );
    assert.deepEqual(byLanguage, { de: 2, en: 1, uk: 1, ru: 0, ar: 1, es: 0, vi: 0 });
    const eventsDe = counts.byTopicAndLanguage.find(
      (row: { topic: string; language: string }) => row.topic === 'events' && row.language === 'de',
    );
    assert.equal(eventsDe.count, 1);
  });

  it('exports the confirmed subscribers as CSV, safe to open in a spreadsheet', async () => {
    const response = await admin('/subscribers/export');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/csv/);
    assert.match(response.headers.get('content-disposition') ?? '', /attachment/);
    // Read as bytes: text() would drop the byte order mark this checks.
    const body = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    assert.ok(body.startsWith('\uFEFFemail,topics,language,confirmedAt\r\n'), 'BOM and header');
    const lines = body.slice(1).trimEnd().split('\r\n');
    assert.equal(lines.length, 6, 'header and five confirmed subscribers');
    const emails = lines.slice(1).map((line) => line.split(',')[0]);
    assert.deepEqual(
      new Set(emails),
      new Set([
        subscribers.deEvents,
        subscribers.ukEventsEmployers,
        subscribers.deEmployers,
        subscribers.arEvents,
        `'${subscribers.enFormula}`,
      ]),
    );
    const uk = lines.find((line) => line.startsWith(subscribers.ukEventsEmployers))!.split(',');
    assert.deepEqual(uk.slice(1, 3), ['employers events', 'uk']);
    assert.ok(!Number.isNaN(Date.parse(uk[3]!)), 'confirmed at, an ISO instant');
  });

  it('previews through the sanitiser and says who would get it', async () => {
    const markdown =
      'Hallo <script>alert("x")</script>\n\n[click](javascript:alert(1)) <img src=x onerror="alert(2)"> **fett**';
    const response = await admin(
      '/preview',
      postJson({ ...issueInput, texts: [{ ...issueInput.texts[0], markdown }] }),
    );
    assert.equal(response.status, 200);
    const preview = await response.json();
    const [de] = preview.languages;
    for (const html of [de.html, de.mailHtml]) {
      assert.doesNotMatch(html, /<script|javascript:|onerror|<img/i);
      assert.match(html, /<strong>fett<\/strong>/);
    }
    assert.doesNotMatch(de.mailText, /<script/);
    assert.match(de.mailHtml, /<html lang="de"/);
    assert.deepEqual(preview.audience, {
      recipients: 1,
      byLanguage: [{ language: 'de', count: 1 }],
      withoutText: [
        { language: 'en', count: 1 },
        { language: 'uk', count: 1 },
        { language: 'ar', count: 1 },
      ],
    });
    assert.equal(allIssueMails().length, 0, 'a preview sends nothing');
  });

  it('sends a test mail only to staff: the token names an address, a session gets its own', async () => {
    const created = await admin('/issues', postJson(issueInput));
    assert.equal(created.status, 201);
    const { id } = await created.json();

    const missing = await admin(`/issues/${id}/test-mail`, postJson({}));
    assert.equal(missing.status, 422, 'the token has no address of its own');
    assert.deepEqual((await missing.json()).error.fieldCodes, { to: 'required' });

    const byToken = await admin(`/issues/${id}/test-mail`, postJson({ to: 'redaktion@example.org', language: 'uk' }));
    assert.equal(byToken.status, 202);
    const tokenMail = await server.sink.next('redaktion@example.org');
    assert.equal(tokenMail.subject, '[Test] Заходи в грудні');

    // An editor, invited by the admin token, signs in by accepting the invitation.
    const editor = 'editor@example.org';
    const invited = await server.api(
      '/v1/admin/invitations',
      postJson({ email: editor, name: 'Eda Editor', role: 'editor', language: 'en' }, bearer),
    );
    assert.equal(invited.status, 201);
    const invitationToken = tokenFrom((await server.sink.next(editor)).text, 'token');
    const accepted = await server.api(
      '/v1/admin/invitations/accept',
      postJson({ token: invitationToken, password: 'a long and unusual passphrase 7' }, { origin: server.url }),
    );
    assert.equal(accepted.status, 200);
    const cookie = (accepted.headers.get('set-cookie') ?? '').split(';')[0]!;
    const { csrfToken } = await accepted.json();
    const asEditor = (body: unknown) =>
      server.api(
        `/v1/admin/newsletter/issues/${id}/test-mail`,
        postJson(body, { cookie, origin: server.url, 'x-csrf-token': csrfToken }),
      );

    const elsewhere = await asEditor({ to: subscribers.deEvents });
    assert.equal(elsewhere.status, 422, 'a session may mail only itself');
    assert.deepEqual((await elsewhere.json()).error.fieldCodes, { to: 'not_allowed' });
    const own = await asEditor({});
    assert.equal(own.status, 202);
    assert.equal((await own.json()).to, editor);
    const editorMail = await server.sink.next(editor);
    assert.equal(editorMail.subject, '[Test] Veranstaltungen im Dezember');
    const testToken = tokenFrom(editorMail.text, 'newsletter-unsubscribe');
    assert.equal(
      (await server.api(`/v1/newsletter/unsubscribe?token=${testToken}`)).status,
      404,
      'unsubscribes nobody',
    );

    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(
      server.sink.mails.filter((mail) => mail.subject.startsWith('[Test]')).flatMap((mail) => mail.to),
      ['redaktion@example.org', editor],
    );
    assert.equal(allIssueMails().length, 0);
    assert.equal((await admin(`/issues/${id}`).then((r) => r.json())).status, 'draft');
  });

  let firstIssue: number;
  let oneClick: string;

  it('sends an issue about one topic to exactly its subscribers, once each, in their language', async () => {
    const { issues } = await (await admin('/issues')).json();
    firstIssue = issues[0].id;
    await sendAndWait(firstIssue, 3);

    const expected: Record<string, string> = {
      [subscribers.deEvents]: 'de',
      [subscribers.ukEventsEmployers]: 'uk',
      [subscribers.enFormula]: 'en',
    };
    const mails = allIssueMails();
    assert.deepEqual(mails.flatMap((mail) => mail.to).sort(), Object.keys(expected).sort(), 'each once, nobody else');
    const tokens = new Set<string>();
    for (const mail of mails) {
      const language = expected[mail.to[0]!]!;
      const text = issueInput.texts.find((t) => t.language === language)!;
      assert.equal(mail.subject, text.subject);
      assert.match(mail.html, new RegExp(`<html lang="${language}"`));
      const listUnsubscribe = listHeader(mail, 'unsubscribe');
      const url = /^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/newsletter\/unsubscribe\?token=[A-Za-z0-9_-]{43}$/.exec(
        listUnsubscribe,
      )?.[0];
      assert.ok(url, `List-Unsubscribe: ${listUnsubscribe}`);
      assert.equal(listHeader(mail, 'unsubscribe-post'), 'List-Unsubscribe=One-Click');
      const token = new URL(url).searchParams.get('token')!;
      assert.equal(tokenFrom(mail.text, 'newsletter-unsubscribe'), token, 'the footer link carries the same token');
      tokens.add(token);
      if (mail.to[0] === subscribers.ukEventsEmployers) oneClick = url;
    }
    assert.equal(tokens.size, 3, 'a token of its own in every mail');
    const de = mails.find((mail) => mail.to[0] === subscribers.deEvents)!;
    assert.match(de.html, /<strong>Infoabend<\/strong>/);
    assert.match(de.text, /Infoabend/);

    const stored = await server.database.rows<{ unsubscribe_token_hash: string }>(
      sql`select unsubscribe_token_hash from newsletter_issue_recipients where issue_id = ${firstIssue}`,
    );
    assert.equal(stored.length, 3);
    for (const token of tokens) {
      assert.ok(!stored.some((row) => row.unsubscribe_token_hash === token), 'tokens are stored hashed only');
    }
  });

  it('sends nothing twice when sent again', async () => {
    const before = allIssueMails().length;
    const again = await admin(`/issues/${firstIssue}/send`, { method: 'POST' });
    assert.equal(again.status, 200);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(allIssueMails().length, before);
    assert.equal(await server.database.count(`newsletter_issue_recipients where issue_id = ${firstIssue}`), 3);
    const edit = await admin(`/issues/${firstIssue}`, { ...postJson(issueInput), method: 'PUT' });
    assert.equal(edit.status, 409, 'what was sent stays as sent');
  });

  it('shows progress, per-recipient status and the archive', async () => {
    const issue = await (await admin(`/issues/${firstIssue}`)).json();
    assert.deepEqual(issue.progress, { recipients: 3, queued: 0, sent: 3, failed: 0 });
    assert.equal(issue.sentBy, 'api-token');
    assert.ok(issue.sendStartedAt && issue.sentAt);
    assert.deepEqual(issue.audience.withoutText, [{ language: 'ar', count: 1 }]);

    const page = await (await admin(`/issues/${firstIssue}/recipients?limit=2`)).json();
    assert.equal(page.recipients.length, 2);
    assert.ok(page.nextAfter);
    const rest = await (await admin(`/issues/${firstIssue}/recipients?after=${page.nextAfter}`)).json();
    const all = [...page.recipients, ...rest.recipients];
    assert.deepEqual(
      all.map((r: { email: string }) => r.email).sort(),
      [subscribers.enFormula, subscribers.deEvents, subscribers.ukEventsEmployers].sort(),
    );
    assert.ok(all.every((r: { status: string }) => r.status === 'sent'));

    const { issues } = await (await admin('/issues')).json();
    assert.equal(issues[0].id, firstIssue);
    assert.equal(issues[0].status, 'sent');
  });

  it('one-click unsubscribes exactly that subscriber, and the next issue skips them; a stopped send resumes', async () => {
    const response = await fetch(oneClick, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    assert.equal(response.status, 200);
    assert.equal((await response.json()).status, 'unsubscribed');
    const statuses = await server.database.rows<{ email: string; status: string }>(
      sql`select email, status from newsletter_subscribers order by email`,
    );
    assert.deepEqual(
      statuses
        .filter((row) => row.status === 'unsubscribed')
        .map((row) => row.email)
        .sort(),
      [subscribers.enUnsubscribed, subscribers.ukEventsEmployers].sort(),
    );
    const repeat = await fetch(oneClick, { method: 'POST' });
    assert.equal((await repeat.json()).status, 'already-unsubscribed');

    // A third recipient, so that the second of two batches can fail.
    await subscribe(subscribers.deLate, ['events'], 'de');
    const second = {
      ...issueInput,
      texts: issueInput.texts.map((text) => ({ ...text, subject: `${text.subject} (2)` })),
    };
    const { id } = await (await admin('/issues', postJson(second))).json();
    const failLast = await failInsertsOf(
      server.database,
      'newsletter_issue_recipients',
      `new.subscriber_id = ${await subscriberId(subscribers.deLate)}`,
    );
    assert.equal((await admin(`/issues/${id}/send`, { method: 'POST' })).status, 202);
    await waitUntil(
      async () => (await server.database.count(`newsletter_issues where id = ${id} and claim_id is null`)) === 1,
      'the send to stop at the failing batch',
    );
    const stopped = await (await admin(`/issues/${id}`)).json();
    assert.equal(stopped.status, 'sending');
    assert.equal(stopped.progress.recipients, 2, 'the first batch stands');
    await failLast();

    const resumed = await admin(`/issues/${id}/send`, { method: 'POST' });
    assert.equal(resumed.status, 200);
    await waitUntil(async () => {
      const issue = await (await admin(`/issues/${id}`)).json();
      return issue.status === 'sent' && issue.progress.sent === 3;
    }, 'the resumed send');
    const secondSubjects = new Set(second.texts.map((text) => text.subject));
    const mails = server.sink.mails.filter((mail) => secondSubjects.has(mail.subject));
    assert.deepEqual(
      mails.flatMap((mail) => mail.to).sort(),
      [subscribers.deEvents, subscribers.enFormula, subscribers.deLate].sort(),
      'once each, not the unsubscribed; the daily limit does not hold an issue back',
    );
  });
});

describe('newsletter issues over time', () => {
  let server: TestServer;
  let now = new Date('2026-12-01T09:00:00Z');
  const email = 'comes.back@example.org';
  const admin = (path: string, init: RequestInit = {}) =>
    server.api(`/v1/admin/newsletter${path}`, { ...init, headers: { ...bearer, ...init.headers } });

  async function subscribe() {
    await server.api(
      '/v1/newsletter/subscriptions',
      postJson({ email, topics: ['events'], language: 'de', consent: true }),
    );
    const token = tokenFrom((await server.sink.next(email)).text, 'newsletter-confirm');
    assert.equal((await server.api(`/v1/newsletter/confirm?token=${token}`)).status, 200);
    await server.sink.next(email);
  }
  async function sendIssue(subject: string): Promise<{ id: number; mail: ReceivedMail }> {
    const input = { topics: ['events'], texts: [{ language: 'de', subject, markdown: 'Text' }] };
    const { id } = await (await admin('/issues', postJson(input))).json();
    assert.equal((await admin(`/issues/${id}/send`, { method: 'POST' })).status, 202);
    return { id, mail: await server.sink.next(email) };
  }
  const progress = async (id: number) => (await (await admin(`/issues/${id}`)).json()).progress;

  before(async () => {
    server = await startTestServer({ ADMIN_TOKEN }, { now: () => now, mail: { worker: { pollMs: 50 } } });
  });
  after(() => server.close());

  it('keeps the counts after the queue forgets the mails, and no recipient once the address is deleted', async () => {
    await subscribe();
    const { id, mail } = await sendIssue('Ausgabe 1');
    // Not asked for progress before the purge: the purge itself must copy the outcome first.
    await waitUntil(
      async () =>
        (await server.database.count("mail_outbox where kind = 'newsletter-issue' and status = 'sent'")) === 1,
      'the mail sent',
    );

    now = new Date(now.getTime() + 2 * 86_400_000);
    await server.purge();
    assert.equal(await server.database.count("mail_outbox where kind = 'newsletter-issue'"), 0, 'the queue forgot it');
    assert.deepEqual(await progress(id), { recipients: 1, queued: 0, sent: 1, failed: 0 });

    // One click on the issue's link, then the retention of unsubscribed addresses passes.
    const token = tokenFrom(mail.text, 'newsletter-unsubscribe');
    assert.equal((await server.api(`/v1/newsletter/unsubscribe?token=${token}`, { method: 'POST' })).status, 200);
    now = new Date(now.getTime() + 31 * 86_400_000);
    await server.purge();
    assert.equal(await server.database.count('newsletter_subscribers'), 0);
    assert.equal(await server.database.count('newsletter_issue_recipients'), 0, 'gone with the subscriber');
    assert.deepEqual(
      await progress(id),
      { recipients: 1, queued: 0, sent: 1, failed: 0 },
      'the archive keeps its counts',
    );
    assert.equal((await server.api(`/v1/newsletter/unsubscribe?token=${token}`)).status, 404);
  });

  it('an old issue’s link does not end a later subscription of the same address', async () => {
    await subscribe();
    const { mail } = await sendIssue('Ausgabe 2');
    const old = tokenFrom(mail.text, 'newsletter-unsubscribe');
    assert.equal((await server.api(`/v1/newsletter/unsubscribe?token=${old}`, { method: 'POST' })).status, 200);
    await subscribe();
    assert.equal((await server.api(`/v1/newsletter/unsubscribe?token=${old}`, { method: 'POST' })).status, 404);
    const [row] = await server.database.rows<{ status: string }>(
      sql`select status from newsletter_subscribers where email = ${email}`,
    );
    assert.equal(row?.status, 'confirmed');
    const { mail: next } = await sendIssue('Ausgabe 3');
    const fresh = tokenFrom(next.text, 'newsletter-unsubscribe');
    assert.equal((await (await server.api(`/v1/newsletter/unsubscribe?token=${fresh}`)).json()).status, 'unsubscribed');
  });
});
