import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe.ts';
import { demoAccount } from '../support/demo-accounts.ts';
import { signIn, signOut } from '../support/flows.ts';
import { expect, test } from '../support/test.ts';

// The reader sits in Bishkek (UTC+6): the day in Baku (UTC+4) must read 10:00 there and 12:00 here.
test.use({ timezoneId: 'Asia/Bishkek' });

const STAMP = String(Date.now()).slice(-6);
const SERIES_CODE = `CG${STAMP}`;
const SERIES_TITLE = `Contact Group on Work with Diaspora ${STAMP}`;
const EVENT_TITLE = `Exchange of experience among the diaspora bodies ${STAMP}`;
const MEETING_TITLE = `5th meeting of the Contact Group on Work with Diaspora ${STAMP}`;
const AZ_COMMITTEE = /State Committee on Work with Diaspora/;
const DRAFT = 'The Contact Group agreed on the trainings of 2019.';
const AMENDED = 'The Contact Group agreed on the trainings of 2019 in Europe and in the USA.';

/** Chooses the first search result for `text` in the search box labelled `label`, by keyboard. */
async function pick(scope: Page | Locator, label: string, text: string, expected: RegExp): Promise<void> {
  const box = scope.getByRole('combobox', { name: label });
  await box.fill(text);
  await expect(scope.getByRole('listbox', { name: label }).getByRole('option').first()).toContainText(
    expected,
  );
  await box.press('ArrowDown');
  await box.press('Enter');
}

interface ItemInput {
  kind: string;
  title: string;
  time?: string;
  speakers?: [string, RegExp][];
  country?: string;
  visited?: string;
  link?: string;
  document?: string;
}

/** Fills the "Add a programme item" form with `item` and adds it. */
async function addItem(page: Page, item: ItemInput): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a programme item' });
  await form.getByLabel('Kind of item').selectOption({ label: item.kind });
  if (item.time) await form.getByLabel('Time', { exact: true }).fill(item.time);
  await form.getByLabel('Title (English)').fill(item.title);
  if (item.visited) await form.getByLabel('Place visited, as named').fill(item.visited);
  for (const [name, expected] of item.speakers ?? []) {
    await pick(form, 'Speakers: search to add', name, expected);
    await expect(form.getByRole('group', { name: 'Speakers' })).toContainText(expected);
  }
  if (item.country)
    await form
      .getByRole('group', { name: 'Delegation' })
      .getByLabel('Country')
      .selectOption({ label: item.country });
  if (item.link) {
    await form.getByRole('button', { name: 'Add a link' }).click();
    await form.getByRole('group', { name: 'Link 1' }).getByLabel('Address').fill(item.link);
    await form
      .getByRole('group', { name: 'Link 1' })
      .getByLabel('Link text')
      .fill('Video about the committee');
  }
  if (item.document) {
    await form.getByLabel('Attach a document').setInputFiles({
      name: item.document,
      mimeType: 'application/pdf',
      buffer: Buffer.from(
        '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
      ),
    });
    await expect(form.getByRole('link', { name: item.document })).toBeVisible();
  }
  await form.getByRole('button', { name: 'Add to the programme' }).click();
  await expect(page.getByText(`“${item.title}” has been added to the programme.`)).toBeVisible();
  await expect(form.getByLabel('Title (English)')).toHaveValue('');
}

/** Clicks a minutes workflow button and confirms it in the dialog that opens. */
async function step(page: Page, name: string, done: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name, exact: true }).click();
  await expect(page.getByText(done)).toBeVisible();
}

/** The numbers of a person page's participation summary: meetings taken part in, spoken at. */
async function participation(page: Page): Promise<[number, number]> {
  const summary = page.getByTestId('participation-summary');
  await expect(summary).toHaveText(/^Took part in meetings: \d+\. Spoke at: \d+\.$/);
  const [events, spoke] = ((await summary.textContent()) ?? '').match(/\d+/g)?.map(Number) ?? [];
  return [events ?? -1, spoke ?? -1];
}

/** Fills the event form's dates, city and venue; the zone comes from the city. */
async function fillWhenAndWhere(page: Page, date: string, from: string, to: string): Promise<void> {
  await page.getByLabel('Start date').fill(date);
  await page.getByLabel('Start time').fill(from);
  await page.getByLabel('End time').fill(to);
  await pick(page, 'City', 'Baku', /Baku|Bakı/);
  await expect(page.getByLabel('Time zone')).toHaveValue('Asia/Baku');
  await expect(page.getByLabel('Country', { exact: true })).toHaveValue('AZ');
  await page.getByLabel('Venue').fill('State Committee on Work with Diaspora');
}

