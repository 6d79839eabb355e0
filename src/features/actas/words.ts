/** The panel's strings in the reader's language (i18n/messages/actas.ts, in this chunk), with the shared i18n. */
import { useI18n } from "../../i18n/i18n";
import { actasMessages } from "../../i18n/messages/actas";

export function useWords() {
  const i18n = useI18n();
  return { ...i18n, w: actasMessages[i18n.lang] };
}

export type Words = ReturnType<typeof useWords>;

/** A computed share: one decimal, never more precise than the arithmetic warrants. */
export const shareText = (f: Words["f"], value: number) => f.percent(value, 1);

/** A computed margin in points, one decimal, with the leader's name ("González +23.4"). */
export function marginText({ f, w }: Words, margin: number): string {
  if (margin === 0) return w.table.tied;
  const points = f.decimal(Math.abs(margin), 1);
  return w.table.lead(margin > 0 ? "González" : "Maduro", points);
}
