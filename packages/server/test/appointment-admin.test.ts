import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { AppointmentAdminContent, AppointmentTopicsResponse } from '@welcome-widgets/domain';
import { testAppointmentContent, writeContent } from './support/appointment-fixture.js';
import { createStaffUser, json, signIn, type StaffClient } from './support/staff-fixture.js';
import { testDatabase } from './support/test-database.js';
import { startTestServer, type TestServer } from './support/test-server.js';

/** Friday 20 March 2026; berater-a works Tuesdays 09:00–12:00 Berlin, so Tuesday 31 March has slots. */
const NOW = new Date('2026-03-20T10:00:00Z');
const TUESDAY = '2026-03-31';
const clock = { now: () => NOW };

const slotsOn = async (server: TestServer, day: string) => {
  const response = await server.api(`/v1/appointments/slots?topic=recognition&from=${day}&to=${day}`);
  assert.equal(response.status, 200);
  return ((await response.json()) as { slots: unknown[] }).slots.length;
};

const content = async (client: StaffClient) => {
  const response = await client.request('/v1/admin/appointments/content');
  assert.equal(response.status, 200);
  return AppointmentAdminContent.parse(await response.json());
};

const germanTitle = async (server: TestServer) => {
  const response = await server.api('/v1/appointments/topics?lang=de');
  const body = AppointmentTopicsResponse.parse(await response.json());
  return body.topics.find((topic) => topic.id === 'recognition')?.title;
};

describe('staff edit the appointments content', () => {
  let server: TestServer;
  let editor: StaffClient;
  let consultant: StaffClient;

  before(async () => {
    server = await startTestServer({ APPOINTMENTS_CONFIG: writeContent(testAppointmentContent()) }, clock);
    await createStaffUser(server, { email: 'editor@example.org', role: 'editor' });
    await createStaffUser(server, { email: 'a@example.org', role: 'consultant', consultantId: 'berater-a' });
    editor = await signIn(server, 'editor@example.org');
    consultant = await signIn(server, 'a@example.org');
  });
  after(() => server.close());

  it('an absence set by an editor takes the slots of that day away, and removing it brings them back', async () => {
    const free = await slotsOn(server, TUESDAY);
    assert.ok(free > 0, 'the Tuesday has slots to start with');
    const stored = (await content(editor)).consultants.find((c) => c.id === 'berater-a')!;

    const away = [...stored.absences, { from: TUESDAY, to: TUESDAY, note: 'Fortbildung' }];
    const set = await editor.request('/v1/admin/appointments/consultants/berater-a', json({ absences: away }, 'PUT'));
    assert.equal(set.status, 200, await set.clone().text());
    assert.equal(await slotsOn(server, TUESDAY), 0);

    const back = await editor.request(
      '/v1/admin/appointments/consultants/berater-a',
      json({ absences: stored.absences }, 'PUT'),
    );
    assert.equal(back.status, 200);
    assert.equal(await slotsOn(server, TUESDAY), free);

    const audit = await server.database.rows<{ action: string; actor: string; before: string; after: string }>(
      sql`select action, actor, before, after from audit_log where action = 'appointment.consultant.update' order by id`,
    );
    assert.equal(audit.length, 2);
    assert.equal(audit[0]!.actor, 'editor@example.org');
    assert.deepEqual(JSON.parse(audit[0]!.after).absences.at(-1), { from: TUESDAY, to: TUESDAY, note: 'Fortbildung' });
    assert.deepEqual(JSON.parse(audit[1]!.after).absences, stored.absences);
  });

  it('a consultant edits their own hours, not another’s, and no topic', async () => {
    const own = await consultant.request(
      '/v1/admin/appointments/consultants/berater-a',
      json({ rules: [{ weekday: 'tue', from: '09:00', to: '10:00' }] }, 'PUT'),
    );
    assert.equal(own.status, 200, await own.clone().text());
    const after = AppointmentAdminContent.parse(await own.json());
    assert.deepEqual(after.consultants.find((c) => c.id === 'berater-a')!.rules, [
      { weekday: 'tue', from: '09:00', to: '10:00' },
    ]);

    const other = await consultant.request(
      '/v1/admin/appointments/consultants/berater-b',
      json({ rules: [{ weekday: 'tue', from: '09:00', to: '10:00' }] }, 'PUT'),
    );
    assert.equal(other.status, 403);
    const rename = await consultant.request(
      '/v1/admin/appointments/consultants/berater-a',
      json({ name: 'Me' }, 'PUT'),
    );
    assert.equal(rename.status, 403);
    const topic = await consultant.request(
      '/v1/admin/appointments/topics/recognition',
      json({ languages: ['de'] }, 'PUT'),
    );
    assert.equal(topic.status, 403);
  });

  it('a wrong change gets field errors by path and changes nothing', async () => {
    const before = await content(editor);
    const response = await editor.request(
      '/v1/admin/appointments/consultants/berater-a',
      json(
        { rules: [{ weekday: 'tue', from: '09:10', to: '08:00' }], absences: [{ from: 'soon', to: TUESDAY }] },
        'PUT',
      ),
    );
    assert.equal(response.status, 422);
    const body = (await response.json()) as { error: { fields: Record<string, string> } };
    assert.ok(body.error.fields['rules.0.from'], JSON.stringify(body.error.fields));
    assert.ok(body.error.fields['absences.0.from'], JSON.stringify(body.error.fields));
    const unknown = await editor.request(
      '/v1/admin/appointments/topics/recognition',
      json({ consultants: ['nobody'] }, 'PUT'),
    );
    assert.equal(unknown.status, 422);
    assert.ok(((await unknown.json()) as { error: { fields: Record<string, string> } }).error.fields['consultants.0']);
    assert.deepEqual(await content(editor), before);
  });
});

