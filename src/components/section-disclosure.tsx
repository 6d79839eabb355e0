/**
 * A section closed until asked for: its heading holds the button that opens it (the
 * accordion pattern), so the heading stays a heading for readers who move by headings, which a
 * heading inside a <summary> does not in every screen reader. Like Disclosure, the contents
 * exist only while open: what they repeat of the figures on screen (a quote, a worked sum) is
 * not found twice by find-in-page or by a test. Printing opens it: a printout has no button.
 */
import { useId, useState, type ReactNode } from "react";
import { usePrinting } from "./use-printing";

export function SectionDisclosure({
  title,
  aside,
  children,
  initiallyOpen = false,
  level = "h4",
}: {
  /** The heading's level in the page's outline. */
  level?: "h3" | "h4";
  title: string;
  /** Shown beside the heading while closed too: a "sources differ" marker is never hidden. */
  aside?: ReactNode;
  children: ReactNode;
  /** Open while nothing else is chosen (a selection inside it, a failed check); the reader's own choice wins. */
  initiallyOpen?: boolean;
}) {
  // Derived, not synced: `initiallyOpen` may change (a body selected from the timeline) and is
  // followed until the reader presses the button.
  const [choice, setChoice] = useState<boolean | null>(null);
  const printing = usePrinting();
  const open = printing || (choice ?? initiallyOpen);
  const Heading = level;
  const id = useId();
  return (
    <div className="text-sm">
      <div className="flex flex-wrap items-center gap-x-2">
        <Heading className="font-semibold">
          <button
            type="button"
            aria-expanded={open}
            aria-controls={id}
            onClick={() => setChoice(!open)}
            className="flex min-h-11 items-center gap-1 text-left hover:underline focus-visible:outline-2 focus-visible:outline-slate-800 sm:min-h-8"
          >
            <span aria-hidden="true">{open ? "▾" : "▸"}</span>
            {title}
          </button>
        </Heading>
        {aside}
      </div>
      <div id={id} hidden={!open}>
        {open ? children : null}
      </div>
    </div>
  );
}
