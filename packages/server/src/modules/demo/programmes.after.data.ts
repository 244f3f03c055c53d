import type { QuestionInput } from '../programmes/programmes.schema.ts';

// The completed 2019 training "in one of the European countries" (programmes.data.ts) after the
// programme. The press release gives only "March 2019"; the five days, the participants, their
// attendance, certificates and feedback are demo data. Aigerim and Bakyt, a Kazakh and a Kyrgyz
// participant, have their names in Cyrillic only, so their certificates carry a transliterated Latin
// form. Elvin missed two days of five (60 %, under the 80 % rule): no certificate, no survey.
// Ramil is the participant who has not answered the survey.

export const AFTER_2019 = {
  titleEn:
    'Training for representatives of Turkic-speaking diasporas and civil societies in one of the European countries',
  startDate: '2019-03-11',
  endDate: '2019-03-15',
  submittedOn: '2019-02-20',
  newPeople: [
    { slug: 'demo-aigerim-seitkyzy', fullName: 'Айгерім Сейітқызы', lang: 'kk' },
    { slug: 'demo-bakyt-toktogulov', fullName: 'Бакыт Токтогулов', lang: 'ky' },
  ],
  /** Per participant, one letter per day: `p` present, `x` absent. */
  attendance: {
    'demo-nigar-hasanova': 'ppppp',
    'demo-ramil-aliyev': 'ppppx',
    'demo-aigerim-seitkyzy': 'ppppp',
    'demo-bakyt-toktogulov': 'ppppp',
    'demo-elvin-rzayev': 'pxpxp',
  } as Record<string, string>,
  certified: ['demo-nigar-hasanova', 'demo-ramil-aliyev', 'demo-aigerim-seitkyzy', 'demo-bakyt-toktogulov'],
  feedbackOpenedAt: '2019-03-18T09:00:00Z',
  survey: [
    {
      kind: 'choice',
      label: {
        en: 'How useful was the training for your organisation?',
        tr: 'Eğitim kuruluşunuz için ne kadar yararlı oldu?',
      },
      required: true,
      options: [
        { value: 'very', label: { en: 'Very useful', tr: 'Çok yararlı' } },
        { value: 'somewhat', label: { en: 'Somewhat useful', tr: 'Kısmen yararlı' } },
        { value: 'not', label: { en: 'Not useful', tr: 'Yararlı değil' } },
      ],
    },
    {
      kind: 'number',
      label: { en: 'Overall rating (1–10)', tr: 'Genel puan (1–10)' },
      validation: { min: 1, max: 10 },
    },
    {
      kind: 'long_text',
      label: { en: 'What should the next training add?', tr: 'Bir sonraki eğitime ne eklenmeli?' },
    },
  ] as QuestionInput[],
  /** Answers in the order of the survey's questions; Ramil has not answered. */
  responses: {
    'demo-nigar-hasanova': ['very', 9, '[demo] More time for exchange between the diaspora organisations.'],
    'demo-aigerim-seitkyzy': ['very', 10, '[demo] Бірлескен жобаларға арналған семинар.'],
    'demo-bakyt-toktogulov': ['somewhat', 7, '[demo] Медиа боюнча практикалык сабактар.'],
  } as Record<string, unknown[]>,
};
