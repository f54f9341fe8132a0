import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FaqResponse, FaqSearchResponse } from '@welcome-widgets/domain';
import { writeFaqFixture } from '../fixtures/faq-content.js';
import { json, type StaffClient } from './staff-fixture.js';
import type { TestServer } from './test-server.js';

/** What the FAQ admin tests share: the fixture folder, the public FAQ as a reader gets it, the staff calls. */

export const fixtureDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'faq-admin-'));
  writeFaqFixture(dir);
  return dir;
};

export const publicFaq = async (server: TestServer, query: string) => {
  const response = await server.api(`/v1/faq${query}`);
  assert.equal(response.status, 200);
  return FaqResponse.parse(await response.json());
};
/** A search through the public API (`?q=`): the ranked matches only. */
export const searchFaq = async (server: TestServer, query: string) => {
  const response = await server.api(`/v1/faq${query}`);
  assert.equal(response.status, 200);
  return FaqSearchResponse.parse(await response.json()).matches;
};
export const publicEntry = async (server: TestServer, language: string, id: string) =>
  (await publicFaq(server, `?lang=${language}`)).entries.find((entry) => entry.id === id);

export const putText = (client: StaffClient, id: string, language: string, body: unknown) =>
  client.request(`/v1/admin/faq/entries/${id}/texts/${language}`, json(body, 'PUT'));

export const exportArchive = async (client: StaffClient) => {
  const response = await client.request('/v1/admin/faq/export');
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'application/x-tar');
  assert.match(
    response.headers.get('content-disposition') ?? '',
    /^attachment; filename="faq-\d{4}-\d{2}-\d{2}\.tar"$/,
  );
  return new Uint8Array(await response.arrayBuffer());
};
export const importArchive = (client: StaffClient, archive: Uint8Array) =>
  client.request('/v1/admin/faq/import', {
    method: 'POST',
    headers: { 'content-type': 'application/x-tar' },
    body: new Uint8Array(archive),
  });
