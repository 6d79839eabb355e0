import { describe, expect, it } from "vitest";
import { hasReadableSlug } from "./integrity";

describe("hasReadableSlug", () => {
  it.each([
    ["https://pledgetimes.com/maduro-wins-with-51-of-the-votes/", true],
    ["https://www.adn40.mx/internacional/venezuela-resultados-edmundo-gonzalez-vencio-nicolas-maduro", true],
    [
      "https://elimpulso.com/2024/09/02/tribunal-emite-la-orden-de-aprehension-contra-edmundo-gonzalez-2sep",
      true,
    ],
    ["https://example.org/noticia/elecci%C3%B3n-en-venezuela", true],
    ["https://tass.com/world/1824803", false],
    ["https://latin-american.news/?p=275845", false],
    ["https://www.trtworld.com:443/article/18252517", false],
    ["https://euro.dayfr.com/today/2609437.html", false],
    ["https://news.barelyhuman.xyz/item/41124885?rootId=41123155", false],
    ["not a link", false],
  ])("%s → %s", (url, expected) => expect(hasReadableSlug(url)).toBe(expected));
});
