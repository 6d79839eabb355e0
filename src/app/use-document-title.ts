/** The browser tab and shared-link previews name the view: "Mexico — recognition of the 2024 …". */
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { dataFileQuery } from "../data/queries";
import { useI18n } from "../i18n/i18n";

export function useDocumentTitle(country: readonly string[]) {
  const { t, actorName } = useI18n();
  const actors = useQuery(dataFileQuery("actors")).data?.actors;
  const focus = country.map((id) => actorName(id, actors?.find((a) => a.id === id)?.name)).join(", ");
  const title = focus ? t.share.documentTitle(focus) : t.title;
  useEffect(() => {
    document.title = title;
  }, [title]);
}
