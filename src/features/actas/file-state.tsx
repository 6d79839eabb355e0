/**
 * What a part of the panel shows while its tally-sheet file is on its way or has failed: the
 * page's own loading and error messages (which file, in plain words, and Retry), in place of
 * that part alone, so the rest of the panel and the page keep working.
 */
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { LoadError, Loading } from "../../components/panel";

interface FileStateProps {
  /** What is loading, for the message ("the tally sheets"). */
  what: string;
  error: unknown;
  pending: boolean;
  onRetry: () => void;
  /** The file's query: after Retry, the box says it is loading again, in place. */
  file?: Pick<UseQueryResult, "isFetching" | "errorUpdateCount" | "failureCount">;
  children: ReactNode;
}

export function FileState({ what, error, pending, onRetry, file, children }: FileStateProps) {
  const failures = file?.isFetching ? file.failureCount : 0;
  const retrying = pending && !!file?.isFetching && file.errorUpdateCount > 0;
  if (error || retrying)
    return <LoadError error={error} what={what} onRetry={onRetry} retrying={retrying} failures={failures} />;
  if (pending) return <Loading what={what} failures={failures} />;
  return children;
}
