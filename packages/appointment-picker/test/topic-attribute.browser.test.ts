import { expect, waitUntil } from '@open-wc/testing';
import { $, picker } from './support/harness.js';

describe('<welcome-appointment-picker> topic set by the page after it loaded', () => {
  it('names the new topic as the fixed one', async () => {
    const el = await picker({ lang: 'en', topic: 'work-visa' });
    const fixedTopic = () => $(el, '.fixed-topic')?.textContent ?? '';
    await waitUntil(() => fixedTopic().includes('Visa and residence permit for work'), 'the first topic named');

    // A CMS or a framework sets the attribute on the live element.
    el.setAttribute('topic', 'recognition');
    await el.updateComplete;
    expect(fixedTopic()).to.contain('Recognition of foreign qualifications');
    expect($(el, '.topics'), 'still fixed, not offered as a choice').to.equal(null);
  });
});
