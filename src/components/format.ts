/** Numbers and dates formatted with Intl, never by hand. */
const numberFormat = new Intl.NumberFormat("en-US");
const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

export const formatVotes = (votes: number) => numberFormat.format(votes);

/** A printed percentage as the source printed it ("51.20" stays "51.20%"). */
export const formatShare = (share: string) => `${share}%`;

export function formatDate(iso: string): string {
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

const PRECISION_WORD = { on: "", by: "by ", about: "about " } as const;
export function formatDateWithPrecision(iso: string, precision: keyof typeof PRECISION_WORD = "on"): string {
  return `${PRECISION_WORD[precision]}${formatDate(iso)}`;
}
