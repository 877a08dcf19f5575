/** The ids of a field's unit, hint and message that exist, for aria-describedby. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}

/** The ids FieldNotes gives a field's hint and message, when they are shown. */
export function noteIds(id: string, hint?: string, message?: string): (string | false)[] {
  return [Boolean(hint) && `${id}-hint`, Boolean(message) && `${id}-error`];
}
