// The CMS's script on cms.html: what editors and page builders do to widgets after the page
// loaded. A classic script, so that `document.currentScript` names the county's API.
(() => {
  'use strict';
  const api = document.currentScript.dataset.api;

  // The CMS's own component: a teaser that renders a widget inside its open shadow root.
  class CmsTeaser extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      const widget = document.createElement('welcome-quickcheck');
      widget.setAttribute('api', this.getAttribute('api') || api);
      widget.setAttribute('heading-level', '3');
      root.append(widget);
    }
  }
  customElements.define('cms-teaser', CmsTeaser);

  const content = document.getElementById('content');
  const sidebar = document.getElementById('sidebar');
  let removed = null;
  const block = () => document.querySelector('.faq-block');
  const on = (id, action) => {
    document.getElementById(id).addEventListener('click', action);
  };

  on('insert-faq', () => {
    // A block as the CMS stores it: an HTML string.
    content.innerHTML = `<section class="faq-block"><h2>Häufige Fragen</h2>
      <welcome-faq-search api="${api}" heading-level="3"></welcome-faq-search></section>`;
  });
  on('move-faq', () => {
    sidebar.append(block());
  });
  on('remove-faq', () => {
    removed = block();
    removed.remove();
  });
  on('restore-faq', () => {
    if (removed) content.append(removed);
    removed = null;
  });
  on('faq-english', () => {
    block().querySelector('welcome-faq-search').setAttribute('lang', 'en');
  });
  on('change-topic', () => {
    document.querySelector('welcome-appointment-picker').setAttribute('topic', 'recognition');
  });
  on('change-metric', () => {
    document.querySelector('welcome-dashboard-tile').setAttribute('metric', 'top-nationalities');
  });
})();
