/** Strings of the tallies area, English and Spanish side by side. */
const en = {};

export type TalliesMessages = typeof en;

const es: TalliesMessages = {};

export const tallies = { en, es };
