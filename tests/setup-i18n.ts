import { loadLanguage } from "../src/i18n/i18n";

// The Spanish catalog is a lazy chunk in the app; tests that build Spanish text directly
// (makeI18n("es")) need it loaded first. The browser tests load it the app's way.
await loadLanguage("es");
