/** The centre a link names: its state's centres file, the centre in it, and where it is. */
import type { ActasStatesFile } from "../../data/actas-schemas";
import { areaName } from "./area-model";
import { CentreSheets } from "./centre-sheets";
import { FileState } from "./file-state";
import { useStateFile } from "./use-actas";
import { useWords } from "./words";

interface CentreViewProps {
  centre: string;
  states: ActasStatesFile;
  /** The reader closes the centre (focus then goes to the search). */
  onClose: () => void;
}

export function CentreView({ centre, states, onClose }: CentreViewProps) {
  const { w } = useWords();
  const state = centre.slice(0, 2);
  const centres = useStateFile("centres", state);
  const areas = useStateFile("areas", state);
  const found = centres.data?.centres.find((c) => c.code === centre);
  const place = [centre.slice(0, 6), centre.slice(0, 4), state]
    .map((code) => areaName(code, states, areas.data) ?? code)
    .join(", ");
  return (
    <FileState
      what={w.search.loading}
      error={centres.error}
      pending={!centres.data}
      onRetry={() => void centres.refetch()}
      file={centres}
    >
      {found ? (
        <CentreSheets centre={found} place={place} onClose={onClose} />
      ) : centres.data ? (
        <p className="mt-4 text-sm">{w.centre.notFound}</p>
      ) : null}
    </FileState>
  );
}
