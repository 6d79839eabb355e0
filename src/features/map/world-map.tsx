/**
 * The world map: the only importer of react-simple-maps and of the country shapes, loaded
 * lazily so neither weighs on the first paint. The shapes come projected already
 * (world-shapes.json, made by scripts/world-shapes.ts): each is drawn by react-simple-maps'
 * Geography from its path, with no projecting or TopoJSON decoding on the reader's phone.
 * Colours come from stanceMeta; every coloured country is a button named "<country>:
 * <stance>", so colour is never the only signal.
 */
import { useEffect, useState, type ComponentProps, type CSSProperties, type MouseEvent } from "react";
import { ComposableMap, Geography } from "react-simple-maps/core";
import { NO_POSITION, stanceMeta } from "../../data/stance";
import { STANCE_IDS } from "../../data/vocabulary";
import { useI18n } from "../../i18n/i18n";
import { accessibleName, type StanceEntry } from "./stance-model";
import { settleMap } from "./map-first";
import { SUBJECT_FILL, viaPatternId } from "./map-style";
import world from "./world-shapes.json";

type GeographyShape = ComponentProps<typeof Geography>["geography"];

// Geography draws `svgPath` and reads nothing else; the rest only satisfies its Feature type.
const SHAPES = world.shapes.map((shape, i) => {
  const geography: GeographyShape = {
    type: "Feature",
    geometry: { type: "GeometryCollection", geometries: [] },
    properties: {},
    rsmKey: `geo-${i}`,
    svgPath: shape.d,
  };
  return { code: shape.id, name: shape.name, geography };
});

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
    settleMap();
  }, []);
  return null;
}

interface Tip {
  x: number;
  y: number;
  text: string;
}

// One style object per fill, so react-simple-maps' memoised Geography sees unchanged props and
// skips the shapes whose stance did not change (a click or a date step redraws a handful, not all 180).
const styles = new Map<string, CSSProperties>();
const styleOf = (fill: string) => {
  let style = styles.get(fill);
  if (!style) styles.set(fill, (style = { fill }));
  return style;
};

const SHAPE = "stroke-white stroke-[0.5] outline-none";
const BUTTON =
  "cursor-pointer outline-none hover:opacity-80 focus-visible:stroke-black focus-visible:stroke-2";

/** The country shape an event happened on, if any (events are handled once, on the wrapper). */
const shapeOf = (target: EventTarget) =>
  target instanceof Element ? target.closest<SVGPathElement>("path[data-tip]") : null;

export default function WorldMap({
  entries,
  selected,
  onSelect,
  onDismiss,
  summaryId,
  blocName,
}: WorldMapProps) {
  const { lang, t, f, actorName } = useI18n();
  const [tip, setTip] = useState<Tip | null>(null);

  const showTip = (event: MouseEvent<HTMLDivElement>) => {
    const shape = shapeOf(event.target);
    const box = event.currentTarget.getBoundingClientRect();
    const text = shape?.dataset.tip;
    setTip(text ? { x: event.clientX - box.left, y: event.clientY - box.top, text } : null);
  };
  const choose = (shape: SVGPathElement | null, additive: boolean) => {
    const id = shape?.getAttribute("role") === "button" ? shape.dataset.id : undefined;
    if (id) onSelect(id, additive);
    return id !== undefined;
  };

  return (
    // The countries are real buttons (role, name, Enter and Space); their events are handled
    // here once instead of by 180 sets of handlers. A click on the sea closes the details, a
    // pointer convenience: keyboard users have the Close button and Escape.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      className="relative"
      onMouseMove={showTip}
      onMouseLeave={() => setTip(null)}
      onFocus={(e) => {
        const text = shapeOf(e.target)?.dataset.tip;
        if (text) setTip({ x: 8, y: 8, text });
      }}
      onBlur={() => setTip(null)}
      onKeyDown={(e) => {
        if (e.key === "Escape" && selected.size > 0) onDismiss();
        if ((e.key === "Enter" || e.key === " ") && choose(shapeOf(e.target), e.shiftKey)) e.preventDefault();
      }}
      onClick={(e) => {
        if (choose(shapeOf(e.target), e.shiftKey || e.metaKey || e.ctrlKey)) return;
        setTip(null);
        if (selected.size > 0) onDismiss();
      }}
    >
      <ComposableMap
        width={world.width}
        height={world.height}
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
        <ReadyMark />
        {SHAPES.map(({ code, name: atlasName, geography: geo }) => {
          const entry = code ? entries.get(code) : undefined;
          // The atlas names its shapes in English; another language takes Intl's name for the code.
          const name = entry?.name ?? (code && lang !== "en" ? actorName(code) : atlasName);
          if (code === "VEN") {
            return (
              <Geography
                key={geo.rsmKey}
                geography={geo}
                tabIndex={-1}
                role="img"
                aria-label={t.map.subject}
                data-tip={t.map.subject}
                style={styleOf(SUBJECT_FILL)}
                className={SHAPE}
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
                data-tip={`${name}: ${entry ? t.map.hiddenByFilter : t.stances.none.label}`}
                style={styleOf(NO_POSITION.fill)}
                className={SHAPE}
              />
            );
          }
          const label = accessibleName(t, entry, entry.via ? blocName(entry.via) : undefined);
          const isSelected = selected.has(entry.id);
          return (
            <Geography
              key={geo.rsmKey}
              geography={geo}
              role="button"
              aria-label={label}
              aria-pressed={isSelected}
              data-id={entry.id}
              data-tip={t.map.tip(label, f.date(entry.since), entry.predatesChange)}
              style={styleOf(
                entry.via ? `url(#${viaPatternId(entry.stance)})` : stanceMeta[entry.stance].fill,
              )}
              className={`${BUTTON} ${isSelected ? "stroke-black stroke-[1.5]" : "stroke-white stroke-[0.5]"}`}
            />
          );
        })}
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
