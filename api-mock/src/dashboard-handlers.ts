import {
  DashboardMetric,
  DashboardMetricsResponse,
  SOURCE_LOCALE,
  isCountryCode,
  toSupportedLocale,
  type DashboardKind,
  type DashboardPeriod,
  type DashboardUnit,
  type SupportedLocale,
} from '@welcome-widgets/core';
import { HttpResponse, http, type HttpHandler } from 'msw';
import { checked, scenarioResponse } from './respond.js';
import type { Scenario } from './scenarios.js';

/** Quarter ends from `first` to `last` inclusive (e.g. 2015-12-31 … 2025-03-31). */
function quarterEnds(first: string, last: string): string[] {
  const ends = ['03-31', '06-30', '09-30', '12-31'];
  const dates: string[] = [];
  let year = Number(first.slice(0, 4));
  let quarter = ends.indexOf(first.slice(5));
  for (let date = first; dates.at(-1) !== last && year <= 2100;) {
    dates.push(date);
    quarter = (quarter + 1) % 4;
    if (quarter === 0) year++;
    date = `${year}-${ends[quarter]}`;
  }
  return dates;
}

type Texts = Record<SupportedLocale, string>;

interface MockMetric {
  id: string;
  unit: DashboardUnit;
  kind: DashboardKind;
  period: DashboardPeriod;
  source: string;
  asOf: string;
  edited: string;
  illustrative: boolean;
  title: Texts;
  description: Texts;
  /** Labels of group keys; country codes are named by Intl.DisplayNames, as on the server. */
  labels: Record<string, Texts>;
  /** Period ends shared by every series of the metric, oldest first. */
  dates: string[];
  /** One value per date, per series key, in display order. */
  series: Record<string, number[]>;
}

/**
 * The server's seed (packages/server/content/dashboard: metrics.json and one CSV per metric),
 * copied here so stories and component tests need no JSON or CSV import; a server test compares
 * every answer of these handlers with the real server's in all seven languages.
 */
