/** Where the reader is: Venezuela › state › municipality › parish, each a link that steps back out. */
import type { MouseEvent } from "react";
import { areaPath } from "../../data/actas-codes";
import { useWords } from "./words";

interface BreadcrumbsProps {
  area: string | null;
  /** An area's name, or null while its file is on its way (the code stands in). */
  nameOf: (code: string) => string | null;
  hrefOf: (area: string | null) => string;
  onArea: (area: string | null) => void;
}

export function Breadcrumbs({ area, nameOf, hrefOf, onArea }: BreadcrumbsProps) {
  const { w } = useWords();
  const path = areaPath(area);
  const steps = [
    { code: null, name: w.country },
    ...path.map((code) => ({ code, name: nameOf(code) ?? code })),
  ];
  return (
    <nav aria-label={w.where} className="mb-3 text-sm">
      <ol className="flex flex-wrap items-center gap-x-1">
        {steps.map((step, i) => {
          const last = i === steps.length - 1;
          return (
            <li key={step.code ?? "country"} className="flex items-center gap-x-1">
              {i > 0 ? <span aria-hidden="true">›</span> : null}
              {last ? (
                <span aria-current="page" className="font-semibold">
                  {step.name}
                </span>
              ) : (
                <a
                  href={hrefOf(step.code)}
                  data-view-link
                  onClick={followLink(() => onArea(step.code))}
                  className="text-blue-800 underline"
                >
                  {step.name}
                </a>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** A click that the page handles itself; a click with a modifier opens the link as the browser would. */
export function followLink(onFollow: () => void) {
  return (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    onFollow();
  };
}
