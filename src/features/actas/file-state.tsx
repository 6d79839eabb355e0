/**
 * What a part of the panel shows while its tally-sheet file is on its way or has failed: the
 * page's own loading and error messages (which file, in plain words, and Retry), in place of
 * that part alone, so the rest of the panel and the page keep working.
 */
import type { ReactNode } from "react";
import { LoadError, Loading } from "../../components/panel";

interface FileStateProps {
  /** What is loading, for the message ("the tally sheets"). */
  what: string;
  error: unknown;
  pending: boolean;
  onRetry: () => void;
  children: ReactNode;
}

export function FileState({ what, error, pending, onRetry, children }: FileStateProps) {
  if (error) return <LoadError error={error} onRetry={onRetry} />;
  if (pending) return <Loading what={what} />;
  return children;
}
