/** Strings of the share area, English and Spanish side by side. */
const en = {};

export type ShareMessages = typeof en;

const es: ShareMessages = {};

export const share = { en, es };
