/**
 * An embedded view tells the page around it how tall it is, so the host can size the
 * <iframe> without scrollbars: window.parent receives { type: "venezuela-2024:height", height }.
 * Only a number is sent, so any host may listen.
 */
import { useEffect } from "react";

export const HEIGHT_MESSAGE = "venezuela-2024:height";

export function useReportHeight() {
  useEffect(() => {
    if (window.parent === window) return;
    let last = 0;
    const report = () => {
      const height = Math.ceil(document.documentElement.scrollHeight);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, "*");
    };
    report();
    const observer = new ResizeObserver(report);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
}