const METRICS: MockMetric[] = [
  {
    id: 'foreign-residents',
    unit: 'persons',
    kind: 'time-series',
    period: 'quarter',
    source: 'Ausländerbehörde Landkreis Mittelsachsen (Auszüge aus dem Ausländerzentralregister)',
    asOf: '2025-03-31',
    edited: '2025-05-09',
    illustrative: true,
    title: {
      de: 'Ausländische Einwohnerinnen und Einwohner',
      en: 'Foreign residents',
      uk: 'Іноземні мешканці',
      ru: 'Иностранные жители',
      ar: 'السكان الأجانب',
      es: 'Residentes extranjeros',
      vi: 'Cư dân nước ngoài',
    },
    description: {
      de: 'Menschen mit ausländischer Staatsangehörigkeit, die im Landkreis Mittelsachsen leben, jeweils am Quartalsende.',
      en: 'People with a foreign nationality living in the district of Mittelsachsen, at the end of each quarter.',
      uk: 'Люди з іноземним громадянством, які проживають у районі Міттельзаксен, на кінець кожного кварталу.',
      ru: 'Люди с иностранным гражданством, проживающие в районе Миттельзаксен, на конец каждого квартала.',
      ar: 'الأشخاص الذين يحملون جنسية أجنبية ويعيشون في مقاطعة ميتلزاكسن، في نهاية كل ربع سنة.',
      es: 'Personas con nacionalidad extranjera que viven en el distrito de Mittelsachsen, al final de cada trimestre.',
      vi: 'Những người mang quốc tịch nước ngoài sống tại huyện Mittelsachsen, vào cuối mỗi quý.',
    },
    labels: {
      total: { de: 'Insgesamt', en: 'Total', uk: 'Усього', ru: 'Всего', ar: 'المجموع', es: 'Total', vi: 'Tổng cộng' },
    },
    dates: quarterEnds('2015-12-31', '2025-03-31'),
    series: {
      total: [
        8332, 8510, 8650, 8790, 8900, 9050, 9180, 9290, 9400, 9460, 9540, 9630, 9700, 9840, 9990, 10150, 10300, 10410,
        10480, 10630, 10800, 10924, 11090, 11290, 11502, 12380, 14120, 14760, 15200, 15540, 15801, 16480, 17200, 17530,
        17910, 18290, 18565, 18471,
      ],
    },
  },
  {
    id: 'top-nationalities',
    unit: 'persons',
    kind: 'breakdown-over-time',
    period: 'quarter',
    source: 'Ausländerbehörde Landkreis Mittelsachsen (Auszüge aus dem Ausländerzentralregister)',
    asOf: '2025-03-31',
    edited: '2025-05-09',
    illustrative: true,
    title: {
      de: 'Die zehn häufigsten Staatsangehörigkeiten',
      en: 'Top 10 nationalities',
      uk: '10 найпоширеніших громадянств',
      ru: '10 самых распространённых гражданств',
      ar: 'أكثر 10 جنسيات',
      es: 'Las 10 nacionalidades más frecuentes',
      vi: '10 quốc tịch đông nhất',
    },
    description: {
      de: 'Einwohnerinnen und Einwohner der zehn größten ausländischen Staatsangehörigkeiten (Rangfolge März 2025), jeweils am Quartalsende.',
      en: 'Residents of the ten largest foreign nationalities (ranked as of March 2025), at the end of each quarter.',
      uk: 'Мешканці десяти найбільших іноземних громадянств (рейтинг на березень 2025 року), на кінець кожного кварталу.',
      ru: 'Жители десяти крупнейших иностранных гражданств (рейтинг на март 2025 года), на конец каждого квартала.',
      ar: 'السكان من أكبر عشر جنسيات أجنبية (حسب الترتيب في مارس 2025)، في نهاية كل ربع سنة.',
      es: 'Residentes de las diez nacionalidades extranjeras más numerosas (clasificación de marzo de 2025), al final de cada trimestre.',
      vi: 'Cư dân thuộc mười quốc tịch nước ngoài đông nhất (xếp hạng tháng 3 năm 2025), vào cuối mỗi quý.',
    },
    labels: {},
    dates: quarterEnds('2021-12-31', '2025-03-31'),
    series: {
      UA: [120, 920, 2520, 3020, 3320, 3420, 3470, 3520, 3570, 3670, 3720, 3770, 3820, 3600],
      SY: [1050, 1075, 1100, 1125, 1150, 1183, 1215, 1248, 1280, 1308, 1335, 1363, 1390, 1400],
      PL: [1150, 1163, 1175, 1188, 1200, 1215, 1230, 1245, 1260, 1273, 1285, 1298, 1310, 1300],
      RO: [980, 1000, 1020, 1040, 1060, 1080, 1100, 1120, 1140, 1156, 1173, 1189, 1205, 1200],
      VE: [205, 240, 290, 350, 412, 480, 560, 630, 690, 740, 790, 830, 862, 829],
      AF: [420, 440, 460, 480, 500, 520, 540, 560, 580, 596, 613, 629, 645, 650],
      IN: [230, 253, 275, 298, 320, 350, 380, 410, 440, 470, 500, 530, 560, 600],
      VN: [430, 440, 450, 460, 470, 480, 490, 500, 510, 519, 528, 536, 545, 550],
      RU: [380, 403, 425, 448, 470, 475, 480, 485, 490, 494, 498, 501, 505, 500],
      TR: [260, 275, 290, 305, 320, 338, 355, 373, 390, 404, 418, 431, 445, 450],
    },
  },
  {
    id: 'residents-by-group',
    unit: 'persons',
    kind: 'breakdown-over-time',
    period: 'quarter',
    source: 'Ausländerbehörde Landkreis Mittelsachsen (Auszüge aus dem Ausländerzentralregister)',
    asOf: '2025-03-31',
    edited: '2025-05-09',
    illustrative: true,
    title: {
      de: 'Ausländische Einwohnerinnen und Einwohner nach Personengruppen',
      en: 'Foreign residents by group',
      uk: 'Іноземні мешканці за групами',
      ru: 'Иностранные жители по группам',
      ar: 'السكان الأجانب حسب الفئة',
      es: 'Residentes extranjeros por grupo',
      vi: 'Cư dân nước ngoài theo nhóm',
    },
    description: {
      de: 'EU-Bürgerinnen und -Bürger, Drittstaatsangehörige (Arbeit, Ausbildung, Familie), Schutzsuchende und Geflüchtete aus der Ukraine mit vorübergehendem Schutz, jeweils am Quartalsende.',
      en: 'EU citizens, third-country nationals (work, training, family), protection seekers and Ukrainians under temporary protection, at the end of each quarter.',
      uk: "Громадяни ЄС, громадяни третіх країн (робота, навчання, сім'я), особи, які шукають захисту, та українці з тимчасовим захистом, на кінець кожного кварталу.",
      ru: 'Граждане ЕС, граждане третьих стран (работа, обучение, семья), лица, ищущие защиты, и украинцы с временной защитой, на конец каждого квартала.',
      ar: 'مواطنو الاتحاد الأوروبي، ومواطنو الدول الثالثة (العمل، التدريب، الأسرة)، وطالبو الحماية، والأوكرانيون الحاصلون على الحماية المؤقتة، في نهاية كل ربع سنة.',
      es: 'Ciudadanos de la UE, nacionales de terceros países (trabajo, formación, familia), solicitantes de protección y ucranianos con protección temporal, al final de cada trimestre.',
      vi: 'Công dân EU, công dân nước thứ ba (làm việc, đào tạo, gia đình), người tìm kiếm bảo hộ và người Ukraina được bảo hộ tạm thời, vào cuối mỗi quý.',
    },
    labels: {
      EU: {
        de: 'EU-Bürgerinnen und -Bürger',
        en: 'EU citizens',
        uk: 'Громадяни ЄС',
        ru: 'Граждане ЕС',
        ar: 'مواطنو الاتحاد الأوروبي',
        es: 'Ciudadanos de la UE',
        vi: 'Công dân EU',
      },
      'third-country': {
        de: 'Drittstaatsangehörige',
        en: 'Third-country nationals',
        uk: 'Громадяни третіх країн',
        ru: 'Граждане третьих стран',
        ar: 'مواطنو الدول الثالثة',
        es: 'Nacionales de terceros países',
        vi: 'Công dân nước thứ ba',
      },
      'protection-seekers': {
        de: 'Schutzsuchende',
        en: 'Protection seekers',
        uk: 'Особи, які шукають захисту',
        ru: 'Лица, ищущие защиты',
        ar: 'طالبو الحماية',
        es: 'Solicitantes de protección',
        vi: 'Người tìm kiếm bảo hộ',
      },
      'UA-temporary-protection': {
        de: 'Ukrainerinnen und Ukrainer mit vorübergehendem Schutz',
        en: 'Ukrainians under temporary protection',
        uk: 'Українці з тимчасовим захистом',
        ru: 'Украинцы с временной защитой',
        ar: 'الأوكرانيون الحاصلون على الحماية المؤقتة',
        es: 'Ucranianos con protección temporal',
        vi: 'Người Ukraina được bảo hộ tạm thời',
      },
    },
    dates: quarterEnds('2015-12-31', '2025-03-31'),
    series: {
      EU: [
        2750, 2830, 2898, 2967, 3026, 3100, 3167, 3228, 3290, 3335, 3387, 3443, 3492, 3567, 3646, 3730, 3811, 3865,
        3904, 3973, 4050, 4110, 4186, 4276, 4371, 4440, 4509, 4578, 4647, 4716, 4786, 4855, 4924, 4993, 5062, 5131,
        5200, 5180,
      ],
      'third-country': [
        3666, 3765, 3849, 3933, 4005, 4095, 4177, 4250, 4324, 4375, 4436, 4502, 4559, 4649, 4746, 4847, 4944, 5010,
        5056, 5142, 5238, 5312, 5407, 5518, 5636, 5495, 5415, 5336, 5256, 5277, 5267, 5677, 6128, 6138, 6249, 6359,
        6365, 6521,
      ],
      'protection-seekers': [
        1916, 1915, 1903, 1890, 1869, 1855, 1836, 1812, 1786, 1750, 1717, 1685, 1649, 1624, 1598, 1573, 1545, 1535,
        1520, 1515, 1512, 1502, 1497, 1496, 1495, 1645, 1796, 1946, 2097, 2247, 2398, 2548, 2698, 2849, 2999, 3150,
        3300, 3290,
      ],
      'UA-temporary-protection': [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 800, 2400, 2900, 3200, 3300, 3350,
        3400, 3450, 3550, 3600, 3650, 3700, 3480,
      ],
    },
  },
  {
    id: 'residence-titles-by-purpose',
    unit: 'persons',
    kind: 'breakdown',
    period: 'quarter',
    source: 'Ausländerbehörde Landkreis Mittelsachsen (Auszüge aus dem Ausländerzentralregister)',
    asOf: '2025-03-31',
    edited: '2025-05-09',
    illustrative: true,
    title: {
      de: 'Aufenthaltstitel nach Zweck',
      en: 'Residence titles by purpose',
      uk: 'Дозволи на проживання за метою',
      ru: 'Виды на жительство по цели',
      ar: 'تصاريح الإقامة حسب الغرض',
      es: 'Permisos de residencia por finalidad',
      vi: 'Giấy phép cư trú theo mục đích',
    },
    description: {
      de: 'Drittstaatsangehörige mit gültigem Aufenthaltstitel nach Aufenthaltszweck.',
      en: 'Third-country nationals with a valid residence title, by purpose of stay.',
      uk: 'Громадяни третіх країн із чинним дозволом на проживання, за метою перебування.',
      ru: 'Граждане третьих стран с действующим разрешением на пребывание, по цели пребывания.',
      ar: 'مواطنو الدول الثالثة الحاصلون على تصريح إقامة ساري المفعول، حسب غرض الإقامة.',
      es: 'Nacionales de terceros países con un permiso de residencia vigente, según la finalidad de la estancia.',
      vi: 'Công dân nước thứ ba có giấy phép cư trú còn hiệu lực, theo mục đích lưu trú.',
    },
    labels: {
      work: {
        de: 'Erwerbstätigkeit',
        en: 'Work',
        uk: 'Робота',
        ru: 'Работа',
        ar: 'العمل',
        es: 'Trabajo',
        vi: 'Làm việc',
      },
      study: {
        de: 'Ausbildung und Studium',
        en: 'Training and study',
        uk: 'Професійне навчання та навчання у виші',
        ru: 'Профобучение и учёба в вузе',
        ar: 'التدريب المهني والدراسة',
        es: 'Formación y estudios',
        vi: 'Học nghề và học đại học',
      },
      family: {
        de: 'Familiäre Gründe',
        en: 'Family reasons',
        uk: 'Сімейні причини',
        ru: 'Семейные причины',
        ar: 'أسباب عائلية',
        es: 'Motivos familiares',
        vi: 'Lý do gia đình',
      },
      humanitarian: {
        de: 'Humanitäre Gründe',
        en: 'Humanitarian reasons',
        uk: 'Гуманітарні причини',
        ru: 'Гуманитарные причины',
        ar: 'أسباب إنسانية',
        es: 'Motivos humanitarios',
        vi: 'Lý do nhân đạo',
      },
      other: {
        de: 'Sonstige Zwecke',
        en: 'Other purposes',
        uk: 'Інші цілі',
        ru: 'Прочие цели',
        ar: 'أغراض أخرى',
        es: 'Otras finalidades',
        vi: 'Mục đích khác',
      },
    },
    dates: ['2025-03-31'],
    series: { work: [2480], study: [1120], family: [1860], humanitarian: [5310], other: [790] },
  },
  {
    id: 'accelerated-procedures',
    unit: 'procedures',
    kind: 'time-series',
    period: 'quarter',
    source: 'Ausländerbehörde Landkreis Mittelsachsen, Servicestelle Arbeit und Migration (SAMM)',
    asOf: '2025-03-31',
    edited: '2025-05-09',
    illustrative: true,
    title: {
      de: 'Beschleunigte Fachkräfteverfahren',
      en: 'Accelerated skilled-worker procedures',
      uk: 'Прискорені процедури для фахівців',
      ru: 'Ускоренные процедуры для специалистов',
      ar: 'الإجراءات المعجّلة للعمالة الماهرة',
      es: 'Procedimientos acelerados para profesionales',
      vi: 'Thủ tục nhanh cho lao động có tay nghề',
    },
    description: {
      de: 'Von Arbeitgebern beantragte beschleunigte Fachkräfteverfahren nach § 81a AufenthG bei der Ausländerbehörde des Landkreises, je Quartal.',
      en: "Accelerated skilled-worker procedures (section 81a Residence Act) requested by employers at the county's foreigners' authority, per quarter.",
      uk: 'Прискорені процедури для кваліфікованих працівників (§ 81a Закону про перебування), ініційовані роботодавцями у відомстві у справах іноземців району, за квартал.',
      ru: 'Ускоренные процедуры для квалифицированных специалистов (§ 81a Закона о пребывании), начатые работодателями в ведомстве по делам иностранцев района, за квартал.',
      ar: 'الإجراءات المعجّلة للعمالة الماهرة (المادة 81أ من قانون الإقامة) التي طلبها أصحاب العمل لدى دائرة شؤون الأجانب في المقاطعة، لكل ربع سنة.',
      es: 'Procedimientos acelerados para trabajadores cualificados (artículo 81a de la Ley de Residencia) solicitados por empleadores ante la oficina de extranjería del distrito, por trimestre.',
      vi: 'Các thủ tục nhanh cho lao động có tay nghề (§ 81a Luật Cư trú) do người sử dụng lao động đề nghị tại Sở Ngoại kiều của huyện, theo quý.',
    },
    labels: {
      total: {
        de: 'Verfahren',
        en: 'Procedures',
        uk: 'Процедури',
        ru: 'Процедуры',
        ar: 'الإجراءات',
        es: 'Procedimientos',
        vi: 'Thủ tục',
      },
    },
    dates: quarterEnds('2020-06-30', '2025-03-31'),
    series: { total: [4, 9, 12, 15, 18, 21, 19, 24, 28, 31, 27, 33, 38, 41, 36, 44, 52, 49, 47, 53] },
  },
];

