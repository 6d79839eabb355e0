/** Map-only styling shared by the map and its legend, so the two always agree. */
import type { StanceId } from "../../data/schemas";

/** Venezuela is the subject of the dispute, not a country with a stance on it. */
export const SUBJECT_FILL = "var(--color-stance-subject)";

/** Members that take their bloc's stance are hatched in the stance colour. */
export const viaPatternId = (stance: StanceId) => `via-${stance}`;
