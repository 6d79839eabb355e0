/** Strings of the timeline area, English and Spanish side by side. */
const en = {};

export type TimelineMessages = typeof en;

const es: TimelineMessages = {};

export const timeline = { en, es };
