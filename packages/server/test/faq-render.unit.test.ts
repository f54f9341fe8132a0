import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFrontMatter } from '../src/faq/front-matter.js';
import { renderAnswer } from '../src/faq/render-answer.js';
import { XSS_CORPUS } from './fixtures/xss-corpus.js';

describe('FAQ answers', () => {
  it('keep paragraphs, lists, emphasis and safe links', () => {
    const { html, text } = renderAnswer(
      'Stand 2026: **50.700 €**.\n\n- eins\n- zwei\n\n[Make it in Germany](https://www.make-it-in-germany.com) · [Mail](mailto:samm@example.org)',
    );
    assert.match(html, /<strong>50\.700 €<\/strong>/);
    assert.match(html, /<ul>\s*<li>eins<\/li>/);
    assert.match(html, /<a href="https:\/\/www\.make-it-in-germany\.com" rel="noopener">/);
    assert.match(html, /href="mailto:samm@example\.org"/);
    assert.equal(text.startsWith('Stand 2026: 50.700 €.'), true);
  });

  for (const payload of XSS_CORPUS) {
    it(`never carry active content: ${payload.slice(0, 50)}`, () => {
      const { html } = renderAnswer(`Text davor.\n\n${payload}\n\nText danach.`);
      assert.doesNotMatch(html, /<script|<svg|<iframe|<object|<form|<input|<base|<math|<details|<img/i);
      assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'no event handler');
      assert.doesNotMatch(html, /style\s*=/i, 'no style');
      assert.doesNotMatch(html, /href\s*=\s*"(?!https?:|mailto:|tel:)/i, 'only safe link schemes');
      assert.match(html, /Text danach/);
    });
  }
});

describe('front matter', () => {
  it('reads key: value lines and the body', () => {
    const parsed = parseFrontMatter(
      '---\nquestion: Was ist die Chancenkarte?\ncategory: opportunity-card\n---\nAntwort.',
    );
    assert.equal(parsed?.fields.question, 'Was ist die Chancenkarte?');
    assert.equal(parsed?.body, 'Antwort.');
    assert.equal(parseFrontMatter('no front matter'), undefined);
  });
});
