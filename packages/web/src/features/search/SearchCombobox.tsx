import { type KeyboardEvent, useEffect, useId, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResult, SearchType } from '../../api';
import { ComboboxOption } from './ComboboxOption';
import { comboboxReducer, INITIAL_COMBOBOX, keyCommand } from './combobox-state';
import { SearchResultText } from './SearchResultText';
import { MIN_QUERY_LENGTH, useSearch } from './use-search';

interface SearchComboboxProps {
  label: string;
  hideLabel?: boolean;
  types?: readonly SearchType[];
  /** Called with the option picked by Enter or a click. */
  onChoose: (result: SearchResult) => void;
  /** When given, Enter with nothing highlighted (or the last option) submits the text. */
  onSubmit?: (text: string) => void;
  /** Text the input starts with (e.g. the name of the record already chosen). */
  initialText?: string;
  clearOnChoose?: boolean;
  placeholder?: string;
  className?: string;
}

/**
 * An editable combobox with a listbox popup (WAI-ARIA 1.2 pattern): results appear as one types;
 * arrows move the highlight (`aria-activedescendant`, focus stays in the input), Enter opens, Escape
 * closes and then clears. The result count is announced in a polite live region.
 */
export function SearchCombobox(props: SearchComboboxProps) {
  const {
    label,
    hideLabel,
    types,
    onChoose,
    onSubmit,
    initialText = '',
    clearOnChoose,
    placeholder,
    className,
  } = props;
  const { t } = useTranslation();
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState(initialText);
  const [state, dispatch] = useReducer(comboboxReducer, INITIAL_COMBOBOX);
  const found = useSearch(text, { types });
  const showAll = onSubmit !== undefined && found.results.length > 0;
  const count = found.results.length + (showAll ? 1 : 0);
  const expanded = state.open && count > 0;
  const tooShort = [...text.trim()].length < MIN_QUERY_LENGTH;

  useEffect(() => dispatch({ type: 'options', count }), [count]);

  function choose(index: number) {
    const result = found.results[index];
    dispatch({ type: 'close' });
    if (result) {
      if (clearOnChoose) setText('');
      else setText(result.label);
      onChoose(result);
    } else if (onSubmit) onSubmit(text);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const command = keyCommand(event.key, state, count, event.altKey);
    if (command.kind === 'none') return;
    event.preventDefault();
    if (command.kind === 'move') dispatch(command.action);
    else if (command.kind === 'choose') choose(command.index);
    else if (command.kind === 'close') dispatch({ type: 'close' });
    else if (command.kind === 'clear') setText('');
    else if (command.kind === 'submit' && onSubmit && text.trim()) {
      dispatch({ type: 'close' });
      onSubmit(text);
    }
  }

  const optionId = (index: number) => `${id}-option-${index}`;
  let status = '';
  if (!tooShort && found.loading) status = t('search.searching');
  else if (!tooShort && found.query === text.trim() && !found.error)
    status =
      found.results.length === 0
        ? t('search.noResults')
        : t('search.resultCount', { number: found.results.length });
  else if (found.error) status = t('search.failed');

  return (
    <div className={['combobox', className].filter(Boolean).join(' ')}>
      <label htmlFor={`${id}-input`} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && state.active >= 0 ? optionId(state.active) : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          dispatch({ type: 'typed' });
        }}
        onKeyDown={handleKeyDown}
        onBlur={() => dispatch({ type: 'close' })}
      />
      <div id={listId} role="listbox" aria-label={label} className="combobox-list" hidden={!expanded}>
        {found.results.map((result, index) => (
          <ComboboxOption
            key={`${result.type}:${result.id}`}
            id={optionId(index)}
            selected={state.active === index}
            onHover={() => state.active !== index && dispatch({ type: 'hover', index })}
            onChoose={() => choose(index)}
          >
            <SearchResultText result={result} />
          </ComboboxOption>
        ))}
        {showAll ? (
          <ComboboxOption
            id={optionId(found.results.length)}
            selected={state.active === found.results.length}
            className="combobox-all"
            onHover={() => dispatch({ type: 'hover', index: found.results.length })}
            onChoose={() => choose(found.results.length)}
          >
            {t('search.showAll', { query: text.trim() })}
          </ComboboxOption>
        ) : null}
      </div>
      <p className="visually-hidden" role="status">
        {state.open ? status : ''}
      </p>
      {state.open && !tooShort && !found.loading && found.query === text.trim() && count === 0 ? (
        <p className="combobox-empty">{found.error ? t('search.failed') : t('search.noResults')}</p>
      ) : null}
    </div>
  );
}
