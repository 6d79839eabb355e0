/// <reference types="vitest/config" />
import { createHash } from "node:crypto";
import { availableParallelism } from "node:os";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

/**
 * A strict Content-Security-Policy for the built page: scripts, styles, data and images from
 * the site's own origin only, no inline script but the one index.html carries (by its hash)
 * and no eval. Data text can never become code,
 * and no request can reach another host. (Only in the build: the dev server injects inline
 * scripts for hot reload.) `frame-ancestors` cannot be set from a meta tag; embeds rely on that.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/**
 * The policy for a page, with its inline scripts (index.html has one, which picks the static
 * shell's language before the first paint) allowed by their SHA-256 hashes: that exact text
 * may run, and no other inline script.
 */
export function policyFor(html: string): string {
  const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, code]) =>
      `'sha256-${createHash("sha256")
        .update(code ?? "")
        .digest("base64")}'`,
  );
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", ["script-src 'self'", ...hashes].join(" "));
}

function contentSecurityPolicy(): Plugin {
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml: (html) => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: policyFor(html) },
        injectTo: "head-prepend",
      },
    ],
  };
}

// `base: "./"` makes every asset URL relative, so the same build works at a domain root
// and under a sub-path (GitHub Pages: https://user.github.io/repo/) without rebuilding.
export default defineConfig({
  base: "./",
  plugins: [react(), tailwindcss(), contentSecurityPolicy()],
  preview: { port: 4173, strictPort: true },
  build: {
    // React, react-dom and scheduler in one chunk of their own, loaded with the entry. Without
    // this, Rolldown splits React and the English catalog out of the entry into several small
    // chunks as soon as a lazy panel imports some modules the entry also has (rolldown/rolldown
    // #10731, "module already loaded by the entry is emitted as a separate chunk"): 1.6 kB more
    // gzip before the first paint, measured with `npm run size:check` (105.1 kB against 103.5 kB).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
        },
      },
    },
  },
  test: {
    css: false,
    // Whole-app tests render the map's 180 shapes and the timeline's entries (about 160 since
    // the additions of issue 14) in jsdom; on a loaded 2-core machine one such test has taken
    // 21 s. This is a hang guard, not a speed goal: speed is the bench's business.
    testTimeout: 45_000,
    // Vitest leaves one core free by default; on a 2-core machine that is half of it idle.
    maxWorkers: availableParallelism(),
    // Pure functions run in Node, without a DOM to build for each file; what draws or
    // touches the document runs in jsdom.
    projects: [
      {
        extends: true,
        test: {
          name: "node",
          environment: "node",
          include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
          setupFiles: ["./tests/setup-i18n.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "dom",
          environment: "jsdom",
          include: ["src/**/*.test.tsx", "tests/**/*.test.tsx"],
          setupFiles: ["./tests/setup-i18n.ts", "./tests/setup.ts"],
        },
      },
    ],
  },
});
