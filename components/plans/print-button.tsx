"use client";

/** Opens the browser's print dialog for the print view (the toolbar itself is hidden in print). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {label}
    </button>
  );
}
