// The faces of the child's feedback form. Each face differs by its shape (mouth, brows; "en tiedä"
// has a wavy mouth and a dashed outline), not by colour, and is always shown with its word, so the
// picture only supports the text: aria-hidden.
import type { AnswerChoice } from "@/lib/feedback/questions.ts";

const MOUTHS: Record<AnswerChoice, string> = {
  "1": "M30 72 Q50 52 70 72", // very sad
  "2": "M32 70 Q50 62 68 70", // sad
  "3": "M32 66 L68 66", // in between
  "4": "M32 62 Q50 74 68 62", // happy
  "5": "M28 58 Q50 86 72 58 Z", // very happy, open smile
  skip: "M40 68 Q45 64 50 68 Q55 72 60 68", // unsure, wavy
};

export function Smiley({ choice }: { choice: AnswerChoice }) {
  const veryHappy = choice === "5";
  return (
    <svg className="smiley" viewBox="0 0 100 100" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg">
      <circle cx="50" cy="50" r="46" className={choice === "skip" ? "smiley-face unsure" : "smiley-face"} />
      {choice === "1" ? (
        <>
          <path d="M26 32 L42 38" className="smiley-line" />
          <path d="M74 32 L58 38" className="smiley-line" />
        </>
      ) : null}
      <circle cx="36" cy="44" r="5" className="smiley-eye" />
      <circle cx="64" cy="44" r="5" className="smiley-eye" />
      <path d={MOUTHS[choice]} className={veryHappy ? "smiley-mouth filled" : "smiley-mouth"} />
    </svg>
  );
}
