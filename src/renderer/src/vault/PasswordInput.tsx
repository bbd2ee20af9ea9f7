import { forwardRef, useState, type InputHTMLAttributes } from 'react';
import './passphrase.css';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & {
  /** Shown instead of the local toggle when several fields share one (new passphrase, typed twice). */
  visible?: boolean;
  /** Off for a field whose twin carries the toggle. */
  withToggle?: boolean;
};

/**
 * A passphrase field with a Show button beside it: typing a long passphrase blind is how
 * people lock themselves out. The button is a real toggle (`aria-pressed`) and does not take
 * focus on a click, so the caret stays where it was.
 */
export const PasswordInput = forwardRef<HTMLInputElement, Props>(function PasswordInput(
  { visible, withToggle = true, className, ...input },
  ref,
) {
  const [shown, setShown] = useState(false);
  const isShown = visible ?? shown;
  return (
    <div className={`password-input${className ? ` ${className}` : ''}`}>
      <input
        ref={ref}
        {...input}
        type={isShown ? 'text' : 'password'}
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
      />
      {withToggle && visible === undefined && (
        <button
          type="button"
          className="reveal"
          // The name stays "Show" with a pressed state, so the field's label stays the only
          // thing called "Passphrase" on the screen.
          aria-pressed={shown}
          aria-controls={input.id}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => setShown(!shown)}
        >
          Show
        </button>
      )}
    </div>
  );
});
