interface FieldNotesProps {
  id: string;
  hint?: string | undefined;
  message?: string | undefined;
}

/** A field's hint and its validation message, each with the id the control's aria-describedby points at. */
export function FieldNotes({ id, hint, message }: FieldNotesProps) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field__hint muted">
          {hint}
        </p>
      )}
      {message && (
        <p id={`${id}-error`} className="field__error error-text">
          {message}
        </p>
      )}
    </>
  );
}
