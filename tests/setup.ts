import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";
import { loadLanguage } from "../src/i18n/i18n";

// The Spanish catalog is a lazy chunk in the app; tests that build Spanish text directly
// (makeI18n("es")) need it loaded first. The browser tests load it the app's way.
await loadLanguage("es");

// With vitest `globals: false`, Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

// The counts and the timeline are lazy chunks; the first test in a file waits for Vite to
// transform them. findBy* may wait up to 10 s for that (a wait, not a speed goal).
configure({ asyncUtilTimeout: 10_000 });
