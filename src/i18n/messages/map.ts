/** Strings of the map area, English and Spanish side by side. */
const en = {};

export type MapMessages = typeof en;

const es: MapMessages = {};

export const map = { en, es };
