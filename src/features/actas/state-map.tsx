/**
 * Venezuela's states coloured by González's margin over Maduro on the sheets. Each state with
 * sheets is a link (Tab reaches it, Enter follows it) named "<State>: González N%, Maduro N%
 * (N tally sheets)", so colour is never the only signal; the table below is its alternative.
 * The shapes come projected and simplified by the build (venezuela-states.json).
 */
import { useState } from "react";
import type { ActasStatesFile, VenezuelaStatesFile } from "../../data/actas-schemas";
import { sharesOf } from "./area-model";
import { followLink } from "./breadcrumbs";
import { binOf, NO_DATA } from "./margin-scale";
import { STATE_MAP_ID } from "./state-map-downloads";
import { shareText, useWords, type Words } from "./words";

interface StateMapProps {
  shapes: VenezuelaStatesFile;
  states: ActasStatesFile;
  /** The state on screen, if any: outlined. */
  selected: string | null;
  hrefOf: (area: string) => string;
  onArea: (area: string) => void;
  titleId: string;
}

/** A state's name and figures, as its link and the hover line say them. */
export function stateLabel(
  words: Words,
  name: string,
  totals: ActasStatesFile["national"]["campaign"] | null,
) {
  const { w, f } = words;
  const shares = sharesOf(totals);
  if (!totals || !shares) return w.map.noSheets(name);
  const sheets = w.sheetsCount(totals.sheets, f.number(totals.sheets));
  return w.map.shape(name, shareText(f, shares.gonzalez), shareText(f, shares.maduro), sheets);
}

export function StateMap({ shapes, states, selected, hrefOf, onArea, titleId }: StateMapProps) {
  const words = useWords();
  const [hover, setHover] = useState<string | null>(null);
  const byCode = new Map(states.states.map((state) => [state.code, state]));
  const labelOf = (code: string | null, name: string) =>
    stateLabel(words, name, code ? (byCode.get(code)?.campaign ?? null) : null);
  return (
    <figure className="min-w-0">
      <svg
        id={STATE_MAP_ID}
        viewBox={`0 0 ${shapes.width} ${shapes.height}`}
        role="group"
        aria-labelledby={titleId}
        className="h-auto w-full"
        onPointerLeave={() => setHover(null)}
      >
        {/* The state on screen is drawn last, so its outline is not covered by its neighbours'. */}
        {[...shapes.shapes]
          .sort((a, b) => Number(a.code === selected) - Number(b.code === selected))
          .map((shape) => {
            const state = shape.code ? byCode.get(shape.code) : undefined;
            const shares = sharesOf(state?.campaign ?? null);
            const label = labelOf(shape.code, shape.name);
            const isSelected = shape.code !== null && shape.code === selected;
            // Inside a state, the others fade, so the one on screen stands out on a phone too
            // (the breadcrumbs and its link's "current" say the same in words).
            const faded = selected !== null && !isSelected ? "opacity-40" : "";
            const outline = isSelected ? "stroke-black stroke-[3]" : `stroke-white stroke-[0.8] ${faded}`;
            if (!shape.code || !shares) {
              return (
                <path
                  key={shape.name}
                  d={shape.d}
                  role="img"
                  aria-label={label}
                  className={`${NO_DATA.fill} ${outline}`}
                >
                  <title>{label}</title>
                </path>
              );
            }
            const code = shape.code;
            return (
              <a
                key={code}
                href={hrefOf(code)}
                aria-label={label}
                aria-current={isSelected ? "true" : undefined}
                data-view-link
                onClick={followLink(() => onArea(code))}
                onPointerEnter={() => setHover(label)}
                onFocus={() => setHover(label)}
                onBlur={() => setHover(null)}
                className="cursor-pointer outline-none [&:focus-visible>path]:stroke-black [&:focus-visible>path]:stroke-[3] [&:hover>path]:opacity-80"
              >
                <path d={shape.d} className={`${binOf(shares.margin).fill} ${outline}`} />
              </a>
            );
          })}
      </svg>
      {/* The figures of the state under the pointer or the focus; the link's name says the same. */}
      <figcaption aria-hidden="true" className="min-h-6 text-sm text-slate-800">
        {hover ?? words.w.map.hint}
      </figcaption>
    </figure>
  );
}
