interface StatusBadgeProps {
  /** Modifier class suffix (`status-<tone>`), chosen from the value being shown. */
  tone: string;
  children: string;
}

/** A small rounded label for a state (verification, visibility, import row status). */
export function StatusBadge({ tone, children }: StatusBadgeProps) {
  return <span className={`status status-${tone}`}>{children}</span>;
}
