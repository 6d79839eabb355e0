/** The Spanish catalog, its own chunk: English readers never download it. */
import type { Catalog } from "./catalog";
import { common } from "./messages/es/common";
import { map } from "./messages/es/map";
import { share } from "./messages/es/share";
import { timeline } from "./messages/es/timeline";

export const es: Catalog = { ...common, map, timeline, share };
