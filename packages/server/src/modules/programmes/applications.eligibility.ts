import type { FieldError } from '../../errors/app-error.ts';
import type { Programme } from './programmes.table.ts';

// Eligibility rules checked on submission (ADR 0023). The applicant's country of residence and
// community are those of the nominating organisation, else of the organisation of their current
// position; when the audience restricts one and it cannot be established, the application is
// refused with that reason. Age and languages are not checked: the registry records neither a
// birth date nor a person's languages yet.

/** What is known of an applicant for the rules. */
export interface ApplicantProfile {
  country: string | null;
  communities: string[];
}

/** The rules the applicant fails, as field errors (`eligibility.country`, `eligibility.community`). */
export function eligibilityProblems(programme: Programme, profile: ApplicantProfile | null): FieldError[] {
  const problems: FieldError[] = [];
  const countries = programme.residence_countries;
  if (countries.length) {
    const country = profile?.country ?? null;
    if (country === null) problems.push({ path: 'eligibility.country', message: 'cannot be established' });
    else if (!countries.includes(country)) {
      problems.push({
        path: 'eligibility.country',
        message: `${country} is not among ${countries.join(', ')}`,
      });
    }
  }
  const communities = programme.communities;
  if (communities.length) {
    const own = profile?.communities ?? [];
    if (!own.length) problems.push({ path: 'eligibility.community', message: 'cannot be established' });
    else if (!own.some((c) => communities.includes(c))) {
      problems.push({
        path: 'eligibility.community',
        message: `none of ${own.join(', ')} is among ${communities.join(', ')}`,
      });
    }
  }
  return problems;
}
