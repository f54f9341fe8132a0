// Lists the server's outbox. Mail text is shown as text; only http(s) URLs become links.
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

async function load() {
  list.textContent = 'Lädt …';
  try {
    const response = await fetch('/api/v1/dev/outbox');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const { mails } = await response.json();
    list.textContent = '';
    if (mails.length === 0) list.textContent = 'Noch keine E-Mails.';
    for (const mail of mails) {
      const article = document.createElement('article');
      const heading = document.createElement('h2');
      heading.textContent = mail.subject;
      const meta = document.createElement('p');
      meta.textContent = `An: ${mail.to} · ${new Date(mail.createdAt).toLocaleString('de-DE')}`;
      const body = document.createElement('pre');
      body.append(linkify(mail.text));
      article.append(heading, meta, body);
      list.append(article);
    }
  } catch (error) {
    list.textContent = `Der Postausgang ist nicht erreichbar (${error.message}). Ist SMTP_URL gesetzt, gehen E-Mails an den SMTP-Server.`;
  }
}

document.querySelector('#reload').addEventListener('click', load);
load();
