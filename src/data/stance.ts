/**
 * Stance labels, coding rules and colours: the one map that the map, legend, badges and
 * charts all read, so a stance looks and reads the same everywhere.
 */
import type { StanceId } from "./schemas";

export const STANCE_IDS = [
  "recognizes-maduro",
  "recognizes-gonzalez",
  "rejects-result",
  "demands-records",
] as const satisfies readonly StanceId[];

export const stanceMeta = {
  "recognizes-maduro": {
    label: "Recognizes Maduro",
    verb: "recognize Maduro",
    rule: "Congratulated Maduro or accepted the CNE's declaration that he won.",
    fill: "var(--color-stance-maduro)",
    swatch: "bg-stance-maduro",
  },
  "recognizes-gonzalez": {
    label: "Recognizes González",
    verb: "recognize González",
    rule: "Said that Edmundo González won the election or called him president-elect.",
    fill: "var(--color-stance-gonzalez)",
    swatch: "bg-stance-gonzalez",
  },
  "rejects-result": {
    label: "Rejects the CNE result",
    verb: "reject the CNE result",
    rule: "Refused to recognize the CNE's result without recognizing González as the winner.",
    fill: "var(--color-stance-rejects)",
    swatch: "bg-stance-rejects",
  },
  "demands-records": {
    label: "Asks for the tally sheets",
    verb: "ask for the tally sheets",
    rule: "Asked for the tally sheets or a verification before accepting any result.",
    fill: "var(--color-stance-records)",
    swatch: "bg-stance-records",
  },
} as const satisfies Record<
  StanceId,
  { label: string; verb: string; rule: string; fill: string; swatch: string }
>;

export const NO_POSITION = {
  label: "No recorded position",
  rule: "No statement by this country is in the data.",
  fill: "var(--color-stance-none)",
  swatch: "bg-stance-none",
} as const;

export function isStanceId(value: string): value is StanceId {
  return (STANCE_IDS as readonly string[]).includes(value);
}
