// Lists the server's outbox. Mail text is shown as text; only http(s) URLs become links.
// Attachments (e.g. the .ics of a booking) are listed with name, type and size, each downloadable.
const list = document.querySelector('#mails');

function linkify(text) {
  const fragment = document.createDocumentFragment();
  let last = 0;
  for (const match of text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    fragment.append(text.slice(last, match.index));
    const a = document.createElement('a');
    a.href = match[0];
    a.textContent = match[0];
    fragment.append(a);
    last = match.index + match[0].length;
  }
  fragment.append(text.slice(last));
  return fragment;
}

const bytes = new Intl.NumberFormat('de-DE', { style: 'unit', unit: 'byte', unitDisplay: 'short' });
const kilobytes = new Intl.NumberFormat('de-DE', {
  style: 'unit',
  unit: 'kilobyte',
  unitDisplay: 'short',
  maximumFractionDigits: 1,
});
const size = (n) => (n < 1000 ? bytes.format(n) : kilobytes.format(n / 1000));

function element(name, text) {
  const node = document.createElement(name);
  if (text !== undefined) node.textContent = text;
  return node;
}

function attachmentList(attachments) {
  const section = document.createDocumentFragment();
  section.append(element('h3', attachments.length === 1 ? 'Anhang' : 'Anhänge'));
  const items = element('ul');
  items.className = 'attachments';
  for (const attachment of attachments) {
    const item = element('li');
    const link = element('a', attachment.filename);
    link.href = attachment.url;
    link.download = attachment.filename;
    // The type without parameters, e.g. "text/calendar" from "text/calendar; charset=utf-8; method=REQUEST".
    const type = attachment.contentType.split(';')[0].trim();
    item.append(link, ` (${type}, ${size(attachment.size)})`);
    items.append(item);
  }
  section.append(items);
  return section;
}

function unreachable(status) {
  if (status === 401) return 'Der Postausgang ist mit ADMIN_TOKEN geschützt; lesen Sie ihn mit dem Token über die API.';
  if (status === 403) return 'Der Postausgang ist ohne ADMIN_TOKEN nur auf dem Rechner des Servers erreichbar.';
  return `Der Postausgang ist nicht erreichbar (HTTP ${status}). Ist SMTP_URL gesetzt, gehen E-Mails an den SMTP-Server.`;
}

async function load() {
  list.textContent = 'Lädt …';
  try {
    const response = await fetch('/api/v1/dev/outbox');
    if (!response.ok) {
      // Read to the end: an unread body keeps the connection busy (and the page never idle).
      await response.text();
      list.textContent = unreachable(response.status);
      return;
    }
    const { mails } = await response.json();
    list.textContent = '';
    if (mails.length === 0) list.textContent = 'Noch keine E-Mails.';
    for (const mail of mails) {
      const article = element('article');
      const meta = element('p');
      meta.append(
        ...(mail.from ? [`Von: ${mail.from}`, element('br')] : []),
        `An: ${mail.to}`,
        element('br'),
        new Date(mail.createdAt).toLocaleString('de-DE'),
      );
      const body = element('pre');
      body.append(linkify(mail.text));
      article.append(element('h2', mail.subject), meta, body);
      if (mail.attachments?.length) article.append(attachmentList(mail.attachments));
      list.append(article);
    }
  } catch (error) {
    list.textContent = `Der Postausgang ist nicht erreichbar (${error.message}). Ist SMTP_URL gesetzt, gehen E-Mails an den SMTP-Server.`;
  }
}

document.querySelector('#reload').addEventListener('click', load);
load();
