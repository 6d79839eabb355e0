/**
 * The ISO alpha-3 codes the 110m world-atlas map draws: the data check demands that every
 * country actor is one of them, and the synthetic dataset picks its countries from them.
 */
import countries from "i18n-iso-countries";
import world from "world-atlas/countries-110m.json" with { type: "json" };

export function mapCodes(): Set<string> {
  const geometries = (world as { objects: { countries: { geometries: { id?: string }[] } } }).objects
    .countries.geometries;
  return new Set(
    geometries.flatMap((g) =>
      g.id ? [countries.numericToAlpha3(g.id)].filter((c): c is string => !!c) : [],
    ),
  );
}
