// Demo only: one header for every demo page, with the navigation and the page-language menu, so
// the pages cannot drift apart. It lives in a shadow root: the partner page's hostile CSS
// (`select { all: unset }`, a 62.5 % rem) must not break it, just as it must not break the widgets.
// The language menu sets <html lang>; widgets without their own `lang` follow it.
import { LANGUAGES } from './languages.js';

const PAGES = [
  ['/', 'Portal'],
  ['/partner.html', 'Partnerseite'],
  ['/beratung.html', 'Beratung'],
  ['/zahlen.html', 'Zahlen'],
  ['/newsletter.html', 'Newsletter'],
  ['/einbinden.html', 'Einbinden'],
  ['/outbox.html', 'Postausgang (Demo)'],
  ['/datenschutz.html', 'Datenschutz'],
  ['/api/openapi.json', 'API'],
];

const STYLES = `
  :host { display: block; font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', sans-serif; color: #1d1d1b; background: #f6f5f2; }
  header { display: flex; flex-wrap: wrap; gap: 0.5em 1em; align-items: center; justify-content: space-between;
    max-width: 64em; margin: 0 auto; padding: 0.75em 1em; border-bottom: 4px solid #00508c; box-sizing: border-box; }
  .brand { font-weight: 700; font-size: 1.25em; }
  ul { display: flex; flex-wrap: wrap; gap: 0.25em 1em; list-style: none; margin: 0; padding: 0; }
  a { color: #00508c; }
  a[aria-current='page'] { font-weight: 700; text-decoration-thickness: 3px; }
  a:focus-visible, select:focus-visible { outline: 3px solid #00508c; outline-offset: 2px; }
  label { display: flex; flex-wrap: wrap; gap: 0.25em 0.5em; align-items: center; }
  select { font: inherit; color: inherit; background: #fff; border: 1px solid #6e6e6e; border-radius: 4px;
    padding: 0.25em 0.5em; min-height: 2.75em; appearance: auto; }
`;

class DemoHeader extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    // A constructed style sheet, not a <style> element: allowed by a strict style-src 'self'.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
    root.adoptedStyleSheets = [sheet];
    const header = document.createElement('header');
    // The demo's own copy is German whatever the widgets speak.
    Object.assign(header, { lang: 'de', dir: 'ltr' });
    const brand = document.createElement('span');
    brand.className = 'brand';
    brand.textContent = 'Welcome Mittelsachsen';
    header.append(brand, this.navigation(), this.languageMenu());
    root.append(header);
  }

  navigation() {
    const nav = document.createElement('nav');
    nav.setAttribute('aria-label', 'Demo');
    const list = document.createElement('ul');
    for (const [href, text] of PAGES) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = href;
      link.textContent = text;
      if (href === location.pathname || (href === '/' && location.pathname === '/index.html'))
        link.setAttribute('aria-current', 'page');
      item.append(link);
      list.append(item);
    }
    nav.append(list);
    return nav;
  }

  languageMenu() {
    const label = document.createElement('label');
    label.append('Sprache / Language');
    const select = document.createElement('select');
    select.id = 'page-language';
    for (const [code, name] of LANGUAGES) {
      const option = new Option(name, code);
      option.lang = code;
      select.append(option);
    }
    const chosen = new URL(location.href).searchParams.get('lang');
    if (chosen) setPageLanguage(chosen);
    select.value = document.documentElement.lang;
    select.addEventListener('change', () => setPageLanguage(select.value));
    label.append(select);
    return label;
  }
}

function setPageLanguage(lang) {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The page's own copy (headings, explanations) is in the page's original language, German or, on
 * the partner page, English: marked so, screen readers pronounce it right and it keeps its
 * direction when the menu turns the page Arabic. Widgets and the blocks that hold them follow the menu.
 */
function markPageCopy(copyLang) {
  const holdsWidget = (element) =>
    element.localName.startsWith('welcome-') ||
    [...element.querySelectorAll('*')].some((inner) => inner.localName.startsWith('welcome-'));
  for (const element of document.querySelectorAll('body > *, main > *')) {
    if (['main', 'script', 'demo-header', 'style'].includes(element.localName) || holdsWidget(element)) continue;
    Object.assign(element, { lang: copyLang, dir: 'ltr' });
  }
}

markPageCopy(document.documentElement.lang || 'de');
if (!customElements.get('demo-header')) customElements.define('demo-header', DemoHeader);