/** The metric ids the mock (and the server's seed) serve, in display order. */
export const MOCK_DASHBOARD_METRIC_IDS: readonly string[] = METRICS.map((m) => m.id);

const text = (texts: Texts, language: SupportedLocale) => texts[language] ?? texts[SOURCE_LOCALE];

function seriesLabel(metric: MockMetric, key: string, language: SupportedLocale): string {
  const own = metric.labels[key]?.[language];
  if (own) return own;
  if (isCountryCode(key)) {
    const name = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }).of(key);
    if (name) return name;
  }
  return metric.labels[key]?.[SOURCE_LOCALE] ?? (key === 'total' ? text(metric.title, language) : key);
}

function summary(metric: MockMetric, language: SupportedLocale) {
  return {
    id: metric.id,
    title: text(metric.title, language),
    description: text(metric.description, language),
    unit: metric.unit,
    source: metric.source,
    asOf: metric.asOf,
    edited: metric.edited,
    illustrative: metric.illustrative,
    kind: metric.kind,
  };
}

/** Both dashboard endpoints in memory, with the shared scenarios (ok, slow, error, malformed, offline, …). */
export function dashboardHandlers(scenario: Scenario = 'ok'): HttpHandler[] {
  return [
    http.get('*/api/v1/dashboard/metrics', async ({ request }) => {
      const special = await scenarioResponse(scenario);
      if (special) return special;
      const language = toSupportedLocale(new URL(request.url).searchParams.get('lang'));
      return HttpResponse.json(
        checked(DashboardMetricsResponse, { metrics: METRICS.map((m) => summary(m, language)) }),
      );
    }),
    http.get('*/api/v1/dashboard/metrics/:id', async ({ request, params }) => {
      const special = await scenarioResponse(scenario);
      if (special) return special;
      const metric = METRICS.find((m) => m.id === params.id);
      if (!metric)
        return HttpResponse.json(
          { error: { code: 'not_found', message: 'No dashboard metric with this id.' }, requestId: 'mock-404' },
          { status: 404 },
        );
      const language = toSupportedLocale(new URL(request.url).searchParams.get('lang'));
      return HttpResponse.json(
        checked(DashboardMetric, {
          ...summary(metric, language),
          period: metric.period,
          series: Object.entries(metric.series).map(([key, values]) => ({
            key,
            label: seriesLabel(metric, key, language),
            points: metric.dates.map((date, index) => ({ date, value: values[index]! })),
          })),
        }),
      );
    }),
  ];
}
