import { describe, expect, it } from "vitest";
import { formatters } from "./format";

describe("dates", () => {
  // Written by hand for speed; they must read exactly as Intl would write them.
  const intl = {
    en: new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    }),
    es: new Intl.DateTimeFormat("es-VE", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  };

  for (const lang of ["en", "es"] as const) {
    it(`read as Intl writes them in ${lang}, every month, one- and two-digit days`, () => {
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 7, 28]) {
          const iso = `2024-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          expect(formatters(lang).date(iso), iso).toBe(intl[lang].format(new Date(`${iso}T00:00:00Z`)));
        }
      }
    });
  }

  it("keep the article's dates as the page shows them", () => {
    expect(formatters("en").date("2024-07-28")).toBe("28 Jul 2024");
    expect(formatters("es").date("2024-08-07")).toBe("7 de agosto de 2024");
    expect(formatters("es").dateWithPrecision("2024-08-07", "by")).toBe(
      "a más tardar el 7 de agosto de 2024",
    );
  });

  it("leave anything that is not a calendar date as it is", () => {
    expect(formatters("en").date("2024-13-01")).toBe("2024-13-01");
    expect(formatters("en").date("soon")).toBe("soon");
  });
});
