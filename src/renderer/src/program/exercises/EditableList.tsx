import { useId, type ReactNode } from 'react';
import type { ListItem } from '@shared/exercises';
import { addOnEnter, addThenFocus, newItemId } from './ids';

interface Props<T extends ListItem> {
  title: string;
  /** Read with the item's number: "Commitment 2". */
  itemLabel: string;
  addLabel: string;
  items: readonly T[];
  onChange(items: T[]): void;
  /** What a new item holds besides its id and text (nothing for a plain list). */
  blank?: Omit<T, keyof ListItem>;
  className?: string;
  /** Said under the title, e.g. how many are done. */
  summary?: ReactNode;
  /** An item's own controls, between its line and its Remove button. */
  children?(item: T, update: (patch: Partial<T>) => void, index: number): ReactNode;
}

/**
 * A short list of one-line items: add (Enter in an item adds the next), edit, remove. A list
 * whose items carry more (the disclosure list's "tempted" and "shared") gives them as children.
 */
export function EditableList<T extends ListItem>({
  title,
  itemLabel,
  addLabel,
  items,
  onChange,
  blank,
  className = 'editable-list',
  summary,
  children,
}: Props<T>) {
  const id = useId();
  const fieldId = (itemId: string) => `${id}-${itemId}`;
  const update = (itemId: string) => (patch: Partial<T>) =>
    onChange(items.map((other) => (other.id === itemId ? { ...other, ...patch } : other)));

  /** At the end, or right after the item where Enter was pressed. */
  function add(after?: string) {
    const item = { ...blank, id: newItemId(), text: '' } as T;
    const at = after === undefined ? items.length : items.findIndex((other) => other.id === after) + 1;
    addThenFocus(() => onChange([...items.slice(0, at), item, ...items.slice(at)]), fieldId(item.id));
  }

  return (
    <fieldset className={`${className} stack`}>
      <legend>{title}</legend>
      {summary}
      {items.length > 0 && (
        <ol className="stack tight">
          {items.map((item, index) => (
            <li key={item.id} className="list-row">
              <input
                id={fieldId(item.id)}
                aria-label={`${itemLabel} ${index + 1}`}
                value={item.text}
                onKeyDown={(event) => addOnEnter(event, () => add(item.id))}
                onChange={(event) => update(item.id)({ text: event.target.value } as Partial<T>)}
              />
              {children?.(item, update(item.id), index)}
              <button
                type="button"
                aria-label={`Remove ${itemLabel.toLowerCase()} ${index + 1}`}
                onClick={() => onChange(items.filter((other) => other.id !== item.id))}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <div>
        <button type="button" onClick={() => add()}>
          {addLabel}
        </button>
      </div>
    </fieldset>
  );
}
