/**
 * The benchmark's baseline: a blank React page built with the dashboard's own React and Vite,
 * so every ratio in the bench compares the dashboard with the least a React page can cost.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <main>
        <h1>Blank page</h1>
        <p>The benchmark&apos;s baseline: React and nothing else.</p>
      </main>
    </StrictMode>,
  );
}
