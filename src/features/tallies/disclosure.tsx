/**
 * A native <details> whose contents exist only while it is open. Quotes and worked sums
 * repeat the tally's figures; kept out of the page until asked for, each figure appears once,
 * so "find 6,408,844" (and every text query in the tests) lands on the table cell.
 */
import { useState, type ReactNode } from "react";

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
