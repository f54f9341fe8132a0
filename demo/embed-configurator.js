// The embed configurator: widgets and attributes come from the published custom-elements manifest,
// so a new attribute appears here with the release that brings it; the German wording lives below.
import { embedSnippet } from './embed-snippet.js';
import { LANGUAGES as WIDGET_LANGUAGES } from './languages.js';

const WIDGETS = {
  'welcome-quickcheck': 'Quickcheck: Wege zur Arbeit in Deutschland',
  'welcome-appointment-picker': 'Terminbuchung für Online-Beratungen',
  'welcome-faq-search': 'FAQ-Suche',
  'welcome-dashboard': 'Migrations-Dashboard mit allen Kacheln',
  'welcome-dashboard-tile': 'Eine Kennzahl als Kachel',
  'welcome-newsletter-signup': 'Newsletter-Anmeldung',
};

const LANGUAGES = [['', 'wie Ihre Seite (lang-Attribut), sonst Deutsch'], ...WIDGET_LANGUAGES];

/** Set by the host page from links in our mails, never by configuration. */
const NOT_CONFIGURED = new Set(['confirm-token', 'unsubscribe-token']);

/**
 * German label, hint and kind of input per attribute; `choices` loads the options. An attribute
 * the manifest names but this table does not still appears, with the manifest's English text.
 */
const FIELDS = {
  api: { label: 'Adresse des Servers (API)', hint: 'Der Server des Landkreises; für fremde Seiten immer vollständig.' },
  lang: { label: 'Sprache', choices: async () => LANGUAGES },
  'heading-level': {
    label: 'Überschriftenebene',
    hint: 'Ebene der Überschrift des Widgets in der Gliederung Ihrer Seite (1–6).',
    number: { min: 1, max: 6 },
  },
  audience: {
    label: 'Zielgruppe',
    choices: async () => [
      ['worker', 'Fachkräfte: Fragen an die Person selbst'],
      ['employer', 'Arbeitgeber: Fragen zur geplanten Einstellung'],
    ],
  },
  'booking-href': {
    label: 'Link zur Terminbuchung',
    hint: 'Seite mit der Terminbuchung; der Quickcheck hängt das passende Thema an (?topic=).',
    missing:
      'Ohne Link zur Terminbuchung bietet das Widget keine Beratung an: Wer Hilfe braucht, findet keinen Weg weiter.',
  },
  'privacy-href': {
    label: 'Link zu Ihren Datenschutzhinweisen',
    hint: 'Wird neben der Einwilligung angezeigt.',
    missing:
      'Ohne Link zu Ihren Datenschutzhinweisen fehlt neben der Einwilligung der Hinweis, den die DSGVO verlangt (Art. 13). Bitte vor dem Veröffentlichen eintragen.',
  },
  publisher: { label: 'Absender im Einwilligungstext' },
  topic: {
    label: 'Thema festlegen',
    choices: async (api) => [
      ['', 'nicht festlegen: die Person wählt'],
      ...(await getJson(`${api}/v1/appointments/topics?lang=de`)).topics.map((t) => [t.id, t.title]),
    ],
  },
  timezone: {
    label: 'Zeitzone',
    hint: 'IANA-Name, z. B. Asia/Kolkata. Leer: die Zeitzone des Geräts der Person (empfohlen).',
  },
  category: {
    label: 'Nur diese Kategorie',
    choices: async (api) => [
      ['', 'alle Kategorien'],
      ...(await getJson(`${api}/v1/faq?lang=de`)).categories.map((c) => [c.id, c.title]),
    ],
  },
  limit: { label: 'Höchstzahl der Treffer', number: { min: 1, max: 50 } },
  metric: {
    label: 'Kennzahl',
    choices: async (api) => (await getJson(`${api}/v1/dashboard/metrics?lang=de`)).metrics.map((m) => [m.id, m.title]),
  },
  variant: {
    label: 'Darstellung',
    choices: async () => [
      ['key-figure', 'Kennzahl mit Veränderung'],
      ['line', 'Liniendiagramm'],
      ['bar', 'Balken: Rangfolge zum letzten Stichtag'],
      ['stacked', 'Gestapelte Säulen über die Zeit'],
      ['table', 'Tabelle'],
    ],
  },
};

const form = document.querySelector('#embed-form');
const status = document.querySelector('#configurator-status');
const widgetChoice = document.querySelector('#widget-choice');
const attributeFields = document.querySelector('#attribute-fields');
const reserve = document.querySelector('#reserve');
const snippet = document.querySelector('#snippet');
const preview = document.querySelector('#preview');
const copyStatus = document.querySelector('#copy-status');
const warnings = document.querySelector('#snippet-warnings');
const api = `${location.origin}/api`;
const scriptSrc = new URL('/widgets/v1/welcome-widgets.js', location.href).href;

async function getJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

/** manifest → [{ tag, attributes: [{ name, default, description }] }] in the order of WIDGETS. */
function widgetsOf(manifest) {
  const found = new Map();
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName?.startsWith('welcome-')) continue;
      const attributes = (declaration.attributes ?? [])
        .filter((a) => !NOT_CONFIGURED.has(a.name))
        .map((a) => ({ name: a.name, default: unquote(a.default), description: a.description ?? '' }));
      // The shared ones first, as people look for them first.
      attributes.sort((a, b) => rank(a.name) - rank(b.name));
      found.set(declaration.tagName, { tag: declaration.tagName, summary: declaration.summary ?? '', attributes });
    }
  }
  return [...Object.keys(WIDGETS).filter((tag) => found.has(tag)), ...[...found.keys()].filter((t) => !WIDGETS[t])].map(
    (tag) => found.get(tag),
  );
}

