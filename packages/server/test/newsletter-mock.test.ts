import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MOCK_USED_TOKEN, MOCK_VALID_TOKEN, mockFetch, newsletterHandlers } from '@welcome-widgets/api-mock';
import { NewsletterTokenResult, TOKEN_PATTERN } from '@welcome-widgets/domain';

const BASE = 'http://mock.test/api';

describe('newsletter mocks', () => {
  it('answer a link used before like the server: already confirmed, already unsubscribed', async () => {
    assert.match(MOCK_USED_TOKEN, TOKEN_PATTERN);
    const fetchMock = mockFetch(newsletterHandlers());
    const redeem = async (action: string, token: string) => {
      const response = await fetchMock(`${BASE}/v1/newsletter/${action}?token=${token}`);
      return { status: response.status, body: await response.json() };
    };
    const confirmedAgain = await redeem('confirm', MOCK_USED_TOKEN);
    assert.equal(confirmedAgain.status, 200);
    assert.equal(NewsletterTokenResult.parse(confirmedAgain.body).status, 'already-confirmed');
    const unsubscribedAgain = await redeem('unsubscribe', MOCK_USED_TOKEN);
    assert.deepEqual(NewsletterTokenResult.parse(unsubscribedAgain.body), { status: 'already-unsubscribed' });
    assert.equal((await redeem('confirm', MOCK_VALID_TOKEN)).body.status, 'confirmed');
    assert.equal((await redeem('confirm', 'A'.repeat(43))).status, 404);
  });
});
