// Demo only: the portal's language switcher rewrites <html lang>; the widgets follow it.
const select = document.querySelector('#page-language');
if (select) {
  // The portal's own copy is German whatever the widgets speak: marked so, screen readers pronounce
  // it as German, and it keeps its direction and hyphenation on an Arabic page.
  for (const element of document.querySelectorAll('header > *, main > *, footer')) {
    const isWidget = element.localName.startsWith('welcome-') || element.classList.contains('panel');
    if (!isWidget && element !== select.closest('label')) Object.assign(element, { lang: 'de', dir: 'ltr' });
  }
  const initial = new URL(location.href).searchParams.get('lang');
  if (initial) document.documentElement.lang = initial;
  select.value = document.documentElement.lang;
  select.addEventListener('change', () => {
    document.documentElement.lang = select.value;
    document.documentElement.dir = select.value === 'ar' ? 'rtl' : 'ltr';
  });
  if (document.documentElement.lang === 'ar') document.documentElement.dir = 'rtl';
}
