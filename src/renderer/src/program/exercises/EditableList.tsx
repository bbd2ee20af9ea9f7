import { useId } from 'react';
import type { ListItem } from '@shared/exercises';
import { addOnEnter, addThenFocus, newItemId } from './ids';

interface Props {
  title: string;
  /** Read with the item's number: "Commitment 2". */
  itemLabel: string;
  addLabel: string;
  items: readonly ListItem[];
  onChange(items: ListItem[]): void;
}

/** A short list of one-line items: add (Enter in an item adds the next), edit, remove. */
export function EditableList({ title, itemLabel, addLabel, items, onChange }: Props) {
  const id = useId();
  const fieldId = (itemId: string) => `${id}-${itemId}`;

  /** At the end, or right after the item where Enter was pressed. */
  function add(after?: string) {
    const item = { id: newItemId(), text: '' };
    const at = after === undefined ? items.length : items.findIndex((other) => other.id === after) + 1;
    addThenFocus(() => onChange([...items.slice(0, at), item, ...items.slice(at)]), fieldId(item.id));
  }

  return (
    <fieldset className="editable-list stack">
      <legend>{title}</legend>
      {items.length > 0 && (
        <ol className="stack tight">
          {items.map((item, index) => (
            <li key={item.id} className="list-row">
              <input
                id={fieldId(item.id)}
                aria-label={`${itemLabel} ${index + 1}`}
                value={item.text}
                onKeyDown={(event) => addOnEnter(event, () => add(item.id))}
                onChange={(event) =>
                  onChange(
                    items.map((other) =>
                      other.id === item.id ? { ...other, text: event.target.value } : other,
                    ),
                  )
                }
              />
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
