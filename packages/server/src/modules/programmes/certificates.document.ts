import type { PrintableDocument } from '../../lib/pdf/printable.ts';
import type { Locale } from '../mail/mail.templates.ts';

// The certificate of attendance as a printable document (lib/pdf), in one of the seven languages:
// the holder's name in their own script and in Latin, the programme, its dates and place, the
// organiser, a signature, the verification code and the public URL where it verifies.

interface Words {
  title: string;
  intro: string;
  /** `{programme}`, `{start}`, `{end}` */
  sentence: string;
  place: string;
  organiser: string;
  issued: string;
  code: string;
  verify: string;
  signature: string;
}

const WORDS: Record<Locale, Words> = {
  en: {
    title: 'Certificate of attendance',
    intro: 'This is to certify that',
    sentence: 'took part in the programme “{programme}”, held from {start} to {end}.',
    place: 'Place',
    organiser: 'Organised by',
    issued: 'Issued',
    code: 'Verification code',
    verify: 'Verify at',
    signature: 'Signature',
  },
  az: {
    title: 'İştirak sertifikatı',
    intro: 'Bu sertifikatla təsdiq edilir ki,',
    sentence: '{start} – {end} tarixlərində keçirilmiş «{programme}» proqramında iştirak etmişdir.',
    place: 'Yer',
    organiser: 'Təşkilatçı',
    issued: 'Verilmə tarixi',
    code: 'Yoxlama kodu',
    verify: 'Yoxlama ünvanı',
    signature: 'İmza',
  },
  tr: {
    title: 'Katılım belgesi',
    intro: 'Bu belge ile',
    sentence: '{start} – {end} tarihleri arasında düzenlenen «{programme}» programına katıldığı onaylanır.',
    place: 'Yer',
    organiser: 'Düzenleyen',
    issued: 'Veriliş tarihi',
    code: 'Doğrulama kodu',
    verify: 'Doğrulama adresi',
    signature: 'İmza',
  },
  kk: {
    title: 'Қатысу сертификаты',
    intro: 'Осы сертификат',
    sentence: '{start} – {end} аралығында өткен «{programme}» бағдарламасына қатысқанын растайды.',
    place: 'Өткен орны',
    organiser: 'Ұйымдастырушы',
    issued: 'Берілген күні',
    code: 'Тексеру коды',
    verify: 'Тексеру мекенжайы',
    signature: 'Қолы',
  },
  ky: {
    title: 'Катышуу сертификаты',
    intro: 'Бул сертификат',
    sentence: '{start} – {end} аралыгында өткөн «{programme}» программасына катышканын тастыктайт.',
    place: 'Өткөн жери',
    organiser: 'Уюштуруучу',
    issued: 'Берилген күнү',
    code: 'Текшерүү коду',
    verify: 'Текшерүү дареги',
    signature: 'Колу',
  },
  uz: {
    title: 'Ishtirok sertifikati',
    intro: 'Ushbu sertifikat bilan tasdiqlanadiki,',
    sentence: '{start} – {end} kunlari oʻtkazilgan «{programme}» dasturida ishtirok etgan.',
    place: 'Joy',
    organiser: 'Tashkilotchi',
    issued: 'Berilgan sana',
    code: 'Tekshirish kodi',
    verify: 'Tekshirish manzili',
    signature: 'Imzo',
  },
  ru: {
    title: 'Сертификат об участии',
    intro: 'Настоящим удостоверяется, что',
    sentence: 'принял(а) участие в программе «{programme}», проходившей с {start} по {end}.',
    place: 'Место',
    organiser: 'Организатор',
    issued: 'Дата выдачи',
    code: 'Код проверки',
    verify: 'Проверить по адресу',
    signature: 'Подпись',
  },
};

/** What a certificate shows, already in its language. */
export interface CertificateContent {
  lang: Locale;
  name: string;
  latinName: string;
  programme: string;
  start: string;
  end: string;
  place: string;
  organiser: string;
  issuedAt: Date;
  code: string;
  verifyUrl: string;
  signatory: { name: string; position: string | null };
}

const day = (iso: string, lang: Locale) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** The certificate as a printable document for `renderPdf`. */
export function certificateDocument(c: CertificateContent): PrintableDocument {
  const w = WORDS[c.lang];
  const sentence = w.sentence
    .replace('{programme}', c.programme)
    .replace('{start}', day(c.start, c.lang))
    .replace('{end}', day(c.end, c.lang));
  return {
    lang: c.lang,
    title: w.title,
    subtitle: c.programme,
    blocks: [
      { kind: 'paragraph', text: w.intro },
      { kind: 'heading', text: c.name },
      ...(c.latinName !== c.name ? [{ kind: 'heading' as const, level: 2 as const, text: c.latinName }] : []),
      { kind: 'paragraph', text: sentence },
    ],
    meta: [
      ...(c.place ? [{ label: w.place, value: c.place }] : []),
      { label: w.organiser, value: c.organiser },
      { label: w.issued, value: day(c.issuedAt.toISOString().slice(0, 10), c.lang) },
      { label: w.code, value: c.code },
      { label: w.verify, value: c.verifyUrl },
    ],
    signaturesTitle: w.signature,
    signatures: [{ name: c.signatory.name, lines: [c.signatory.position ?? c.organiser] }],
    footer: `${w.verify}: ${c.verifyUrl}`,
  };
}