const rank = (name) => ['api', 'lang'].indexOf(name) + 1 || 3;
const unquote = (value) => (value === undefined ? '' : String(value).replace(/^'(.*)'$/, '$1'));

let widgets = [];
let current;

function renderWidgetChoice() {
  for (const [index, widget] of widgets.entries()) {
    const wrapper = document.createElement('div');
    wrapper.className = 'field';
    const input = document.createElement('input');
    Object.assign(input, { type: 'radio', name: 'widget', id: `widget-${widget.tag}`, value: widget.tag });
    input.checked = index === 0;
    const label = document.createElement('label');
    label.htmlFor = input.id;
    label.textContent = WIDGETS[widget.tag] ?? widget.summary;
    const code = document.createElement('code');
    code.textContent = ` <${widget.tag}>`;
    label.append(code);
    input.addEventListener('change', () => chooseWidget(widget));
    wrapper.append(input, label);
    widgetChoice.append(wrapper);
  }
}

let choosing = 0;
async function chooseWidget(widget) {
  const turn = ++choosing;
  const fields = await Promise.all(widget.attributes.map(fieldFor));
  if (turn !== choosing) return; // Another widget was chosen while the options loaded.
  current = widget;
  attributeFields.replaceChildren(attributeFields.querySelector('legend'), ...fields);
  update();
}

async function fieldFor(attribute) {
  const spec = FIELDS[attribute.name] ?? { label: attribute.name, hint: attribute.description };
  const id = `attr-${attribute.name}`;
  const wrapper = document.createElement('div');
  wrapper.className = 'field';
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = spec.label;
  let control;
  let options;
  try {
    options = spec.choices ? await spec.choices(api) : undefined;
  } catch {
    options = undefined; // The server could not list them: a text field still lets people type the id.
  }
  if (options) {
    control = document.createElement('select');
    for (const [value, text] of options) control.append(new Option(text, value));
  } else {
    control = document.createElement('input');
    control.type = spec.number ? 'number' : 'text';
    if (spec.number) Object.assign(control, { min: spec.number.min, max: spec.number.max });
  }
  control.id = id;
  control.name = attribute.name;
  control.dataset.default = attribute.default;
  control.value = attribute.name === 'api' ? api : attribute.default;
  wrapper.append(label, control);
  const hintText = spec.hint ?? (attribute.default && !options ? `Voreinstellung: ${attribute.default}` : '');
  if (hintText) {
    const hint = document.createElement('p');
    hint.className = 'hint';
    hint.id = `${id}-hint`;
    hint.textContent = hintText;
    control.setAttribute('aria-describedby', hint.id);
    wrapper.append(hint);
  }
  return wrapper;
}

/** The attributes that differ from the widget's defaults; the server address always, as partners sit elsewhere. */
function chosenAttributes() {
  return [...attributeFields.querySelectorAll('input, select')]
    .map((control) => [control.name, control.value.trim()])
    .filter(
      ([name, value]) => name === 'api' || value !== attributeFields.querySelector(`#attr-${name}`).dataset.default,
    );
}

let previewTimer;
function update() {
  const attributes = chosenAttributes();
  snippet.value = embedSnippet({ scriptSrc, tag: current.tag, attributes, reserve: reserve.checked });
  copyStatus.textContent = '';
  showMissingSettings();
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => {
    const element = document.createElement(current.tag);
    for (const [name, value] of attributes) if (value !== '') element.setAttribute(name, value);
    preview.replaceChildren(element);
  }, 300);
}

/** Settings a widget works without but a partner should not publish without, each linked to its field. */
function showMissingSettings() {
  const missing = [...attributeFields.querySelectorAll('input, select')].filter(
    (control) => FIELDS[control.name]?.missing && control.value.trim() === '',
  );
  if (missing.length === 0) {
    warnings.replaceChildren();
    return;
  }
  const title = document.createElement('p');
  title.className = 'warnings-title';
  title.textContent = 'Noch nicht vollständig:';
  const list = document.createElement('ul');
  list.append(
    ...missing.map((control) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#${control.id}`;
      link.textContent = FIELDS[control.name].label;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        control.focus();
      });
      item.append(link, `: ${FIELDS[control.name].missing}`);
      return item;
    }),
  );
  warnings.replaceChildren(title, list);
}

document.querySelector('#copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.value);
    copyStatus.textContent = 'Der Code ist in der Zwischenablage.';
  } catch {
    snippet.focus();
    snippet.select();
    copyStatus.textContent = 'Der Code ist markiert: Kopieren Sie ihn mit Strg+C (Mac: Cmd+C).';
  }
});
form.addEventListener('input', (event) => {
  if (event.target.name !== 'widget') update();
});
form.addEventListener('submit', (event) => event.preventDefault());

try {
  widgets = widgetsOf(await getJson('/widgets/v1/custom-elements.json'));
  if (widgets.length === 0) throw new Error('no widgets');
  renderWidgetChoice();
  await chooseWidget(widgets[0]);
  widgetChoice.hidden = attributeFields.hidden = document.querySelector('#reserve-field').hidden = false;
  status.textContent = '';
} catch (error) {
  status.textContent = `Die Beschreibung der Widgets ist nicht erreichbar (${error.message}). Bitte laden Sie die Seite neu.`;
}
