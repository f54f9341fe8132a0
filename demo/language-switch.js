// Demo only: the portal's language switcher rewrites <html lang>; the widgets follow it.
const select = document.querySelector('#page-language');
if (select) {
  const initial = new URL(location.href).searchParams.get('lang');
  if (initial) document.documentElement.lang = initial;
  select.value = document.documentElement.lang;
  select.addEventListener('change', () => {
    document.documentElement.lang = select.value;
    document.documentElement.dir = select.value === 'ar' ? 'rtl' : 'ltr';
  });
  if (document.documentElement.lang === 'ar') document.documentElement.dir = 'rtl';
}
