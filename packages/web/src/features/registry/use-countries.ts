import { useEffect, useState } from 'react';
import { type Country, listCountries } from '../../api';
import { useFormat } from '../../i18n/use-format';

const cache = new Map<string, Promise<Country[]>>();

function countriesIn(language: string): Promise<Country[]> {
  let pending = cache.get(language);
  if (!pending) {
    pending = listCountries(language).then(
      (page) => page.items,
      (error: unknown) => {
        cache.delete(language); // try again next time
        throw error;
      },
    );
    cache.set(language, pending);
  }
  return pending;
}

/**
 * The countries of the registry, named in the interface language and sorted by that name (loaded once
 * per language), and `nameOf(code)`, which falls back to the browser's own name for the code.
 */
export function useCountries(): {
  countries: Country[];
  nameOf: (code: string | null | undefined) => string;
} {
  const format = useFormat();
  const [countries, setCountries] = useState<Country[]>([]);
  useEffect(() => {
    let current = true;
    countriesIn(format.language).then(
      (items) => {
        if (!current) return;
        const collator = new Intl.Collator(format.language);
        setCountries([...items].sort((a, b) => collator.compare(a.name, b.name)));
      },
      () => undefined, // the filter then offers no countries; names fall back to Intl
    );
    return () => {
      current = false;
    };
  }, [format.language]);
  const nameOf = (code: string | null | undefined) =>
    code ? (countries.find((c) => c.code === code)?.name ?? format.regionName(code)) : '';
  return { countries, nameOf };
}
