import type { Browser, Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe.ts';
import { type DemoRole, demoAccount } from '../support/demo-accounts.ts';
import { signIn } from '../support/flows.ts';
import { expect, test } from '../support/test.ts';

// Issue 6's path: the State Committee (agency-admin) runs a training with an open call; the Berlin
// association's representative (org-rep, Aysel Nəsibli) finds the call in Azerbaijani, applies with
// an uploaded document; reviewers of two states (the committee's admin, YTB's editor) score it; the
// organiser accepts it; the receipt and decision mails are in the outbox; attendance is recorded; a
// certificate is issued, downloaded, and verifies at its public URL; the feedback survey is built,
// opened, listed as unanswered, answered, and its results counted. Everything through the pages;
// the API only sets the representative’s profile language and reads the outbox.

const STAMP = String(Date.now()).slice(-6);
const TITLE_EN = `Training for diaspora youth leaders ${STAMP}`;
const TITLE_AZ = `Diaspor gənc liderləri üçün təlim ${STAMP}`;
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A signed-in page of its own for `role`, in English unless `keepLanguage`. */
async function pageOf(browser: Browser, role: DemoRole, keepLanguage = false): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, demoAccount(role), { keepLanguage });
  return page;
}

test('a diaspora representative applies, is reviewed and accepted, attends, gets a verifiable certificate and answers the feedback survey', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const organiser = await pageOf(browser, 'agency-admin');

  // The organiser creates the programme (dates fixed, held the days before yesterday so that the
  // feedback survey may open) and builds its call (open for ten days) on the organiser's pages.
  await organiser.goto('/programmes/new');
  await organiser.getByLabel('Title (English)').fill(TITLE_EN);
  await organiser.getByText('Title in other languages').click();
  await organiser.getByLabel('Title (Azerbaijani)').fill(TITLE_AZ);
  await organiser.getByLabel('Host country').selectOption('AZ');
  await organiser.getByLabel('City, or a region while undecided (English)').fill('Baku');
  await organiser.getByLabel('First day').fill(day(-3));
  await organiser.getByLabel('Last day').fill(day(-2));
  await organiser.getByLabel('Places').fill('20');
  await organiser.getByLabel('Status').selectOption('published');
  // The event it is held as, picked from the calendar (here the demo's Baku exchange of experience).
  const heldEvent = organiser.getByLabel('The event it was held as: search events by title');
  await heldEvent.fill('Exchange of experience');
  await heldEvent.press('Enter');
  await organiser
    .getByRole('button', { name: /^Add Exchange of experience/ })
    .first()
    .click();
  await expectNoAxeViolations(organiser, 'the programme form');
  await organiser.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(organiser.getByRole('heading', { level: 1, name: TITLE_EN })).toBeVisible();
  await expect(organiser.getByRole('link', { name: /^Exchange of experience/ })).toBeVisible();
  const programme = { id: new URL(organiser.url()).pathname.split('/').pop() ?? '' };

  await organiser.getByRole('link', { name: 'Call and form' }).click();
  await organiser.getByLabel('Opens on').fill(day(-1));
  await organiser.getByLabel('Closes on').fill(day(10));
  await organiser.getByLabel('Time zone of the organiser').fill('Asia/Baku');
  const questions: [string, string, string, boolean][] = [
    ['long_text', 'Why do you want to take part?', 'Niyə iştirak etmək istəyirsiniz?', true],
    ['file', 'Letter of recommendation', 'Tövsiyə məktubu', true],
    ['consent', 'I agree to the processing of my application', 'Müraciətimin işlənməsinə razıyam', true],
  ];
  for (const [i, [kind, en, az, required]] of questions.entries()) {
    await organiser.getByRole('button', { name: 'Add a question' }).click();
    const editor = organiser.getByTestId(`question-${i + 1}`);
    await editor.getByLabel('Kind of answer').selectOption(kind);
    await editor.getByLabel('Question (English)').fill(en);
    await editor.getByText('Question in other languages').click();
    await editor.getByLabel('Question (Azerbaijani)').fill(az);
    await editor.getByLabel('An answer is required').setChecked(required);
  }
  // The consent comes first, then moves back down by keyboard-reachable buttons.
  await organiser.getByRole('button', { name: 'Move question 3 up' }).click();
  await expect(organiser.getByTestId('question-2').getByLabel('Question (English)')).toHaveValue(
    questions[2]?.[1] ?? '',
  );
  await organiser.getByRole('button', { name: 'Move question 2 down' }).click();
  await expectNoAxeViolations(organiser, 'the call form builder');
  await organiser.getByRole('button', { name: 'Save the call' }).click();
  await expect(organiser.getByRole('heading', { level: 1, name: TITLE_EN })).toBeVisible();
  await expect(organiser.getByRole('listitem').filter({ hasText: 'Letter of recommendation' })).toBeVisible();

  // The organiser appoints reviewers of two states (itself, and YTB's editor in Turkey, whose
  // account it does not administer); the secretariat reserves seats for the USA and sets the
  // criterion, on the selection page.
  await organiser.goto(`/programmes/${programme.id}/review`);
  for (const name of ['Diaspora Committee administrator', 'YTB editor']) {
    await organiser.getByLabel('Find an account of a state body').fill(name);
    const candidate = organiser
      .getByTestId('reviewer-candidates')
      .getByRole('listitem')
      .filter({ hasText: name });
    await candidate.getByRole('button', { name: /^Appoint / }).click();
    await expect(candidate).toHaveCount(0); // appointed: no longer offered
  }
  await expect(organiser.getByTestId('reviewers').getByRole('listitem')).toHaveCount(2);
  const secretariat = await pageOf(browser, 'secretariat');
  await secretariat.goto(`/programmes/${programme.id}/review`);
  await expect(secretariat.getByTestId('reviewers').getByRole('listitem')).toHaveCount(2);
  await secretariat.getByRole('button', { name: 'Add a criterion' }).click();
  await secretariat.getByLabel('Criterion (English)').fill('Motivation');
  await secretariat.getByRole('button', { name: 'Save the criteria' }).click();
  await expect(secretariat.getByText('The criteria are saved.')).toBeVisible();
  await secretariat.getByRole('button', { name: 'Add a quota' }).click();
  await secretariat.getByLabel('Country (two-letter code)').fill('US');
  await secretariat.getByLabel('Seats').fill('2');
  await secretariat.getByRole('button', { name: 'Save the quotas' }).click();
  await expect(secretariat.getByText('The quotas are saved.')).toBeVisible();
  await expectNoAxeViolations(secretariat, 'the review set-up page');

  // The representative reads Köprü in Azerbaijani, finds the open call and applies.
  const rep = await pageOf(browser, 'org-rep');
  const origin = new URL(rep.url()).origin;
  await rep.request.patch('/api/auth/me', { headers: { Origin: origin }, data: { locale: 'az' } });
  await rep.goto('/programmes?open=1');
  await expect(rep.locator('html')).toHaveAttribute('lang', 'az');
  await rep.getByRole('link', { name: TITLE_AZ }).click();
  await expect(rep.getByRole('heading', { level: 1, name: TITLE_AZ })).toBeVisible();
  await expect(rep.getByText('Açıqdır', { exact: true })).toBeVisible();
  await expectNoAxeViolations(rep, 'the public call page');
  await rep.getByRole('link', { name: 'Müraciət et' }).click();
  await expect(rep.getByRole('heading', { level: 1, name: `Müraciət: ${TITLE_AZ}` })).toBeVisible();
  // Submitting empty: the hints come next to the fields and the first one takes the focus.
  await rep.getByRole('button', { name: 'Müraciəti göndər' }).click();
  const why = rep.getByLabel('Niyə iştirak etmək istəyirsiniz? *');
  await expect(why).toBeFocused();
  await expect(rep.getByText('Bu suala cavab verin.').first()).toBeVisible();
  await expectNoAxeViolations(rep, 'the apply form');
  await why.fill('Berlindəki gənclər işimizi şəbəkəyə gətirmək üçün.');
  await rep
    .getByLabel('Tövsiyə məktubu *')
    .setInputFiles({ name: 'tovsiye.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(rep.getByRole('link', { name: 'tovsiye.pdf' })).toBeVisible();
  await rep.getByLabel('Müraciətimin işlənməsinə razıyam *').check();
  await rep.getByRole('button', { name: 'Müraciəti göndər' }).click();
  await expect(rep.getByRole('heading', { level: 1, name: 'Müraciətlərim' })).toBeVisible();
  const myRow = rep.getByTestId('my-applications').getByRole('row').filter({ hasText: TITLE_AZ });
  await expect(myRow.getByText('Göndərilib', { exact: true })).toBeVisible();
  await expectNoAxeViolations(rep, 'my applications');
  // "My messages" holds the receipt, in her language; it opens with its text.
  await rep.getByRole('link', { name: 'Mesajlarım', exact: true }).click();
  await expect(rep.getByRole('heading', { level: 1, name: 'Mesajlarım' })).toBeVisible();
  const receipt = `Müraciət qəbul edildi: ${TITLE_AZ}`;
  await rep.getByTestId('my-messages').getByRole('link', { name: receipt }).click();
  await expect(rep.getByRole('heading', { level: 1, name: receipt })).toBeVisible();
  await expect(rep.getByTestId('message-body')).toContainText(TITLE_AZ);
  await expectNoAxeViolations(rep, 'a message');

  // The organiser's list holds the application; each reviewer scores it on its page.
  await organiser.goto(`/programmes/${programme.id}/applications`);
  const table = organiser.getByTestId('applications-table');
  await expect(table.getByRole('link', { name: 'Aysel Nəsibli' })).toBeVisible();
  await expectNoAxeViolations(organiser, 'the organiser’s applications list');
  await table.getByRole('link', { name: 'Aysel Nəsibli' }).click();
  const applicationId = new URL(organiser.url()).pathname.split('/').pop() ?? '';
  const reviewerTr = await pageOf(browser, 'agency-editor-tr');
  for (const [reviewer, score] of [
    [organiser, '8'],
    [reviewerTr, '6'],
  ] as const) {
    await reviewer.goto(`/applications/${applicationId}`);
    await expect(reviewer.getByText('Berlindəki gənclər işimizi şəbəkəyə gətirmək üçün.')).toBeVisible();
    await reviewer.getByLabel('Motivation, from 0 to 10').fill(score);
    await reviewer.getByLabel('Comment').fill(`Score ${score}: clear motivation.`);
    await reviewer.getByRole('button', { name: 'Save review' }).click();
    await expect(reviewer.getByRole('heading', { name: 'Change your review' })).toBeVisible();
  }
  await expectNoAxeViolations(reviewerTr, 'the application page with its reviews');
  await organiser.reload();
  await expect(organiser.getByTestId('aggregate-score')).toContainText('from 2 reviews');

  // The organiser accepts; seats are counted against the capacity.
  await organiser.goto(`/programmes/${programme.id}/applications`);
  await organiser.getByLabel('Decision for Aysel Nəsibli').selectOption('accept');
  await expect(organiser.getByTestId('seat-counts')).toContainText('Accepted 1 of 20 places; 19 left.');
  await organiser.getByRole('button', { name: 'Record decisions (1)' }).click();
  await expect(table.getByText('Accepted', { exact: true })).toBeVisible();

  // The receipt and the decision are in the outbox, addressed to the representative.
  const outbox = await secretariat.request.get('/api/outbox?limit=200&offset=0');
  expect(outbox.status()).toBe(200);
  const mails = ((await outbox.json()) as { items: { to: string; subject: string }[] }).items.filter(
    (m) => m.to === demoAccount('org-rep').email && m.subject.includes(STAMP),
  );
  expect(mails.length, `mails to the representative: ${JSON.stringify(mails)}`).toBeGreaterThanOrEqual(2);

  // Attendance on both days, then the certificate.
  await organiser.goto(`/programmes/${programme.id}/attendance`);
  const grid = organiser.getByTestId('attendance-grid');
  await expect(grid.getByRole('rowheader', { name: 'Aysel Nəsibli' })).toBeVisible();
  for (const buttons of await grid.getByRole('button', { name: /^All present on/ }).all())
    await buttons.click();
  await expectNoAxeViolations(organiser, 'the attendance grid');
  await organiser.getByRole('button', { name: 'Save attendance' }).click();
  await expect(organiser.getByText('Attendance saved.')).toBeVisible();
  await organiser.getByRole('button', { name: /^Issue certificates to those who attended \(1\)/ }).click();
  const certificates = organiser.getByTestId('certificates');
  await expect(certificates.getByRole('link', { name: 'Aysel Nəsibli' })).toBeVisible();
  const code =
    (await certificates.getByRole('listitem').first().getByRole('link').nth(1).textContent()) ?? '';
  expect(code.length).toBeGreaterThan(10);

  // The representative downloads the certificate from "My applications".
  await rep.goto('/me/applications');
  const download = rep.waitForEvent('download');
  await rep.getByRole('link', { name: 'Sertifikatı yüklə' }).click();
  const file = await download;
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  expect(Buffer.concat(chunks).subarray(0, 5).toString()).toBe('%PDF-');

  // Anyone can verify it at its public URL; a wrong code is plainly not valid.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/verify/${code}`);
  await expect(visitor.getByTestId('certificate')).toContainText('Aysel Nəsibli');
  await expect(visitor.getByTestId('certificate')).toContainText(TITLE_EN);
  await expectNoAxeViolations(visitor, 'the verification page');
  await visitor.goto('/verify/not-a-real-code');
  await expect(visitor.getByRole('alert')).toContainText('is not a valid certificate');

  // The organiser builds the feedback survey and opens it; the representative is a non-respondent.
  await organiser.goto(`/programmes/${programme.id}/feedback`);
  await organiser.getByRole('button', { name: 'Add a question' }).click();
  await organiser.getByLabel('Question (English)').fill('What will you take back to your organisation?');
  await organiser.getByRole('button', { name: 'Save the questions' }).click();
  await expect(organiser.getByText('The questions are saved.')).toBeVisible();
  await organiser.getByRole('button', { name: 'Open the survey and invite the participants' }).click();
  await expect(organiser.getByTestId('non-respondents')).toContainText('Aysel Nəsibli');
  await expectNoAxeViolations(organiser, 'the feedback page');

  // The representative answers it from "My applications".
  await rep.goto('/me/applications');
  await rep.getByRole('link', { name: 'Rəy sorğusunu cavablandır' }).click();
  await rep.getByLabel('What will you take back to your organisation? *').fill('Gənclər üçün media təlimi.');
  await expectNoAxeViolations(rep, 'the feedback survey form');
  await rep.getByRole('button', { name: 'Cavablarımı göndər' }).click();
  await expect(rep.getByRole('status').filter({ hasText: 'Təşəkkür edirik' })).toBeVisible();

  await organiser.reload();
  await expect(organiser.getByTestId('survey-results')).toContainText('1 of 1 participants answered.');
  await expect(organiser.getByTestId('survey-results')).toContainText('Gənclər üçün media təlimi.');
  await expect(organiser.getByTestId('non-respondents').getByRole('listitem')).toHaveCount(0);
});
