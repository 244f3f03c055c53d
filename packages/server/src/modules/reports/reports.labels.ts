import type { PageLabel } from '../../lib/pdf/printable.ts';
import type { Locale } from '../mail/mail.templates.ts';
import type { DecisionStatus } from '../meetings/meetings.table.ts';
import { exportLabels } from '../minutes/minutes.labels.ts';
import type { ItemStatus } from '../plans/plans.table.ts';
import type { EventRole } from './reports.repository.ts';

// The words of exported reports in each interface language, as the minutes' export and the mail
// templates keep theirs: one table per language, every language complete (the type sees to it).
// The text of records (titles, decisions, updates) is the records' own, in the language asked for.

type Columns =
  | 'date'
  | 'event'
  | 'reference'
  | 'country'
  | 'role'
  | 'code'
  | 'item'
  | 'plan'
  | 'status'
  | 'progress'
  | 'responsible'
  | 'text'
  | 'decision'
  | 'meeting'
  | 'state'
  | 'bodies'
  | 'events'
  | 'items'
  | 'updates'
  | 'month';

interface Words {
  organisationTitle: (name: string, year: number) => string;
  networkTitle: (year: number) => string;
  meta: { organisation: string; year: string; prepared: string };
  sections: { events: string; items: string; updates: string; decisions: string; memberStates: string };
  charts: { eventsPerMonth: string; eventsPerMonthDesc: string; progress: string; progressDesc: string };
  columns: Record<Columns, string>;
  months: readonly string[];
  roles: Record<EventRole, string>;
  itemStatus: Record<ItemStatus, string>;
  decisionStatus: Record<DecisionStatus, string>;
  none: string;
}

/** The labels of an exported report in one language, with the page numbers' wording. */
export type ReportLabels = Words & { page: PageLabel };

const cols = (...names: string[]): Record<Columns, string> => {
  const keys: Columns[] = [
    'date',
    'event',
    'reference',
    'country',
    'role',
    'code',
    'item',
    'plan',
    'status',
    'progress',
    'responsible',
    'text',
    'decision',
    'meeting',
    'state',
    'bodies',
    'events',
    'items',
    'updates',
    'month',
  ];
  return Object.fromEntries(keys.map((k, i) => [k, names[i] ?? k])) as Record<Columns, string>;
};
const roles = (...n: string[]) =>
  Object.fromEntries(
    ['organiser', 'host', 'co_organiser', 'partner', 'owner', 'delegation', 'participant'].map((k, i) => [
      k,
      n[i],
    ]),
  ) as Record<EventRole, string>;
const itemStatus = (...n: string[]) =>
  Object.fromEntries(
    ['planned', 'in_progress', 'done', 'postponed', 'cancelled'].map((k, i) => [k, n[i]]),
  ) as Record<ItemStatus, string>;
const decisionStatus = (...n: string[]) =>
  Object.fromEntries(['open', 'in_progress', 'done', 'dropped'].map((k, i) => [k, n[i]])) as Record<
    DecisionStatus,
    string
  >;
const months = (list: string) => list.split(' ');

