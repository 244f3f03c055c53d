import type { ReactNode } from 'react';

interface ComboboxOptionProps {
  id: string;
  selected: boolean;
  className?: string;
  onHover: () => void;
  onChoose: () => void;
  children: ReactNode;
}

/**
 * One option of a combobox listbox. Focus stays in the input (the option is pointed at with
 * `aria-activedescendant`), so a press keeps focus there and keyboard choice happens in the input.
 */
export function ComboboxOption({
  id,
  selected,
  className,
  onHover,
  onChoose,
  children,
}: ComboboxOptionProps) {
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard users choose with Enter in the combobox input
    <div
      id={id}
      role="option"
      tabIndex={-1}
      aria-selected={selected}
      className={['combobox-option', className].filter(Boolean).join(' ')}
      onPointerDown={(event) => event.preventDefault()}
      onPointerMove={() => {
        if (!selected) onHover();
      }}
      onClick={onChoose}
    >
      {children}
    </div>
  );
}
