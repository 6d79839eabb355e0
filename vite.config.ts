/// <reference types="vitest/config" />
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// `base: "./"` makes every asset URL relative, so the same build works at a domain root
// and under a sub-path (GitHub Pages: https://user.github.io/repo/) without rebuilding.
export default defineConfig({
  base: "./",
  plugins: [react(), tailwindcss()],
  preview: { port: 4173, strictPort: true },
  test: {
    environment: "jsdom",
    setupFiles: ["./tests/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}", "tests/**/*.test.{ts,tsx}"],
    css: false,
    // Whole-app tests render the map's 177 shapes and every timeline entry in jsdom; on a
    // loaded 2-core machine that can pass 5 s. This is a hang guard, not a speed goal.
    testTimeout: 20_000,
  },
});
