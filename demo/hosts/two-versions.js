// Loads two copies of the widgets one after the other (see two-versions.html), both from the
// county's server this script comes from: the page's Content-Security-Policy allows no others.
(() => {
  'use strict';
  const county = new URL(document.currentScript.src).origin;
  const params = new URLSearchParams(location.search);
  const copy = (name, fallback) => {
    const url = new URL(params.get(name) ?? fallback, county);
    return url.origin === county ? url.href : new URL(fallback, county).href;
  };
  void import(copy('first', '/widgets/v1/welcome-widgets.js')).then(
    () => import(copy('second', '/widgets/v1/welcome-widgets.js?copy=2')),
  );
})();