test.describe('entering the Baku day of 2019 through the interface', () => {
  test('an agency editor enters the day, its series and minutes, and everyone can read it', async ({
    page,
    browser,
  }) => {
    test.setTimeout(300_000);

    // An agency editor enters the whole day. Not 'agency-editor': account.spec.ts changes that
    // account's password for the rest of the run.
    await signIn(page, demoAccount('agency-editor-tr'));
    const box = page.getByRole('combobox', { name: 'Search the registry' });
    await box.fill('Abdulhadi Turus');
    await page.getByRole('listbox', { name: 'Search the registry' }).getByRole('option').first().click();
    await expect(page.getByRole('heading', { level: 1, name: /Turus/ })).toBeVisible();
    const before = await participation(page);

    // The series, owned by the editor's own body (the owner left empty).
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Meetings' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Meetings sections' })
      .getByRole('link', { name: 'Series' })
      .click();
    await page.getByRole('link', { name: 'New series' }).click();
    await page.getByLabel('Code').fill(SERIES_CODE.toLowerCase());
    await expect(page.getByLabel('Code')).toHaveValue(SERIES_CODE);
    await page.getByLabel('Title (English)').fill(SERIES_TITLE);
    await expectNoAxeViolations(page, 'the series form');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name: SERIES_TITLE })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(/Owner\s*Presidency for Turks Abroad/);
    await page.goto('/meetings');
    await page.getByRole('link', { name: 'New event' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New event' })).toBeVisible();
    await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Exchange of experience' });
    await page.getByLabel('Title (English)').fill(EVENT_TITLE);
    await page.getByText('Title in other languages').click();
    await page
      .getByLabel('Title (Azerbaijani)')
      .fill(`Diaspora qurumları arasında təcrübə mübadiləsi ${STAMP}`);
    await page
      .getByLabel('Summary (English)')
      .fill('Ministries and agencies responsible for diaspora issues share their experience.');
    // The form's own check: the end before the start.
    await page.getByLabel('Start date').fill('2019-02-08');
    await page.getByLabel('Start time').fill('10:00');
    await page.getByLabel('End time').fill('09:00');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('The end date must not be before the start date.')).toBeVisible();
    await fillWhenAndWhere(page, '2019-02-08', '10:00', '13:00');
    await page.getByLabel('Status').selectOption({ label: 'Held' });
    await page.getByRole('button', { name: 'Add an organiser or host' }).click();
    const host = page.getByRole('group', { name: 'Organisation 1' });
    await pick(host, 'Organisation', 'State Committee on Work with Diaspora', AZ_COMMITTEE);
    await host.getByLabel('Role').selectOption({ label: 'Host' });
    await page.getByRole('button', { name: 'Add an organiser or host' }).click();
    const organiser = page.getByRole('group', { name: 'Organisation 2' });
    await pick(organiser, 'Organisation', 'Secretariat of the Organization of Turkic States', /Secretariat/);
    await organiser.getByLabel('Role').selectOption({ label: 'Organiser' });
    await expectNoAxeViolations(page, 'the event form with a problem shown');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name: EVENT_TITLE })).toBeVisible();
    const eventUrl = page.url();

    // Times: at the place, with its zone named, and the reader's own (Bishkek, two hours ahead).
    const when = page.getByTestId('event-when');
    await expect(when).toContainText(/10:00\s?AM/);
    await expect(when).toContainText('Asia/Baku, GMT+4');
    await expect(when).toContainText(/Your time: .*12:00\s?PM.*Asia\/Bishkek, GMT\+6/);
    await expect(page.getByTestId('event-facts')).toContainText(AZ_COMMITTEE);

    // The programme, in the order of the day; the discussion is entered late and moved up.
    await addItem(page, {
      kind: 'Wreath-laying',
      time: '10:00',
      title: 'Visit to the Alley of Honors, the Alley of Martyrs and the Turkish Martyrs’ Memorial',
      visited: 'Alley of Honors; Alley of Martyrs; Turkish Martyrs’ Memorial',
    });
    await addItem(page, {
      kind: 'Welcome',
      title: 'Welcome to the guests',
      speakers: [['Omar Kojaman', /Kojaman|Kocaman/]],
    });
    await addItem(page, {
      kind: 'Opening speech',
      title: 'Opening speech',
      speakers: [['Fuad Muradov', /Muradov/]],
    });
    await addItem(page, {
      kind: 'Speech',
      title: 'Speeches of the delegation of Türkiye',
      speakers: [
        ['Abdulhadi Turus', /Turus/],
        ['Erkan Ozaral', /Ozaral|Özoral/],
      ],
      country: 'Türkiye',
    });
    await addItem(page, {
      kind: 'Speech',
      title: 'Speech of the delegation of Kazakhstan',
      speakers: [['Meiram Imanbayev', /Imanbayev|Иманбаев/]],
      country: 'Kazakhstan',
    });
    await addItem(page, {
      kind: 'Speech',
      title: 'Speech of the delegation of Kyrgyzstan',
      speakers: [['Galieva Jarkhinay', /Galieva|Галиева/]],
      country: 'Kyrgyzstan',
    });
    await addItem(page, {
      kind: 'Video screening',
      title: 'Videos about the State Committee and the Presidency for Turks Abroad',
      link: 'https://example.org/videos/diaspora-committee',
    });
    await addItem(page, {
      kind: 'Discussion',
      title: 'Ideas and suggestions to make the exchange of experience more effective',
    });
    await addItem(page, {
      kind: 'Announcement',
      title: 'Projects envisaged for 2019',
      speakers: [['Omar Kojaman', /Kojaman|Kocaman/]],
      document: 'Projects 2019.pdf',
    });

    // Editing an item in place: a summary, and a link that must be https.
    await page.getByRole('button', { name: 'Edit “Opening speech”' }).click();
    const edit = page.getByRole('form', { name: 'Edit “Opening speech”' });
    await edit
      .getByLabel('Summary (English)')
      .fill('The chairman spoke about the unity of the Turkic world and the events held in Baku.');
    await edit.getByRole('button', { name: 'Add a link' }).click();
    await edit.getByRole('group', { name: 'Link 1' }).getByLabel('Address').fill('http://example.org/speech');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(edit.getByRole('group', { name: 'Link 1' }).getByLabel('Address')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await edit
      .getByRole('group', { name: 'Link 1' })
      .getByLabel('Address')
      .fill('https://example.org/speech');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('“Opening speech” has been saved.')).toBeVisible();
    await expect(page.getByTestId('programme')).toContainText('the unity of the Turkic world');

    // Reordering by keyboard: focus stays on the moved item.
    const moveUp = page.getByRole('button', {
      name: 'Move “Ideas and suggestions to make the exchange of experience more effective” up',
    });
    await moveUp.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('is now item 7.')).toBeVisible();
    await expect(moveUp).toBeFocused();

    const programme = page.getByTestId('programme').locator(':scope > li h3');
    await expect(programme).toHaveText([
      /^10:00 · Visit to the Alley of Honors.*\(Wreath-laying\)$/,
      /Welcome to the guests \(Welcome\)/,
      /Opening speech \(Opening speech\)/,
      /delegation of Türkiye/,
      /delegation of Kazakhstan/,
      /delegation of Kyrgyzstan/,
      /Ideas and suggestions.*\(Discussion\)/,
      /Videos about.*\(Video screening\)/,
      /Projects envisaged for 2019 \(Announcement\)/,
    ]);
    const turkish = page
      .getByTestId('programme')
      .locator(':scope > li')
      .filter({ hasText: 'delegation of Türkiye' });
    // Speakers carry the position they held that day, from the registry.
    await expect(turkish.getByRole('link', { name: /Turus/ })).toBeVisible();
    await expect(turkish).toContainText(/Ozaral|Özoral/);
    await expect(turkish).toContainText('Deputy President, Presidency for Turks Abroad');

    // An item entered by mistake is removed after a confirmation; focus returns to the heading.
    await addItem(page, { kind: 'Other', title: 'Coffee break' });
    await page.getByRole('button', { name: 'Remove “Coffee break” from the programme' }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove this programme item?' });
    await confirm.getByRole('button', { name: 'Remove' }).click();
    await expect(page.getByText('“Coffee break” has been removed from the programme.')).toBeVisible();
    await expect(page.getByTestId('programme').locator(':scope > li')).toHaveCount(9);
    await expect(page.getByRole('heading', { level: 2, name: 'Programme' })).toBeFocused();
    const screening = page
      .getByTestId('programme')
      .locator(':scope > li')
      .filter({ hasText: 'Video screening' });
    await expect(screening.getByRole('link', { name: 'Video about the committee' })).toHaveAttribute(
      'href',
      'https://example.org/videos/diaspora-committee',
    );
    await expect(page.locator('iframe, video, embed, object')).toHaveCount(0);
    const announcement = page
      .getByTestId('programme')
      .locator(':scope > li')
      .filter({ hasText: 'Projects envisaged' });
    await expect(announcement.getByRole('link', { name: 'Projects 2019.pdf' })).toHaveAttribute(
      'download',
      '',
    );

    // A delegation and its head, present.
    const delegations = page.getByRole('form', { name: 'Add a delegation' });
    await delegations.getByLabel('Country').selectOption({ label: 'Türkiye' });
    await pick(delegations, 'Organisation', 'Presidency for Turks Abroad', /Turks Abroad/);
    await pick(delegations, 'Head of delegation: search to add', 'Abdulhadi Turus', /Turus/);
    await delegations.getByRole('button', { name: 'Add delegation' }).click();
    await expect(page.getByText('The delegation has been added.')).toBeVisible();
    const participants = page.getByRole('form', { name: 'Add a participant' });
    await pick(participants, 'Person: search to add', 'Abdulhadi Turus', /Turus/);
    await participants.getByLabel('Delegation').selectOption({ index: 1 });
    await participants.getByLabel('Role at the event').selectOption({ label: 'Head of delegation' });
    await participants.getByRole('button', { name: 'Add participant' }).click();
    await expect(page.getByText('The participant has been added.')).toBeVisible();
    const row = page.getByTestId('participants-table').getByRole('row').filter({ hasText: /Turus/ });
    await expect(row).toContainText('Head of delegation');
    await row.getByRole('combobox', { name: /^Attendance of / }).selectOption({ label: 'Present' });
    await expect(page.getByText(/The attendance of .* has been recorded\./)).toBeVisible();
    // An invitation (queued mail, to an address given here) and the answer received.
    await row
      .getByRole('textbox', { name: /^Email address for the invitation to / })
      .fill('turus@example.org');
    await row.getByRole('button', { name: 'Send invitation' }).click();
    await expect(page.getByText(/An invitation to .* is on its way\./)).toBeVisible();
    await expect(row).toContainText('Invited');
    await row.getByRole('combobox', { name: /^Record the answer of / }).selectOption({ label: 'Accepted' });
    await expect(page.getByText(/The answer of .* has been recorded\./)).toBeVisible();
    await expect(row).toContainText('Accepted');
    await expectNoAxeViolations(page, 'the event page with its editing controls');

    // The 5th meeting of the Contact Group, as a sub-event in its series, with two decisions.
    await page.getByRole('link', { name: 'Add a sub-event' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `New sub-event of “${EVENT_TITLE}”` }),
    ).toBeVisible();
    await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Meeting' });
    await page.getByLabel('Title (English)').fill(MEETING_TITLE);
    await page
      .getByLabel('Series', { exact: true })
      .selectOption({ label: `${SERIES_CODE} — ${SERIES_TITLE}` });
    await page.getByLabel('Number in the series').fill('5');
    await fillWhenAndWhere(page, '2019-02-08', '14:00', '16:00');
    await page.getByLabel('Status').selectOption({ label: 'Held' });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `${SERIES_CODE}-5 · ${MEETING_TITLE}` }),
    ).toBeVisible();
    await expect(page.getByTestId('event-facts').getByRole('link', { name: EVENT_TITLE })).toBeVisible();

    const decision = page.getByRole('form', { name: 'Record a decision' });
    await decision
      .getByLabel('Decision (English)')
      .fill(
        'To hold a training for representatives of Turkic-speaking diasporas and civil societies in a European country.',
      );
    await pick(decision, 'Responsible bodies: search to add', 'Presidency for Turks Abroad', /Turks Abroad/);
    await decision.getByLabel('Due, in words (English)').fill('March 2019');
    await decision.getByRole('button', { name: 'Add decision' }).click();
    await expect(page.getByText('The decision has been recorded.')).toBeVisible();
    await decision
      .getByLabel('Decision (English)')
      .fill('To hold a training for members of the Turkic-speaking diaspora in the USA.');
    await pick(
      decision,
      'Responsible bodies: search to add',
      'State Committee on Work with Diaspora',
      AZ_COMMITTEE,
    );
    await decision
      .getByLabel('Due, in words (English)')
      .fill('The end of May and the beginning of June 2019');
    await decision.getByLabel('Due from').fill('2019-05-20');
    await decision.getByLabel('Due by').fill('2019-06-10');
    await decision.getByRole('button', { name: 'Add decision' }).click();
    const decisions = page.getByTestId('decisions').locator(':scope > li');
    await expect(decisions).toHaveCount(2);
    await expect(decisions.nth(0)).toContainText(`${SERIES_CODE}-5/1`);
    await expect(decisions.nth(0)).toContainText('European country');
    await expect(decisions.nth(1)).toContainText(`${SERIES_CODE}-5/2`);
    await expect(decisions.nth(1)).toContainText(AZ_COMMITTEE);
    await page
      .getByRole('combobox', { name: `Status of ${SERIES_CODE}-5/1` })
      .selectOption({ label: 'In progress' });
    await expect(page.getByText(`The status of ${SERIES_CODE}-5/1 has been saved.`)).toBeVisible();
    await expect(page.getByRole('combobox', { name: `Status of ${SERIES_CODE}-5/1` })).toHaveValue(
      'in_progress',
    );
    await expectNoAxeViolations(page, 'the meeting page with its decisions');

    // Minutes: the editor drafts and circulates them; the Azerbaijani committee, a delegation, proposes
    // an amendment; the editor accepts it, adopts the minutes and prints them.
    const meetingUrl = page.url();
    const azDelegation = page.getByRole('form', { name: 'Add a delegation' });
    await azDelegation.getByLabel('Country').selectOption({ label: 'Azerbaijan' });
    await pick(azDelegation, 'Organisation', 'State Committee on Work with Diaspora', AZ_COMMITTEE);
    await azDelegation.getByRole('button', { name: 'Add delegation' }).click();
    await expect(page.getByText('The delegation has been added.')).toBeVisible();
    await page.getByRole('button', { name: 'Start the minutes' }).click();
    await expect(page.getByText('The minutes were started as a draft.')).toBeVisible();
    await page.getByRole('button', { name: 'Edit the text' }).click();
    await page.getByRole('button', { name: 'Add a paragraph' }).click();
    await page.getByRole('group', { name: 'Paragraph 1' }).getByLabel('English').fill(DRAFT);
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await expect(page.getByText('Saved as version 2.')).toBeVisible();
    await step(page, 'Circulate to the delegations', 'The draft was circulated to the delegations.');

    const azerbaijani = await browser.newContext({ timezoneId: 'Asia/Baku' });
    const azPage = await azerbaijani.newPage();
    await signIn(azPage, demoAccount('agency-admin'));
    await azPage.goto(meetingUrl);
    await expect(azPage.getByText(DRAFT)).toBeVisible();
    await azPage.getByRole('button', { name: 'Propose an amendment to paragraph 1' }).click();
    const proposal = azPage.getByRole('form', { name: 'Propose an amendment to paragraph 1' });
    await proposal.getByLabel('Language').selectOption({ label: 'English' });
    await proposal.getByLabel('Proposed text').fill(AMENDED);
    await proposal.getByRole('button', { name: 'Submit the amendment' }).click();
    await expect(azPage.getByText('Your amendment was submitted.')).toBeVisible();
    // The reader in Baku sees the meeting at its local time with no second time.
    await expect(azPage.getByTestId('event-when')).not.toContainText('Your time');
    await azerbaijani.close();

    await page.reload();
    const amendments = page.getByRole('region', { name: 'Amendments to paragraph 1' });
    await expect(amendments).toContainText(AMENDED);
    await amendments.getByLabel('Reason for the decision').fill('Agreed by the Contact Group.');
    await amendments.getByRole('button', { name: 'Accept' }).click();
    await expect(page.getByText('The amendment was accepted: a new version was made.')).toBeVisible();
    await step(page, 'Adopt the minutes', 'The minutes were adopted.');
    await expectNoAxeViolations(page, 'the meeting page with adopted minutes');
    await page.getByRole('link', { name: 'Printable minutes in English' }).click();
    await expect(page.getByRole('article')).toContainText(AMENDED);

    // The parent lists the meeting among its sub-events, at the right local time.
    await page.goto(eventUrl);
    const subEvents = page.getByTestId('sub-events');
    await expect(subEvents.getByRole('link', { name: `${SERIES_CODE}-5 · ${MEETING_TITLE}` })).toBeVisible();
    await expect(subEvents).toContainText(/2:00\s?PM/);

    // The series page lists the meeting with its decisions, and offers the series' feed.
    await page.goto('/series');
    await page.getByTestId('series-table').getByRole('link', { name: SERIES_TITLE }).click();
    await expect(page.getByRole('heading', { level: 1, name: SERIES_TITLE })).toBeVisible();
    await expect(page.getByRole('link', { name: `${SERIES_CODE}-5 · ${MEETING_TITLE}` })).toBeVisible();
    await expect(page.getByText(`${SERIES_CODE}-5/2`)).toBeVisible();
    const seriesFeed = page.getByRole('link', { name: `Meetings of the series “${SERIES_TITLE}”` });
    await expect(seriesFeed).toHaveAttribute('href', /^\/api\/calendar\.ics\?series=[\w-]+&lang=en$/);
    const feed = await page.request.get((await seriesFeed.getAttribute('href')) ?? '');
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toMatch(/^text\/calendar/);
    const ics = await feed.text();
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    // Unfolded (RFC 5545 §3.1), the feed holds the meeting with its reference, at 14:00 in Baku (10:00 UTC).
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain(`SUMMARY:${SERIES_CODE}-5: ${MEETING_TITLE}\r\n`);
    expect(unfolded).toMatch(/DTSTART:20190208T100000Z\r\n/);
    await expectNoAxeViolations(page, 'the series page');

    // The calendar lists both events in February 2019, in the month and in the list.
    await page.goto('/meetings?month=2019-02');
    const month = page.getByTestId('calendar-month');
    await expect(month.getByRole('link', { name: EVENT_TITLE })).toBeVisible();
    await expect(month.getByRole('link', { name: `${SERIES_CODE}-5 · ${MEETING_TITLE}` })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Whole public calendar' })).toHaveAttribute(
      'href',
      '/api/calendar.ics?lang=en',
    );
    await expectNoAxeViolations(page, 'the calendar month');
    await page.getByRole('button', { name: 'Next month' }).press('Enter');
    await expect(month.getByText('Events in March 2019')).toBeVisible();
    await expect(month.getByRole('link', { name: EVENT_TITLE })).toHaveCount(0);
    await page.getByRole('button', { name: 'Previous month' }).press('Enter');
    await expect(month.getByRole('link', { name: EVENT_TITLE })).toBeVisible();
    await page
      .getByLabel('Series', { exact: true })
      .selectOption({ label: `${SERIES_CODE} — ${SERIES_TITLE}` });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('button', { name: 'List' }).click();
    const list = page.getByTestId('events-table');
    await expect(list.getByRole('link', { name: `${SERIES_CODE}-5 · ${MEETING_TITLE}` })).toBeVisible();
    await expect(list.getByRole('link', { name: EVENT_TITLE })).toHaveCount(0);
    await expect(
      page.getByRole('link', { name: `Meetings of the series “${SERIES_CODE} — ${SERIES_TITLE}”` }),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'the calendar list');

    // A speaker's page tells their participation: one meeting more, one speech more than before.
    await page.goto(eventUrl);
    await page.getByTestId('programme').getByRole('link', { name: /Turus/ }).first().click();
    await expect(page.getByRole('link', { name: EVENT_TITLE })).toBeVisible();
    expect(await participation(page)).toEqual([before[0] + 1, before[1] + 1]);
    await expectNoAxeViolations(page, 'a person page with participation');

    // Anyone may read the public event, in order, without any editing control.
    await signOut(page);
    await page.goto(eventUrl);
    await expect(page.getByRole('heading', { level: 1, name: EVENT_TITLE })).toBeVisible();
    await expect(page.getByTestId('programme').locator(':scope > li')).toHaveCount(9);
    await expect(page.getByRole('form')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Move / })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Edit', exact: true })).toHaveCount(0);
    await expectNoAxeViolations(page, 'the event page for an anonymous reader');
  });
});

test('an anonymous reader reads the public calendar in Kyrgyz', async ({ page }) => {
  await page.goto('/meetings?view=list');
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('ky');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ky');
  await expect(page.getByRole('heading', { level: 1, name: 'Календарь' })).toBeVisible();
  const list = page.getByTestId('events-table');
  await expect(list.getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Бүт ачык календарь' })).toHaveAttribute(
    'href',
    '/api/calendar.ics?lang=ky',
  );
  await expectNoAxeViolations(page, 'the calendar list in Kyrgyz');
  await list.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Программа' })).toBeVisible();
  await expect(page.getByRole('form')).toHaveCount(0);
  await expectNoAxeViolations(page, 'an event page in Kyrgyz');
});
