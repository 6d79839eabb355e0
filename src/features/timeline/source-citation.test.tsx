import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Citation } from "../../data/schemas";
import { I18nProvider, type Lang } from "../../i18n/i18n";
import { SourceCitation } from "./source-citation";
import { cite } from "./test-data";

const quote = "Wir fordern die Veröffentlichung der Wahlprotokolle";
const showCitation = (lang: Lang, extra: Partial<Citation>) =>
  render(
    <I18nProvider lang={lang}>
      <SourceCitation citation={cite("news-a", quote, { quoteLang: "de", ...extra })} publisher={undefined} />
    </I18nProvider>,
  );

describe("a citation's translation", () => {
  it("shows this site's translation into the page's language beside the original", () => {
    showCitation("es", {
      translation: {
        en: "We call for the tally sheets to be published",
        es: "Pedimos que se publiquen las actas",
      },
    });
    expect(screen.getByText(quote)).toBeInTheDocument();
    expect(screen.getByText("Traducción de este sitio:")).toBeInTheDocument();
    expect(screen.getByText("Pedimos que se publiquen las actas")).toBeInTheDocument();
    expect(screen.queryByText(/We call for/)).not.toBeInTheDocument();
  });

  it("shows the other language's translation, saying which language it is in, when only that one exists", () => {
    showCitation("es", { translation: { en: "We call for the tally sheets to be published" } });
    expect(screen.getByText(quote)).toBeInTheDocument();
    expect(screen.getByText("Traducción al inglés de este sitio:")).toBeInTheDocument();
    expect(screen.getByText("We call for the tally sheets to be published")).toHaveAttribute("lang", "en");
  });

  it("in English, names a Spanish translation as Spanish", () => {
    showCitation("en", { translation: { es: "Pedimos que se publiquen las actas" } });
    expect(screen.getByText("This site's Spanish translation:")).toBeInTheDocument();
    expect(screen.getByText("Pedimos que se publiquen las actas")).toHaveAttribute("lang", "es");
  });

  it("shows no translation of a quote in the page's language", () => {
    showCitation("es", { quoteLang: "es", translation: { en: "We call for the tally sheets" } });
    expect(screen.getByText(quote)).toBeInTheDocument();
    expect(screen.queryByText(/Traducción/)).not.toBeInTheDocument();
  });
});
