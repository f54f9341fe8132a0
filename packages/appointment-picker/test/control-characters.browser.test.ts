import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { WelcomeAppointmentPicker } from '../src/appointment-picker.js';
import { $, active, address, chooseFirstSlot, picker } from './support/harness.js';

/** What each language says at the field; the texts come from locales/*.xlf. */
const expected = {
  de: { name: 'Der Name enthält unsichtbare Zeichen', message: 'Die Nachricht enthält unsichtbare Zeichen' },
  ar: { name: 'يحتوي الاسم على رموز غير مرئية', message: 'تحتوي الرسالة على رموز غير مرئية' },
} as const;

/** Counts the bookings the widget sends; every request still goes to the real server. */
function countingPosts(): { fetch: typeof fetch; posts: () => number } {
  let posts = 0;
  return {
    posts: () => posts,
    fetch: (input, init) => {
      const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
      if (method.toUpperCase() === 'POST') posts++;
      return fetch(input, init);
    },
  };
}

/** Puts text into the focused field the way a paste does: through the browser's editing, as one insertion. */
function paste(text: string): void {
  document.execCommand('insertText', false, text);
}

const field = (el: WelcomeAppointmentPicker, id: string) => $<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`)!;

async function pressBook(el: WelcomeAppointmentPicker): Promise<void> {
  $<HTMLButtonElement>(el, 'button[type=submit]')!.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

for (const lang of ['de', 'ar'] as const) {
  describe(`<welcome-appointment-picker> refuses invisible control characters (${lang})`, () => {
    it('says so at the name for a pasted line separator, focuses it and keeps everything typed, axe-clean', async () => {
      const counter = countingPosts();
      const el = await picker({ topic: 'work-visa', lang, fetch: counter.fetch });
      await chooseFirstSlot(el);
      const email = address();
      field(el, 'name').focus();
      await sendKeys({ type: 'Olena' });
      // Copied from a PDF or a word processor, a line break arrives as U+2028 (the browser keeps it in one-line fields).
      paste('\u2028Kovalenko');
      field(el, 'email').focus();
      await sendKeys({ type: email });
      field(el, 'message').focus();
      await sendKeys({ type: 'Guten Tag,' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'ich habe eine Frage zum Visum.' });
      $<HTMLInputElement>(el, '#consent')!.click();
      await el.updateComplete;

      await pressBook(el);

      await waitUntil(() => $(el, '#name-error'), 'the name error');
      expect($(el, '#name-error')!.textContent).to.contain(expected[lang].name);
      expect(field(el, 'name').getAttribute('aria-invalid')).to.equal('true');
      expect(field(el, 'name').getAttribute('aria-describedby')).to.contain('name-error');
      expect(active(el)?.id, 'focus at the name').to.equal('name');
      expect($(el, '#message-error'), 'line breaks in the message are fine').to.equal(null);
      expect(field(el, 'name').value).to.equal('Olena\u2028Kovalenko');
      expect(field(el, 'email').value).to.equal(email);
      expect(field(el, 'message').value).to.equal('Guten Tag,\nich habe eine Frage zum Visum.');
      expect($<HTMLInputElement>(el, '#consent')!.checked).to.equal(true);
      expect(counter.posts(), 'the widget says it without asking the server').to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('says so at the name for a right-to-left override (U+202E) typed into it', async () => {
      const el = await picker({ topic: 'work-visa', lang });
      await chooseFirstSlot(el);
      field(el, 'name').focus();
      await sendKeys({ type: 'Olena \u202Eokneklavok' });
      field(el, 'email').focus();
      await sendKeys({ type: address() });
      $<HTMLInputElement>(el, '#consent')!.click();

      await pressBook(el);

      await waitUntil(() => $(el, '#name-error'), 'the name error');
      expect($(el, '#name-error')!.textContent).to.contain(expected[lang].name);
      expect(active(el)?.id).to.equal('name');
      expect(field(el, 'name').value).to.equal('Olena \u202Eokneklavok');
      await expect(el).to.be.accessible();
    });

    it('says so at the message for a pasted override, focuses it and keeps the text', async () => {
      const el = await picker({ topic: 'work-visa', lang });
      await chooseFirstSlot(el);
      field(el, 'name').focus();
      await sendKeys({ type: 'Nguyễn Thị Lan' });
      field(el, 'email').focus();
      await sendKeys({ type: address() });
      field(el, 'message').focus();
      await sendKeys({ type: 'Mein Lebenslauf: ' });
      paste('\u202Efdp.exe');
      $<HTMLInputElement>(el, '#consent')!.click();

      await pressBook(el);

      await waitUntil(() => $(el, '#message-error'), 'the message error');
      expect($(el, '#message-error')!.textContent).to.contain(expected[lang].message);
      expect($(el, '#name-error'), 'the Vietnamese name is fine').to.equal(null);
      expect(active(el)?.id).to.equal('message');
      expect(field(el, 'message').value).to.equal('Mein Lebenslauf: \u202Efdp.exe');
      await expect(el).to.be.accessible();
    });
  });
}
