/**
 * The codebook's rules, in both languages, apart from the catalogs: they are read only when a
 * reader opens "How statements are coded" under the legend, so they load then, in their own
 * chunk, instead of weighing on the first paint. The title stays in the catalogs (map.legend).
 */
import type { Lang } from "../../data/vocabulary";

export const codebookRules: Record<Lang, string[]> = {
  en: [
    "A stance is what the actor itself said, as a cited page quotes it. A news outlet's list or count of countries is coded as that outlet's claim, and names it as who said it.",
    "Every citation on a stance supports that stance; a page that supports another one is cited on a record of its own, with its own date.",
    'A statement that makes recognition depend on a verification ("we will not recognise any result that is not verifiable") asks for the tally sheets.',
    "A statement made before the CNE announced any result is a warning, not a stance on the result: it is on the timeline, not on the map.",
    "A statement that only waits for Venezuela's own institutions, or receives the result with doubts, without rejecting it or asking for the tally sheets, takes no side: it is on the timeline, and the map keeps the actor's last stance.",
    "After Maduro's capture on 3 January 2026: recognizing the interim government headed by Delcy Rodríguez is a stance of its own; saying that González won in 2024 or is the legitimate president recognizes González; saying only that Maduro's mandate lacked legitimacy rejects the CNE result.",
    "A statement that only repeats that Maduro is not legitimate, by a government that had recognized González, does not withdraw that recognition: it is on the timeline, and the map keeps the recognition.",
    "On or after 3 January 2026, a government whose last statement is older keeps that stance on the map, marked in the details, the table and the tooltip as a statement from before the change of government.",
  ],
  es: [
    "Una posición es lo que dijo el propio actor, tal como lo cita una página enlazada. La lista o el recuento de países de un medio se codifica como afirmación de ese medio, que figura como autor.",
    "Cada cita de una posición respalda esa posición; una página que respalda otra se cita en un registro propio, con su propia fecha.",
    "Una declaración que supedita el reconocimiento a una verificación («no reconoceremos ningún resultado que no sea verificable») pide las actas.",
    "Una declaración hecha antes de que el CNE anunciara resultado alguno es una advertencia, no una posición sobre el resultado: figura en la cronología, no en el mapa.",
    "Una declaración que solo espera a las instituciones de Venezuela, o recibe el resultado con dudas, sin rechazarlo ni pedir las actas, no toma partido: figura en la cronología, y el mapa mantiene la última posición del actor.",
    "Tras la captura de Maduro el 3 de enero de 2026: reconocer al gobierno interino encabezado por Delcy Rodríguez es una posición propia; decir que González ganó en 2024 o que es el presidente legítimo reconoce a González; decir solo que el mandato de Maduro carecía de legitimidad rechaza el resultado del CNE.",
    "Una declaración que solo repite que Maduro no es legítimo, de un gobierno que había reconocido a González, no retira ese reconocimiento: figura en la cronología, y el mapa mantiene el reconocimiento.",
    "Desde el 3 de enero de 2026, un gobierno cuya última declaración es anterior mantiene esa posición en el mapa, señalada en los detalles, la tabla y la información emergente como una declaración anterior al cambio de gobierno.",
  ],
};
