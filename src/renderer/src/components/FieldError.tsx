/** A form's error line, announced to screen readers; nothing when there is no error. */
export function FieldError({ error }: { error: string | null }) {
  if (error === null || error === '') return null;
  return (
    <p role="alert" className="field-error">
      {error}
    </p>
  );
}
