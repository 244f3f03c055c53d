import { describe, expect, it } from 'vitest';
import { LOCALES } from '../mail/mail.templates.ts';
import { reportLabels } from './reports.labels.ts';

// Every interface language has every word of a report, and no two languages share a table by mistake.

describe('reportLabels', () => {
  it.each(LOCALES)('%s has twelve months, every column, role and status, and its own words', (lang) => {
    const l = reportLabels(lang);
    expect(l.months).toHaveLength(12);
    expect(new Set(l.months).size).toBe(12);
    const words = [
      ...Object.values(l.columns),
      ...Object.values(l.roles),
      ...Object.values(l.itemStatus),
      ...Object.values(l.decisionStatus),
      ...Object.values(l.sections),
      ...Object.values(l.charts),
      ...Object.values(l.meta),
    ];
    expect(words).toHaveLength(20 + 7 + 5 + 4 + 5 + 4 + 3);
    for (const word of words) expect(word).toMatch(/\p{L}/u);
    for (const [key, word] of Object.entries(l.columns)) expect(word).not.toBe(key);
    expect(l.organisationTitle('X', 2019)).toContain('2019');
    if (lang !== 'en') expect(l.charts.eventsPerMonth).not.toBe(reportLabels('en').charts.eventsPerMonth);
  });
});