const WORDS: Record<Locale, Words> = {
  en: {
    organisationTitle: (name, year) => `Yearly report ${year}: ${name}`,
    networkTitle: (year) => `Yearly report of the network, ${year}`,
    meta: { organisation: 'Organisation', year: 'Year', prepared: 'Prepared on' },
    sections: {
      events: 'Events',
      items: 'Action plan items',
      updates: 'Progress updates',
      decisions: 'Decisions',
      memberStates: 'Member states',
    },
    charts: {
      eventsPerMonth: 'Events per month',
      eventsPerMonthDesc: 'How many events began in each month of the year.',
      progress: 'Progress by member state',
      progressDesc:
        'Average progress, in per cent, of the plan items the state bodies of each member state are responsible for.',
    },
    columns: cols(
      'Date',
      'Event',
      'Reference',
      'Country',
      'Role',
      'Code',
      'Item',
      'Plan',
      'Status',
      'Progress',
      'Responsible',
      'Text',
      'Decision',
      'Meeting',
      'State',
      'Bodies',
      'Events',
      'Items',
      'Updates',
      'Month',
    ),
    months: months('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'),
    roles: roles('Organiser', 'Host', 'Co-organiser', 'Partner', 'Owner', 'Delegation', 'Participant'),
    itemStatus: itemStatus('Planned', 'In progress', 'Done', 'Postponed', 'Cancelled'),
    decisionStatus: decisionStatus('Open', 'In progress', 'Done', 'Dropped'),
    none: 'None in this year.',
  },
  az: {
    organisationTitle: (name, year) => `İllik hesabat, ${year}: ${name}`,
    networkTitle: (year) => `Şəbəkənin illik hesabatı, ${year}`,
    meta: { organisation: 'Təşkilat', year: 'İl', prepared: 'Hazırlanma tarixi' },
    sections: {
      events: 'Tədbirlər',
      items: 'Fəaliyyət planının bəndləri',
      updates: 'İcra barədə məlumatlar',
      decisions: 'Qərarlar',
      memberStates: 'Üzv dövlətlər',
    },
    charts: {
      eventsPerMonth: 'Aylar üzrə tədbirlər',
      eventsPerMonthDesc: 'İlin hər ayında başlayan tədbirlərin sayı.',
      progress: 'Üzv dövlətlər üzrə icra',
      progressDesc: 'Hər üzv dövlətin dövlət qurumlarının məsul olduğu plan bəndlərinin orta icra faizi.',
    },
    columns: cols(
      'Tarix',
      'Tədbir',
      'İstinad',
      'Ölkə',
      'Rol',
      'Kod',
      'Bənd',
      'Plan',
      'Status',
      'İcra',
      'Məsul',
      'Mətn',
      'Qərar',
      'İclas',
      'Dövlət',
      'Qurumlar',
      'Tədbirlər',
      'Bəndlər',
      'Məlumatlar',
      'Ay',
    ),
    months: months('Yan Fev Mar Apr May İyn İyl Avq Sen Okt Noy Dek'),
    roles: roles(
      'Təşkilatçı',
      'Ev sahibi',
      'Həmtəşkilatçı',
      'Tərəfdaş',
      'Sahib',
      'Nümayəndə heyəti',
      'İştirakçı',
    ),
    itemStatus: itemStatus('Planlaşdırılıb', 'İcra olunur', 'İcra olunub', 'Təxirə salınıb', 'Ləğv edilib'),
    decisionStatus: decisionStatus('Açıq', 'İcra olunur', 'İcra olunub', 'Ləğv edilib'),
    none: 'Bu il üzrə yoxdur.',
  },
  tr: {
    organisationTitle: (name, year) => `Yıllık rapor, ${year}: ${name}`,
    networkTitle: (year) => `Ağın yıllık raporu, ${year}`,
    meta: { organisation: 'Kuruluş', year: 'Yıl', prepared: 'Hazırlanma tarihi' },
    sections: {
      events: 'Etkinlikler',
      items: 'Eylem planı maddeleri',
      updates: 'İlerleme bildirimleri',
      decisions: 'Kararlar',
      memberStates: 'Üye devletler',
    },
    charts: {
      eventsPerMonth: 'Aylara göre etkinlikler',
      eventsPerMonthDesc: 'Yılın her ayında başlayan etkinliklerin sayısı.',
      progress: 'Üye devletlere göre ilerleme',
      progressDesc:
        'Her üye devletin kurumlarının sorumlu olduğu plan maddelerinin yüzde olarak ortalama ilerlemesi.',
    },
    columns: cols(
      'Tarih',
      'Etkinlik',
      'Referans',
      'Ülke',
      'Rol',
      'Kod',
      'Madde',
      'Plan',
      'Durum',
      'İlerleme',
      'Sorumlu',
      'Metin',
      'Karar',
      'Toplantı',
      'Devlet',
      'Kurumlar',
      'Etkinlikler',
      'Maddeler',
      'Bildirimler',
      'Ay',
    ),
    months: months('Oca Şub Mar Nis May Haz Tem Ağu Eyl Eki Kas Ara'),
    roles: roles('Düzenleyen', 'Ev sahibi', 'Ortak düzenleyen', 'Ortak', 'Sahip', 'Heyet', 'Katılımcı'),
    itemStatus: itemStatus('Planlandı', 'Devam ediyor', 'Tamamlandı', 'Ertelendi', 'İptal edildi'),
    decisionStatus: decisionStatus('Açık', 'Devam ediyor', 'Tamamlandı', 'Vazgeçildi'),
    none: 'Bu yıl için yok.',
  },
  kk: {
    organisationTitle: (name, year) => `Жылдық есеп, ${year}: ${name}`,
    networkTitle: (year) => `Желінің жылдық есебі, ${year}`,
    meta: { organisation: 'Ұйым', year: 'Жыл', prepared: 'Дайындалған күні' },
    sections: {
      events: 'Іс-шаралар',
      items: 'Іс-қимыл жоспарының тармақтары',
      updates: 'Орындалу барысы',
      decisions: 'Шешімдер',
      memberStates: 'Мүше мемлекеттер',
    },
    charts: {
      eventsPerMonth: 'Айлар бойынша іс-шаралар',
      eventsPerMonthDesc: 'Жылдың әр айында басталған іс-шаралар саны.',
      progress: 'Мүше мемлекеттер бойынша орындалу',
      progressDesc:
        'Әр мүше мемлекеттің мемлекеттік органдары жауапты жоспар тармақтарының пайызбен орташа орындалуы.',
    },
    columns: cols(
      'Күні',
      'Іс-шара',
      'Сілтеме',
      'Ел',
      'Рөлі',
      'Коды',
      'Тармақ',
      'Жоспар',
      'Мәртебесі',
      'Орындалуы',
      'Жауапты',
      'Мәтін',
      'Шешім',
      'Отырыс',
      'Мемлекет',
      'Органдар',
      'Іс-шаралар',
      'Тармақтар',
      'Хабарламалар',
      'Ай',
    ),
    months: months('Қаң Ақп Нау Сәу Мам Мау Шіл Там Қыр Қаз Қар Жел'),
    roles: roles(
      'Ұйымдастырушы',
      'Қабылдаушы тарап',
      'Бірлесіп ұйымдастырушы',
      'Серіктес',
      'Иесі',
      'Делегация',
      'Қатысушы',
    ),
    itemStatus: itemStatus('Жоспарланған', 'Орындалуда', 'Орындалды', 'Кейінге қалдырылды', 'Тоқтатылды'),
    decisionStatus: decisionStatus('Ашық', 'Орындалуда', 'Орындалды', 'Алып тасталды'),
    none: 'Бұл жылы жоқ.',
  },
  ky: {
    organisationTitle: (name, year) => `Жылдык отчет, ${year}: ${name}`,
    networkTitle: (year) => `Тармактын жылдык отчету, ${year}`,
    meta: { organisation: 'Уюм', year: 'Жыл', prepared: 'Даярдалган күнү' },
    sections: {
      events: 'Иш-чаралар',
      items: 'Аракет планынын пункттары',
      updates: 'Аткарылышы жөнүндө маалымат',
      decisions: 'Чечимдер',
      memberStates: 'Мүчө мамлекеттер',
    },
    charts: {
      eventsPerMonth: 'Айлар боюнча иш-чаралар',
      eventsPerMonthDesc: 'Жылдын ар бир айында башталган иш-чаралардын саны.',
      progress: 'Мүчө мамлекеттер боюнча аткарылышы',
      progressDesc:
        'Ар бир мүчө мамлекеттин мамлекеттик органдары жооптуу болгон план пункттарынын пайыз менен орточо аткарылышы.',
    },
    columns: cols(
      'Күнү',
      'Иш-чара',
      'Шилтеме',
      'Өлкө',
      'Ролу',
      'Коду',
      'Пункт',
      'План',
      'Абалы',
      'Аткарылышы',
      'Жооптуу',
      'Текст',
      'Чечим',
      'Жыйын',
      'Мамлекет',
      'Органдар',
      'Иш-чаралар',
      'Пункттар',
      'Маалыматтар',
      'Ай',
    ),
    months: months('Янв Фев Мар Апр Май Июн Июл Авг Сен Окт Ноя Дек'),
    roles: roles(
      'Уюштуруучу',
      'Кабыл алуучу тарап',
      'Биргелешип уюштуруучу',
      'Өнөктөш',
      'Ээси',
      'Делегация',
      'Катышуучу',
    ),
    itemStatus: itemStatus(
      'Пландалган',
      'Аткарылууда',
      'Аткарылды',
      'Кийинкиге калтырылды',
      'Жокко чыгарылды',
    ),
    decisionStatus: decisionStatus('Ачык', 'Аткарылууда', 'Аткарылды', 'Алынып салынды'),
    none: 'Бул жылы жок.',
  },
  uz: {
    organisationTitle: (name, year) => `Yillik hisobot, ${year}: ${name}`,
    networkTitle: (year) => `Tarmoqning yillik hisoboti, ${year}`,
    meta: { organisation: 'Tashkilot', year: 'Yil', prepared: 'Tayyorlangan sana' },
    sections: {
      events: 'Tadbirlar',
      items: 'Harakatlar rejasi bandlari',
      updates: 'Bajarilish haqida maʼlumotlar',
      decisions: 'Qarorlar',
      memberStates: 'Aʼzo davlatlar',
    },
    charts: {
      eventsPerMonth: 'Oylar boʻyicha tadbirlar',
      eventsPerMonthDesc: 'Yilning har oyida boshlangan tadbirlar soni.',
      progress: 'Aʼzo davlatlar boʻyicha bajarilish',
      progressDesc:
        'Har bir aʼzo davlatning davlat organlari masʼul boʻlgan reja bandlarining foizdagi oʻrtacha bajarilishi.',
    },
    columns: cols(
      'Sana',
      'Tadbir',
      'Havola',
      'Mamlakat',
      'Roli',
      'Kodi',
      'Band',
      'Reja',
      'Holati',
      'Bajarilishi',
      'Masʼul',
      'Matn',
      'Qaror',
      'Yigʻilish',
      'Davlat',
      'Organlar',
      'Tadbirlar',
      'Bandlar',
      'Maʼlumotlar',
      'Oy',
    ),
    months: months('Yan Fev Mar Apr May Iyn Iyl Avg Sen Okt Noy Dek'),
    roles: roles(
      'Tashkilotchi',
      'Mezbon',
      'Hamkor tashkilotchi',
      'Hamkor',
      'Egasi',
      'Delegatsiya',
      'Ishtirokchi',
    ),
    itemStatus: itemStatus(
      'Rejalashtirilgan',
      'Bajarilmoqda',
      'Bajarildi',
      'Keyinga qoldirildi',
      'Bekor qilindi',
    ),
    decisionStatus: decisionStatus('Ochiq', 'Bajarilmoqda', 'Bajarildi', 'Bekor qilindi'),
    none: 'Bu yilda yoʻq.',
  },
  ru: {
    organisationTitle: (name, year) => `Годовой отчёт за ${year} год: ${name}`,
    networkTitle: (year) => `Годовой отчёт сети за ${year} год`,
    meta: { organisation: 'Организация', year: 'Год', prepared: 'Дата подготовки' },
    sections: {
      events: 'Мероприятия',
      items: 'Пункты плана действий',
      updates: 'Ход выполнения',
      decisions: 'Решения',
      memberStates: 'Государства-члены',
    },
    charts: {
      eventsPerMonth: 'Мероприятия по месяцам',
      eventsPerMonthDesc: 'Число мероприятий, начавшихся в каждом месяце года.',
      progress: 'Выполнение по государствам-членам',
      progressDesc:
        'Средний процент выполнения пунктов плана, за которые отвечают государственные органы каждого государства-члена.',
    },
    columns: cols(
      'Дата',
      'Мероприятие',
      'Номер',
      'Страна',
      'Роль',
      'Код',
      'Пункт',
      'План',
      'Статус',
      'Выполнение',
      'Ответственные',
      'Текст',
      'Решение',
      'Заседание',
      'Государство',
      'Органы',
      'Мероприятия',
      'Пункты',
      'Сообщения',
      'Месяц',
    ),
    months: months('Янв Фев Мар Апр Май Июн Июл Авг Сен Окт Ноя Дек'),
    roles: roles(
      'Организатор',
      'Принимающая сторона',
      'Соорганизатор',
      'Партнёр',
      'Владелец',
      'Делегация',
      'Участник',
    ),
    itemStatus: itemStatus('Запланировано', 'Выполняется', 'Выполнено', 'Отложено', 'Отменено'),
    decisionStatus: decisionStatus('Открыто', 'Выполняется', 'Выполнено', 'Снято'),
    none: 'За этот год нет.',
  },
};

/** The labels of an exported report in `lang` (one of the seven interface languages). */
export function reportLabels(lang: Locale): ReportLabels {
  return { ...WORDS[lang], page: exportLabels(lang).page };
}
