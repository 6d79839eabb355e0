/**
 * Free-text search. The URL stores the search trimmed, so the box keeps what is being typed
 * (a trailing space included) and follows the URL only when the URL changes from elsewhere:
 * Back, or "clear filters".
 */
import { useId, useState } from "react";
import { useI18n } from "../../i18n/i18n";

interface SearchBoxProps {
  q: string | null;
  onSearch: (q: string | null) => void;
}

const tidy = (text: string) => text.replace(/\s+/g, " ").trim();

export function SearchBox({ q, onSearch }: SearchBoxProps) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(q ?? "");
  const [seen, setSeen] = useState(q);
  if (q !== seen) {
    // Adjusting state while rendering, as React recommends, instead of an effect that syncs it.
    setSeen(q);
    if (tidy(text) !== (q ?? "")) setText(q ?? "");
  }
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {t.timeline.filters.search.label}
      </label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder={t.timeline.filters.search.placeholder}
        onChange={(e) => {
          setText(e.target.value);
          onSearch(tidy(e.target.value) || null);
        }}
        className="rounded border border-slate-400 px-2 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-blue-700"
      />
    </div>
  );
}
