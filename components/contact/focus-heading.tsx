"use client";
import { useEffect, useRef } from "react";

/** The page's h1, focused on arrival so a screen reader announces the new page (after a form). */
export function FocusHeading({ children }: { children: React.ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
