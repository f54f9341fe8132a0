import type { CountryCode } from '@welcome-widgets/domain';

/**
 * Names people type that the official short names (Intl.DisplayNames, CLDR) do not contain:
 * abbreviations ("USA", "UK"), older or everyday names ("Großbritannien", "Turkey" for
 * "Türkiye", "Holland"), and spellings without the official spaces ("Vietnam"). Per language,
 * because "Amerika" is German and "Mỹ" Vietnamese; the English and code-like entries apply in
 * every language, because people everywhere type "USA".
 */
type Aliases = Partial<Record<CountryCode, readonly string[]>>;

const EVERYWHERE: Aliases = {
  US: ['USA', 'US', 'U.S.A.', 'America', 'United States of America'],
  GB: ['UK', 'U.K.', 'Great Britain', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  TR: ['Turkey', 'Türkiye', 'Turkiye'],
  XK: ['Kosovo', 'Kosova'],
  AE: ['UAE', 'Emirates'],
  KR: ['Korea', 'South Korea'],
  CZ: ['Czech Republic'],
  NL: ['Holland'],
  MK: ['Macedonia'],
  CI: ['Ivory Coast'],
  MM: ['Burma'],
  CV: ['Cape Verde'],
  SZ: ['Swaziland'],
  VN: ['Vietnam', 'Viet Nam'],
  RU: ['Russian Federation'],
  SY: ['Syria'],
  CD: ['DR Congo', 'DRC', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville'],
  BA: ['Bosnia'],
  PS: ['Palestine'],
};

const BY_LANGUAGE: Record<string, Aliases> = {
  de: {
    US: ['Amerika', 'Vereinigte Staaten von Amerika', 'Staaten'],
    GB: ['Großbritannien', 'Grossbritannien', 'Britannien', 'England', 'Schottland', 'Nordirland'],
    TR: ['Türkei', 'Tuerkei'],
    XK: ['Kosovo'],
    AE: ['VAE', 'Emirate'],
    KR: ['Korea', 'Republik Korea'],
    CZ: ['Tschechische Republik'],
    NL: ['Holland'],
    MK: ['Mazedonien'],
    CI: ['Elfenbeinküste'],
    MM: ['Birma', 'Burma'],
    CV: ['Kapverden'],
    BA: ['Bosnien'],
    RU: ['Russische Föderation'],
    CD: ['Kongo-Kinshasa', 'Demokratische Republik Kongo'],
    PS: ['Palästina'],
  },
  en: {
    US: ['the States'],
    GB: ['Great Britain'],
    TR: ['Turkey'],
    XK: ['Kosovo'],
  },
  uk: {
    US: ['США', 'Америка', 'Сполучені Штати Америки'],
    GB: ['Британія', 'Англія', 'Шотландія', 'Об’єднане Королівство'],
    TR: ['Туреччина', 'Турція'],
    XK: ['Косово'],
    AE: ['ОАЕ', 'Емірати'],
    KR: ['Корея'],
    CZ: ['Чеська Республіка'],
    NL: ['Голландія'],
    MK: ['Македонія'],
    BA: ['Боснія'],
    RU: ['Російська Федерація', 'РФ'],
  },
  ru: {
    US: ['США', 'Америка', 'Соединённые Штаты Америки', 'Соединенные Штаты Америки'],
    GB: ['Британия', 'Англия', 'Шотландия', 'Соединённое Королевство'],
    TR: ['Турция'],
    XK: ['Косово'],
    AE: ['Эмираты', 'Объединённые Арабские Эмираты'],
    KR: ['Южная Корея', 'Корея'],
    CZ: ['Чешская Республика'],
    NL: ['Голландия'],
    MK: ['Македония'],
    BA: ['Босния'],
    RU: ['РФ', 'Российская Федерация'],
  },
  ar: {
    US: ['أمريكا', 'امريكا', 'أميركا', 'الولايات المتحدة الأمريكية'],
    GB: ['بريطانيا', 'إنجلترا', 'انجلترا', 'إنكلترا', 'اسكتلندا'],
    TR: ['تركيا'],
    XK: ['كوسوفو'],
    AE: ['الإمارات', 'الامارات'],
    KR: ['كوريا'],
    CZ: ['جمهورية التشيك'],
    NL: ['هولندا'],
    MK: ['مقدونيا'],
    BA: ['البوسنة'],
    PS: ['فلسطين'],
  },
  es: {
    US: ['EE. UU.', 'EEUU', 'EE.UU.', 'EUA', 'Estados Unidos de América', 'América'],
    GB: ['Gran Bretaña', 'Inglaterra', 'Escocia', 'Gales'],
    TR: ['Turquía', 'Turquia'],
    XK: ['Kosovo'],
    AE: ['EAU', 'Emiratos'],
    KR: ['Corea'],
    CZ: ['República Checa'],
    NL: ['Holanda'],
    MK: ['Macedonia'],
    CI: ['Costa de Marfil'],
    MM: ['Birmania'],
    CV: ['Cabo Verde'],
    BA: ['Bosnia'],
  },
  vi: {
    US: ['Mỹ', 'Hoa Kỳ', 'Hợp chủng quốc Hoa Kỳ'],
    GB: ['Anh', 'Anh Quốc', 'Vương quốc Liên hiệp Anh', 'Scotland'],
    TR: ['Thổ Nhĩ Kỳ'],
    XK: ['Kosovo'],
    KR: ['Nam Hàn', 'Hàn'],
    CZ: ['Cộng hòa Séc', 'Tiệp Khắc'],
    NL: ['Hà Lan'],
    DE: ['Đức'],
    VN: ['Vietnam'],
  },
};

/** Extra names for a country in a language, including the ones people type everywhere. */
export function aliasesOf(code: CountryCode, locale: string): readonly string[] {
  return [...(EVERYWHERE[code] ?? []), ...(BY_LANGUAGE[locale]?.[code] ?? [])];
}
