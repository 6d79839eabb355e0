/**
 * Figures the fact sheet lists as printed differently, whose pages could not be quoted: named
 * with the reason, folded, so a reader knows they exist and why they are not shown as claims.
 */
import type { NotShownFigure } from "../../data/schemas";
import { useI18n } from "../../i18n/i18n";
import { Disclosure } from "./disclosure";
import { useTallyWords } from "./words";

export function NotShown({ figures }: { figures: readonly NotShownFigure[] }) {
  const { text } = useI18n();
  const m = useTallyWords().notShown;
  if (figures.length === 0) return null;
  return (
    <Disclosure
      className="mt-4 text-sm"
      summary={<span className="font-medium">{m.summary(figures.length)}</span>}
    >
      <p className="mt-2 text-slate-700">{m.intro}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {figures.map((figure) => (
          <li key={`${figure.topic.en}-${figure.value.en}`}>
            <span className="font-medium">{text(figure.topic)}:</span> {text(figure.value)}.{" "}
            {text(figure.reason)}
          </li>
        ))}
      </ul>
    </Disclosure>
  );
}
