import type { PageLabel } from '../../lib/pdf/printable.ts';

// The words of exported minutes in each interface language (the text itself is the minutes').

interface Labels {
  title: (event: string) => string;
  date: string;
  reference: string;
  status: string;
  status_: { adopted: string; locked: string };
  adopted: string;
  version: string;
  decisions: string;
  signatures: string;
  page: PageLabel;
}

const LABELS: Record<string, Labels> = {
  en: {
    title: (e) => `Minutes: ${e}`,
    date: 'Date',
    reference: 'Meeting',
    status: 'Status',
    status_: { adopted: 'Adopted', locked: 'Adopted and locked' },
    adopted: 'Adopted on',
    version: 'Version',
    decisions: 'Decisions',
    signatures: 'Signatures',
    page: (p, n) => `Page ${p} of ${n}`,
  },
  az: {
    title: (e) => `Protokol: ${e}`,
    date: 'Tarix',
    reference: 'İclas',
    status: 'Status',
    status_: { adopted: 'Qəbul edilib', locked: 'Qəbul edilib və kilidlənib' },
    adopted: 'Qəbul tarixi',
    version: 'Versiya',
    decisions: 'Qərarlar',
    signatures: 'İmzalar',
    page: (p, n) => `Səhifə ${p} / ${n}`,
  },
  tr: {
    title: (e) => `Tutanak: ${e}`,
    date: 'Tarih',
    reference: 'Toplantı',
    status: 'Durum',
    status_: { adopted: 'Kabul edildi', locked: 'Kabul edildi ve kilitlendi' },
    adopted: 'Kabul tarihi',
    version: 'Sürüm',
    decisions: 'Kararlar',
    signatures: 'İmzalar',
    page: (p, n) => `Sayfa ${p} / ${n}`,
  },
  kk: {
    title: (e) => `Хаттама: ${e}`,
    date: 'Күні',
    reference: 'Отырыс',
    status: 'Мәртебесі',
    status_: { adopted: 'Қабылданды', locked: 'Қабылданып, құлыпталды' },
    adopted: 'Қабылданған күні',
    version: 'Нұсқа',
    decisions: 'Шешімдер',
    signatures: 'Қолдар',
    page: (p, n) => `${p}-бет, барлығы ${n}`,
  },
  ky: {
    title: (e) => `Протокол: ${e}`,
    date: 'Күнү',
    reference: 'Жыйын',
    status: 'Абалы',
    status_: { adopted: 'Кабыл алынды', locked: 'Кабыл алынып, кулпуланды' },
    adopted: 'Кабыл алынган күнү',
    version: 'Версия',
    decisions: 'Чечимдер',
    signatures: 'Колдор',
    page: (p, n) => `${p}-бет, бардыгы ${n}`,
  },
  uz: {
    title: (e) => `Bayonnoma: ${e}`,
    date: 'Sana',
    reference: 'Yigʻilish',
    status: 'Holati',
    status_: { adopted: 'Qabul qilingan', locked: 'Qabul qilingan va qulflangan' },
    adopted: 'Qabul qilingan sana',
    version: 'Versiya',
    decisions: 'Qarorlar',
    signatures: 'Imzolar',
    page: (p, n) => `${p}-sahifa, jami ${n}`,
  },
  ru: {
    title: (e) => `Протокол: ${e}`,
    date: 'Дата',
    reference: 'Заседание',
    status: 'Статус',
    status_: { adopted: 'Утверждён', locked: 'Утверждён и заблокирован' },
    adopted: 'Дата утверждения',
    version: 'Версия',
    decisions: 'Решения',
    signatures: 'Подписи',
    page: (p, n) => `Стр. ${p} из ${n}`,
  },
};

/** The labels of exported minutes in `lang` (its primary subtag), English for other languages. */
export function exportLabels(lang: string): Labels {
  return LABELS[lang.split('-')[0] ?? ''] ?? (LABELS.en as Labels);
}
