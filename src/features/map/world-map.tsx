/**
 * The world map: the only importer of react-simple-maps and of the TopoJSON, loaded lazily
 * so neither weighs on the first paint. Colours come from stanceMeta; every coloured country
 * is a button named "<country>: <stance>", so colour is never the only signal.
 */
import { useEffect, useState, type KeyboardEvent, type MouseEvent } from "react";
import { ComposableMap, Geographies, Geography } from "react-simple-maps/core";
import type { GeoJsonObject } from "geojson";
import world from "world-atlas/countries-110m.json";
import { alpha3FromNumeric } from "../../data/country-names";
import { NO_POSITION, STANCE_IDS, stanceMeta } from "../../data/stance";
import { useI18n } from "../../i18n/i18n";
import { accessibleName, type StanceEntry } from "./stance-model";
import { SUBJECT_FILL, viaPatternId } from "./map-style";

// react-simple-maps accepts a Topology at run time; passing it raw (not converted) keeps
// its per-render JSON.stringify cheap (stack notes, pitfall 4).
const geography = world as unknown as GeoJsonObject;

export interface WorldMapProps {
  entries: ReadonlyMap<string, StanceEntry>;
  selected: ReadonlySet<string>;
  onSelect: (id: string, additive: boolean) => void;
  /** A tap or click on the sea or on a country without a record closes the details. */
  onDismiss: () => void;
  summaryId: string;
  blocName: (id: string) => string;
}

/** Rendered with the shapes: marks the moment every country is drawn with its fill. */
function ReadyMark() {
  useEffect(() => {
    performance.mark("map-ready");
  }, []);
  return null;
}

interface Tip {
  x: number;
  y: number;
  text: string;
}

export default function WorldMap({
  entries,
  selected,
  onSelect,
  onDismiss,
  summaryId,
  blocName,
}: WorldMapProps) {
  const { t, f, actorName } = useI18n();
  const [tip, setTip] = useState<Tip | null>(null);

  const showTip = (event: MouseEvent<SVGPathElement>, text: string) => {
    const box = event.currentTarget.ownerSVGElement?.parentElement?.getBoundingClientRect();
    if (box) setTip({ x: event.clientX - box.left, y: event.clientY - box.top, text });
  };

  return (
    // A pointer convenience only: keyboard users close the details with their Close button or
    // Escape, and the countries themselves are real buttons.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      className="relative"
      onMouseLeave={() => setTip(null)}
      onKeyDown={(e) => {
        if (e.key === "Escape" && selected.size > 0) onDismiss();
      }}
      onClick={(e) => {
        // Only clicks that no country button handled: the sea, or a country without a record.
        if (!(e.target instanceof Element) || e.target.getAttribute("role") !== "button") {
          setTip(null);
          if (selected.size > 0) onDismiss();
        }
      }}
    >
      <ComposableMap
        projection="geoEqualEarth"
        projectionConfig={{ scale: 147 }}
        width={800}
        height={400}
        className="h-auto w-full"
        role="group"
        aria-label={t.map.worldMap}
        aria-describedby={summaryId}
      >
        <defs>
          {STANCE_IDS.map((id) => (
            <pattern
              key={id}
              id={viaPatternId(id)}
              patternUnits="userSpaceOnUse"
              width="5"
              height="5"
              patternTransform="rotate(45)"
            >
              <rect width="5" height="5" fill="#ffffff" />
              <rect width="2.5" height="5" style={{ fill: stanceMeta[id].fill }} />
            </pattern>
          ))}
        </defs>
        <Geographies geography={geography}>
          {({ geographies }) => [
            <ReadyMark key="ready" />,
            ...geographies.map((geo) => {
              const code = alpha3FromNumeric(geo.id as string | undefined);
              const entry = code ? entries.get(code) : undefined;
              const geoName = (geo.properties as { name?: string }).name ?? "";
              const name = entry?.name ?? (code ? actorName(code, geoName) : geoName);
              if (code === "VEN") {
                return (
                  <Geography
                    key={geo.rsmKey}
                    geography={geo}
                    tabIndex={-1}
                    role="img"
                    aria-label={t.map.subject}
                    style={{ fill: SUBJECT_FILL }}
                    className="stroke-white stroke-[0.5] outline-none"
                    onMouseMove={(e: MouseEvent<SVGPathElement>) => showTip(e, t.map.subject)}
                  />
                );
              }
              if (!entry || !entry.matches) {
                return (
                  <Geography
                    key={geo.rsmKey}
                    geography={geo}
                    tabIndex={-1}
                    aria-hidden="true"
                    style={{ fill: NO_POSITION.fill }}
                    className="stroke-white stroke-[0.5] outline-none"
                    onMouseMove={(e: MouseEvent<SVGPathElement>) =>
                      showTip(e, `${name}: ${entry ? t.map.hiddenByFilter : t.stances.none.label}`)
                    }
                  />
                );
              }
              const label = accessibleName(t, entry, entry.via ? blocName(entry.via) : undefined);
              const tipText = t.map.tip(label, f.date(entry.since));
              const isSelected = selected.has(entry.id);
              const choose = (additive: boolean) => onSelect(entry.id, additive);
              return (
                <Geography
                  key={geo.rsmKey}
                  geography={geo}
                  role="button"
                  aria-label={label}
                  aria-pressed={isSelected}
                  style={{
                    fill: entry.via ? `url(#${viaPatternId(entry.stance)})` : stanceMeta[entry.stance].fill,
                  }}
                  className={`cursor-pointer outline-none hover:opacity-80 focus-visible:stroke-black focus-visible:stroke-2 ${
                    isSelected ? "stroke-black stroke-[1.5]" : "stroke-white stroke-[0.5]"
                  }`}
                  onMouseMove={(e: MouseEvent<SVGPathElement>) => showTip(e, tipText)}
                  onFocus={() => setTip({ x: 8, y: 8, text: tipText })}
                  onBlur={() => setTip(null)}
                  onClick={(e: MouseEvent<SVGPathElement>) => choose(e.shiftKey || e.metaKey || e.ctrlKey)}
                  onKeyDown={(e: KeyboardEvent<SVGPathElement>) => {
                    if (e.key === "Enter" || e.key === " ") {
                      e.preventDefault();
                      choose(e.shiftKey);
                    }
                  }}
                />
              );
            }),
          ]}
        </Geographies>
      </ComposableMap>
      {tip ? (
        <div
          aria-hidden="true"
          className="pointer-events-none absolute z-10 max-w-60 rounded bg-slate-900 px-2 py-1 text-xs text-white shadow"
          style={{ left: Math.min(tip.x + 12, 560), top: tip.y + 12 }}
        >
          {tip.text}
        </div>
      ) : null}
    </div>
  );
}
