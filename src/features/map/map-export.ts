/**
 * What the map's download buttons run, loaded on the first click: the CSV rows and the
 * picture code are not needed to show the map, so they stay out of the first paint.
 */
export { downloadCsv } from "../../components/download";
export { savePng, saveSvg } from "../../components/svg-image";
export { mapCsv } from "./csv-rows";
export { mapPicture } from "./export-image";