describe('closing days and new consultants', () => {
  let server: TestServer;
  let editor: StaffClient;

  before(async () => {
    server = await startTestServer({ APPOINTMENTS_CONFIG: writeContent(testAppointmentContent()) }, clock);
    await createStaffUser(server, { email: 'editor@example.org', role: 'editor' });
    editor = await signIn(server, 'editor@example.org');
  });
  after(() => server.close());

  it('a closing day takes every slot of that day away', async () => {
    assert.ok((await slotsOn(server, TUESDAY)) > 0);
    const closed = await editor.request(
      '/v1/admin/appointments/settings',
      json({ closingDays: [{ date: TUESDAY, note: 'Betriebsausflug' }] }, 'PUT'),
    );
    assert.equal(closed.status, 200, await closed.clone().text());
    assert.equal(await slotsOn(server, TUESDAY), 0);
    assert.deepEqual(AppointmentAdminContent.parse(await closed.json()).closingDays, [
      { date: TUESDAY, note: 'Betriebsausflug' },
    ]);
  });

  it('adds a consultant, refusing a duplicate id and control characters', async () => {
    const consultant = {
      id: 'berater-c',
      name: 'Team Familie',
      timeZone: 'Europe/Berlin',
      rules: [{ weekday: 'fri', from: '09:00', to: '12:00' }],
    };
    const created = await editor.request('/v1/admin/appointments/consultants', json(consultant));
    assert.equal(created.status, 201, await created.clone().text());
    const stored = AppointmentAdminContent.parse(await created.json()).consultants.find((c) => c.id === 'berater-c');
    assert.deepEqual(stored, { ...consultant, absences: [] });
    assert.equal((await editor.request('/v1/admin/appointments/consultants', json(consultant))).status, 409);
    const bidi = await editor.request(
      '/v1/admin/appointments/consultants',
      json({ ...consultant, id: 'berater-d', name: 'Team\u202eFamilie' }),
    );
    assert.equal(bidi.status, 422);
    assert.equal(
      ((await bidi.json()) as { error: { fieldCodes: Record<string, string> } }).error.fieldCodes.name,
      'control_characters',
    );
  });
});

describe('the content file seeds the database once', () => {
  it('an edited topic survives a restart, and the seed is not loaded again', async () => {
    const database = await testDatabase();
    const env = { APPOINTMENTS_CONFIG: writeContent(testAppointmentContent()) };
    try {
      const first = await startTestServer(env, { ...clock, database });
      try {
        await createStaffUser(first, { email: 'editor@example.org', role: 'editor' });
        const editor = await signIn(first, 'editor@example.org');
        const stored = (await content(editor)).topics.find((t) => t.id === 'recognition')!;
        const changed = await editor.request(
          '/v1/admin/appointments/topics/recognition',
          json({ title: { ...stored.title, de: 'Anerkennung (neu)' } }, 'PUT'),
        );
        assert.equal(changed.status, 200, await changed.clone().text());
        assert.equal(await germanTitle(first), 'Anerkennung (neu)');
      } finally {
        await first.close();
      }
      const second = await startTestServer(env, { ...clock, database });
      try {
        assert.equal(await germanTitle(second), 'Anerkennung (neu)');
        assert.equal(await second.database.count('appointment_settings'), 1);
      } finally {
        await second.close();
      }
    } finally {
      await database.drop();
    }
  });
});

describe('two servers on one database', () => {
  it('an edit through one is served by the other within 5 s', async () => {
    const env = { APPOINTMENTS_CONFIG: writeContent(testAppointmentContent()) };
    const a = await startTestServer(env, clock);
    const b = await startTestServer(env, { ...clock, database: a.database });
    try {
      // B's answer built and replayed before the edit: the version must invalidate both.
      const original = await germanTitle(b);
      assert.equal(await germanTitle(b), original);
      await createStaffUser(a, { email: 'editor@example.org', role: 'editor' });
      const editor = await signIn(a, 'editor@example.org');
      const stored = (await content(editor)).topics.find((t) => t.id === 'recognition')!;
      const changed = await editor.request(
        '/v1/admin/appointments/topics/recognition',
        json({ title: { ...stored.title, de: 'Geändert über A' } }, 'PUT'),
      );
      assert.equal(changed.status, 200);
      const freeOnB = await slotsOn(b, TUESDAY);
      const away = await editor.request(
        '/v1/admin/appointments/consultants/berater-a',
        json({ absences: [{ from: TUESDAY, to: TUESDAY }] }, 'PUT'),
      );
      assert.equal(away.status, 200);
      assert.ok(freeOnB > 0);

      const deadline = Date.now() + 5_000;
      let title = await germanTitle(b);
      let free = await slotsOn(b, TUESDAY);
      while ((title !== 'Geändert über A' || free !== 0) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        title = await germanTitle(b);
        free = await slotsOn(b, TUESDAY);
      }
      assert.equal(title, 'Geändert über A');
      assert.equal(free, 0);
    } finally {
      await b.close();
      await a.close();
    }
  });
});
