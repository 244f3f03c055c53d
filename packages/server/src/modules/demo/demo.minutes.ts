import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../db/schema.ts';
import { SYSTEM_CONTEXT } from '../../lib/request-context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  decideAmendment,
  insertAmendment,
  insertMinutes,
  insertVersion,
  updateMinutes,
} from '../minutes/minutes.repository.ts';
import { delegationsOf } from '../minutes/meeting.repository.ts';
import type { Paragraph } from '../minutes/minutes.table.ts';
import { lockDemoLoad, organisationIdsBySlug } from './demo.repository.ts';

// Adopted minutes of the demo 5th meeting of the Contact Group (invented for the demo, and marked
// so): a first draft, an amendment of the Turkish delegation accepted as version 2, adoption as
// version 3 — so the version history and its differences have something to show.

const AUTHOR = { author_account_id: null, author_label: 'Köprü demo' };
const P = [
  '0a5c3f1e-0005-4c00-8000-000000000001',
  '0a5c3f1e-0005-4c00-8000-000000000002',
  '0a5c3f1e-0005-4c00-8000-000000000003',
] as const;

const FIRST: Paragraph[] = [
  {
    id: P[0],
    text: {
      en: '[demo] The 5th meeting of the Contact Group on Work with Diaspora under the CCTS was held on 8 February 2019 in Baku, at the State Committee on Work with Diaspora, after the exchange of experience among the diaspora bodies of the member states.',
      az: '[demo] KTMŞ çərçivəsində Diaspor üzrə Əlaqə Qrupunun 5-ci iclası 8 fevral 2019-cu ildə Bakıda, Diaspora ilə İş üzrə Dövlət Komitəsində, üzv dövlətlərin diaspor qurumları arasında təcrübə mübadiləsindən sonra keçirildi.',
      ru: '[demo] 5-е заседание Контактной группы по работе с диаспорой при СГТГ состоялось 8 февраля 2019 года в Баку, в Государственном комитете по работе с диаспорой, после обмена опытом между диаспорскими ведомствами государств-членов.',
    },
  },
  {
    id: P[1],
    text: {
      en: 'Representatives of the State Committee on Work with Diaspora of Azerbaijan, the Presidency for Turks Abroad and Related Communities of Turkey, the Ministry of Social Development of Kazakhstan and the State Migration Service of the Kyrgyz Republic took part; the meeting was chaired by the Deputy Secretary General of the CCTS, Omar Kojaman.',
      az: 'İclasda Azərbaycanın Diaspora ilə İş üzrə Dövlət Komitəsi, Türkiyənin Xaricdəki Türklər və Qohum Topluluqlar İdarəsi, Qazaxıstanın Sosial İnkişaf Nazirliyi və Qırğız Respublikasının Dövlət Miqrasiya Xidmətinin nümayəndələri iştirak etdilər; iclasa KTMŞ-nin baş katib müavini Omar Kocaman sədrlik etdi.',
      ru: 'В заседании приняли участие представители Государственного комитета по работе с диаспорой Азербайджана, Управления по делам турок за рубежом и родственных сообществ Турции, Министерства общественного развития Казахстана и Государственной миграционной службы Кыргызской Республики; заседание вёл заместитель генерального секретаря СГТГ Омар Коджаман.',
    },
  },
  {
    id: P[2],
    text: {
      en: 'The participants discussed the projects for 2019 set out in the decisions below.',
      az: 'İştirakçılar təcrübə mübadiləsinin səmərəliliyini artırmaq üçün təklifləri müzakirə etdilər və aşağıdakı qərarlarda göstərilən 2019-cu il layihələrini razılaşdırdılar.',
      ru: 'Участники обсудили предложения по повышению эффективности обмена опытом и согласовали проекты на 2019 год, изложенные в решениях ниже.',
    },
  },
];

const AMENDED_EN =
  'The participants discussed proposals to make the exchange of experience more effective and agreed on the projects for 2019 set out in the decisions below.';

/** The demo CG-5 meeting and its Turkish delegation, if the meetings demo is loaded. */
async function demoMeeting(db: Kysely<Database>) {
  const event = await db
    .selectFrom('events as e')
    .innerJoin('event_series as s', 's.id', 'e.series_id')
    .select('e.id')
    .where('s.code', '=', 'CG')
    .where('e.number', '=', 5)
    .executeTakeFirst();
  if (!event) return undefined;
  const turkish = (await organisationIdsBySlug(db, ['tr-ytb'])).get('tr-ytb');
  const delegation = (await delegationsOf(db, event.id)).find((d) => d.organisation_id === turkish);
  return { eventId: event.id, delegationId: delegation?.id ?? null };
}

/**
 * Adds the adopted minutes of the demo 5th Contact Group meeting when that meeting exists and has
 * none; returns whether it added them.
 */
export async function seedDemoMinutes(db: Kysely<Database>, log: Logger): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await lockDemoLoad(trx);
    const meeting = await demoMeeting(trx);
    if (!meeting) return false;
    if (
      await trx.selectFrom('minutes').select('id').where('event_id', '=', meeting.eventId).executeTakeFirst()
    ) {
      return false;
    }
    const m = await insertMinutes(trx, meeting.eventId, ['en', 'az', 'ru']);
    const version = (
      number: number,
      reason: 'created' | 'amendment_accepted' | 'adopted',
      paragraphs: Paragraph[],
      note: string,
      amendmentId: string | null = null,
    ) =>
      insertVersion(trx, {
        minutes_id: m.id,
        number,
        reason,
        note,
        paragraphs,
        languages: m.languages,
        amendment_id: amendmentId,
        ...AUTHOR,
      });
    await version(1, 'created', FIRST, 'Demo minutes, invented for the demonstration.');
    const amendment = await insertAmendment(trx, {
      minutes_id: m.id,
      paragraph_id: P[2],
      lang: 'en',
      base_version: 1,
      text: AMENDED_EN,
      motivation: 'The English text should say what the other languages say.',
      delegation_id: meeting.delegationId,
      ...AUTHOR,
    });
    const amended = FIRST.map((p) => (p.id === P[2] ? { id: p.id, text: { ...p.text, en: AMENDED_EN } } : p));
    await version(
      2,
      'amendment_accepted',
      amended,
      'Agreed: the three languages now say the same.',
      amendment.id,
    );
    await decideAmendment(trx, amendment.id, {
      status: 'accepted',
      reason: 'Agreed: the three languages now say the same.',
      accountId: null,
      label: AUTHOR.author_label,
      resultVersion: 2,
    });
    await version(3, 'adopted', amended, 'Adopted by the Contact Group.');
    await updateMinutes(trx, m.id, {
      status: 'adopted',
      version: 3,
      circulated_at: new Date('2019-02-15T09:00:00Z'),
      adopted_at: new Date('2019-03-01T09:00:00Z'),
    });
    await recordAudit(trx, SYSTEM_CONTEXT, {
      action: 'minutes.created',
      entityType: 'minutes',
      entityId: m.id,
      after: { eventId: meeting.eventId, status: 'adopted', version: 3, demo: true },
    });
    log.info('demo data: adopted minutes of the 5th Contact Group meeting');
    return true;
  });
}
