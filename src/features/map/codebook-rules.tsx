/** The codebook's rules, a chunk of their own: loaded when a reader opens them under the legend. */
import type { Lang } from "../../data/vocabulary";
import { codebookRules } from "../../i18n/messages/codebook";

export function CodebookRules({ lang }: { lang: Lang }) {
  return (
    <ul className="mt-1 list-disc space-y-1 pl-4">
      {codebookRules[lang].map((rule) => (
        <li key={rule}>{rule}</li>
      ))}
    </ul>
  );
}
