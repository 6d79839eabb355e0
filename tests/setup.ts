import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// With vitest `globals: false`, Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

// The counts and the timeline are lazy chunks; the first test in a file waits for Vite to
// transform them. findBy* may wait up to 10 s for that (a wait, not a speed goal).
configure({ asyncUtilTimeout: 10_000 });
