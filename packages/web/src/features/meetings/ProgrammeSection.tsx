import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteProgrammeItem, type EventDetail, type ProgrammeItem, reorderProgramme } from '../../api';
import { Alert } from '../../components/Alert';
import { errorMessage } from '../../lib/error-message';
import { RemovalDialog } from '../registry/RemovalDialog';
import { SectionNotices } from '../registry/SectionNotices';
import { useSectionRemoval } from '../registry/use-section-removal';
import { moveId } from './programme-form';
import { ProgrammeItemForm } from './ProgrammeItemForm';
import { ProgrammeItemView, useProgrammeItemTitle } from './ProgrammeItemView';

const inOrder = (items: readonly ProgrammeItem[]) => [...items].sort((a, b) => a.position - b.position);

interface ProgrammeSectionProps {
  event: EventDetail;
  onChanged: () => void;
}

/**
 * The programme in order. Editors also get, per item, "move up/down" (buttons, so the keyboard
 * reorders; focus stays on the moved item), edit in place and remove; and a form to add one.
 */
export function ProgrammeSection({ event, onChanged }: ProgrammeSectionProps) {
  const { t } = useTranslation();
  const itemTitle = useProgrammeItemTitle();
  // The list shown: the event's, updated at once by what this section saves (a move must name every
  // item, including one added a moment ago, before the event has been read again).
  const [items, setItems] = useState(() => inOrder(event.programme));
  useEffect(() => setItems(inOrder(event.programme)), [event.programme]);
  const keep = (saved: ProgrammeItem) =>
    setItems((current) => inOrder([...current.filter((i) => i.id !== saved.id), saved]));
  const [editing, setEditing] = useState<string | null>(null);
  const [moveError, setMoveError] = useState<unknown>();
  const [focusMove, setFocusMove] = useState<{ id: string; delta: -1 | 1 } | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const section = useSectionRemoval(
    (item: ProgrammeItem) => deleteProgrammeItem(event.id, item.id),
    (item) => t('meetings.programme.removed', { title: itemTitle(item) }),
    onChanged,
  );
  const order = items.map((i) => i.id).join();

  // After a move the list is re-rendered in the new order: put focus back on the moved item's button.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the order changes
  useEffect(() => {
    if (!focusMove) return;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>(
      `[data-item="${focusMove.id}"] [data-move]`,
    );
    const wanted = [...(buttons ?? [])].find(
      (b) => b.dataset.move === String(focusMove.delta) && !b.disabled,
    );
    (wanted ?? [...(buttons ?? [])].find((b) => !b.disabled))?.focus();
    setFocusMove(null);
  }, [order]);

  async function handleMove(item: ProgrammeItem, index: number, delta: -1 | 1) {
    setMoveError(undefined);
    try {
      await reorderProgramme(
        event.id,
        moveId(
          items.map((i) => i.id),
          index,
          delta,
        ),
      );
      setFocusMove({ id: item.id, delta });
      section.added(t('meetings.programme.moved', { title: itemTitle(item), position: index + delta + 1 }));
    } catch (e) {
      setMoveError(e);
    }
  }

  return (
    <section className="section" aria-labelledby="programme-heading">
      <h2 id="programme-heading" ref={section.heading} tabIndex={-1}>
        {t('meetings.programme.heading')}
      </h2>
      <SectionNotices notice={section.notice} error={section.removal.error} />
      {moveError ? <Alert tone="error">{errorMessage(t, moveError)}</Alert> : null}
      {items.length === 0 ? <p className="muted">{t('meetings.programme.none')}</p> : null}
      <ol className="programme-list" ref={list} data-testid="programme">
        {items.map((item, index) => (
          <li key={item.id} className="programme-item" data-item={item.id}>
            {editing === item.id ? (
              <ProgrammeItemForm
                event={event}
                item={item}
                heading={t('meetings.programme.editHeading', { title: itemTitle(item) })}
                onSaved={(saved) => {
                  keep(saved);
                  setEditing(null);
                  section.added(t('meetings.programme.saved', { title: itemTitle(item) }));
                }}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <>
                <h3>
                  {item.startTime ? `${item.startTime} · ` : ''}
                  {itemTitle(item)}{' '}
                  <span className="programme-kind">({t(`meetings.programmeKinds.${item.kind}`)})</span>
                </h3>
                <ProgrammeItemView item={item} />
                {event.canEdit ? (
                  <div className="button-row">
                    <button
                      type="button"
                      className="button button-small button-secondary"
                      data-move="-1"
                      disabled={index === 0}
                      aria-label={t('meetings.programme.moveUp', { title: itemTitle(item) })}
                      onClick={() => handleMove(item, index, -1)}
                    >
                      {t('meetings.programme.up')}
                    </button>
                    <button
                      type="button"
                      className="button button-small button-secondary"
                      data-move="1"
                      disabled={index === items.length - 1}
                      aria-label={t('meetings.programme.moveDown', { title: itemTitle(item) })}
                      onClick={() => handleMove(item, index, 1)}
                    >
                      {t('meetings.programme.down')}
                    </button>
                    <button
                      type="button"
                      className="button button-small button-secondary"
                      aria-label={t('meetings.programme.editLabel', { title: itemTitle(item) })}
                      onClick={() => setEditing(item.id)}
                    >
                      {t('registry.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button-small button-danger-outline"
                      aria-label={t('meetings.programme.removeLabel', { title: itemTitle(item) })}
                      onClick={() => section.ask(item)}
                    >
                      {t('registry.form.remove')}
                    </button>
                  </div>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ol>
      {event.canEdit ? (
        <>
          <ProgrammeItemForm
            event={event}
            heading={t('meetings.programme.addHeading')}
            onSaved={(item) => {
              keep(item);
              section.added(t('meetings.programme.added', { title: itemTitle(item) }));
            }}
          />
          <RemovalDialog
            removal={section.removal}
            title={t('meetings.programme.confirmTitle')}
            body={(target) => t('meetings.programme.confirmBody', { title: target ? itemTitle(target) : '' })}
          />
        </>
      ) : null}
    </section>
  );
}
