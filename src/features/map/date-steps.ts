/** Day arithmetic for the date control, on ISO dates in UTC so no time zone shifts a day. */
const DAY = 86_400_000;
const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export const daysBetween = (from: string, to: string) => Math.round((toTime(to) - toTime(from)) / DAY);
export const addDays = (iso: string, days: number) =>
  new Date(toTime(iso) + days * DAY).toISOString().slice(0, 10);

/** The next (dir 1) or previous (dir -1) change date from `current`, or `current` at either end. */
export function stepChange(changes: readonly string[], current: string, dir: 1 | -1): string {
  if (dir === 1) return changes.find((d) => d > current) ?? current;
  return [...changes].reverse().find((d) => d < current) ?? current;
}
