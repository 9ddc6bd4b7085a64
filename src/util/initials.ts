// Initials only: free text here could carry a patient's name into the store and the morning report.
const INITIALS = /^\p{L}{1,6}$/u;

// Why: a hand mark's optional initials, upper-cased; undefined when none were given, null when what was given is not initials.
export function parseInitials(value: string | undefined): string | undefined | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return undefined;
  return INITIALS.test(trimmed) ? trimmed.toUpperCase() : null;
}
