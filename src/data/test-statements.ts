/** A stance statement for the selectors' tests: only what they read is chosen, the rest is filler. */
import type { StanceStatement } from "./schemas";

export const statement = (
  id: string,
  actor: string,
  stance: StanceStatement["stance"],
  date: string,
  publisher = "x",
): StanceStatement => ({
  id,
  actor,
  stance,
  date,
  claimant: "x",
  summary: { en: `Statement ${id}`, es: `Declaración ${id}` },
  citations: [
    { publisher, title: "t", url: "https://example.org/", date: "2024-07-30", quote: "q", quoteLang: "en" },
  ],
});
