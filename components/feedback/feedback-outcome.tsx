"use client";
import { useEffect, useRef } from "react";

/** Thank-you or "already answered": focus moves to the heading so the change is announced. */
export function FeedbackOutcome({ title, text }: { title: string; text: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    window.scrollTo({ top: 0 });
    ref.current?.focus();
  }, []);
  return (
    <div className="feedback-public">
      <h1 ref={ref} tabIndex={-1}>
        {title}
      </h1>
      <p>{text}</p>
    </div>
  );
}
