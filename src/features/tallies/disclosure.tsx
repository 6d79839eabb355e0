/**
 * A native <details> whose contents exist only while it is open. Quotes and worked sums
 * repeat the tally's figures; kept out of the page until asked for, each figure appears once,
 * so "find 6,408,844" (and every text query in the tests) lands on the table cell.
 */
import { useId, useState, type ReactNode } from "react";

interface DisclosureProps {
  summary: ReactNode;
  children: ReactNode;
  className?: string;
}

export function Disclosure({ summary, children, className }: DisclosureProps) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer">{summary}</summary>
      {open ? children : null}
    </details>
  );
}

/**
 * A card's section closed until asked for: its heading holds the button that opens it (the
 * accordion pattern), so the heading stays a heading for readers who move by headings, which a
 * heading inside a <summary> does not in every screen reader. Like Disclosure, the contents
 * exist only while open.
 */
export function SectionDisclosure({ title, children }: { title: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="text-sm">
      <h4 className="font-semibold">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
          className="flex min-h-11 items-center gap-1 text-left hover:underline focus-visible:outline-2 focus-visible:outline-slate-800 sm:min-h-8"
        >
          <span aria-hidden="true">{open ? "▾" : "▸"}</span>
          {title}
        </button>
      </h4>
      <div id={id} hidden={!open}>
        {open ? children : null}
      </div>
    </div>
  );
}
