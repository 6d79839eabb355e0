/**
 * Which timeline entries are open. An entry is closed unless the reader opened it, or it is
 * the selected one (a deep link opens it), or a search found it (the match may be in the text
 * a closed entry hides), or the reader asked to open all. A reader's own choice on an entry
 * wins over those. Printing opens everything: a printout has no buttons to press.
 */
import { useCallback, useState } from "react";
import { usePrinting } from "../../components/use-printing";

export function useOpenEntries({ selected, searching }: { selected: string | null; searching: boolean }) {
  const [all, setAll] = useState(false);
  const [choices, setChoices] = useState<ReadonlyMap<string, boolean>>(() => new Map());
  const printing = usePrinting();
  const onToggle = useCallback(
    (id: string, open: boolean) => setChoices((before) => new Map(before).set(id, open)),
    [],
  );
  const setAllOpen = useCallback((open: boolean) => {
    setAll(open);
    setChoices(new Map());
  }, []);
  const isOpen = (id: string) => printing || (choices.get(id) ?? (all || searching || id === selected));
  return { isOpen, onToggle, allOpen: all, setAllOpen, printing };
}
