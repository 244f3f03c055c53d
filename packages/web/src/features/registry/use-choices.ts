import { useTranslation } from 'react-i18next';
import { SCRIPTS, type Script, VISIBILITIES, type Visibility } from '../../api';
import type { SelectOption } from '../../components/SelectField';
import { useFormat } from '../../i18n/use-format';
import { nameLanguageCodes } from './name-languages';

/** The options the registry's forms share, named in the interface language. */
export function useChoices() {
  const { t } = useTranslation();
  const format = useFormat();
  return {
    visibilities: VISIBILITIES.map(
      (v): SelectOption<Visibility> => ({ value: v, label: t(`registry.visibility.${v}`) }),
    ),
    scripts: SCRIPTS.map(
      (s): SelectOption<Script> => ({
        value: s,
        label: s === 'other' ? t('registry.scripts.other') : format.scriptName(s),
      }),
    ),
    nameLanguages: (current?: string): SelectOption<string>[] =>
      nameLanguageCodes(current).map((code) => ({ value: code, label: format.languageName(code) })),
    /** The labels of a names editor's rows: "Name 2", "Remove name 2", "Add a name". */
    nameRows: {
      rowLegend: (index: number) => t('registry.form.nameRow', { number: index + 1 }),
      removeLabel: (index: number) => t('registry.form.removeNameLabel', { number: index + 1 }),
      addLabel: t('registry.form.addName'),
    },
    /** The "none" choice that starts an optional select. */
    none: { value: '', label: t('registry.form.none') } as SelectOption<string>,
  };
}
