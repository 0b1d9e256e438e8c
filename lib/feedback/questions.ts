// The feedback questions, in one place. Each form version asks its own statements, taken from what
// seed 001 says families and workers gain from the joint meeting. The keys are stored in
// FeedbackAnswer.questionKey and feed the coordinator's figures, so they are stable identifiers:
// never rename or reuse a key; retire a question by removing it from the list, add new ones with new
// keys. The wording lives in the messages (feedback.questions.<key>).
import type { FeedbackRespondent } from "../db/generated/enums.ts";

/** The three form versions the chair can hand out (FeedbackRespondent.OTHER has no form). */
export const FEEDBACK_KINDS = ["PARENT", "CHILD", "PROFESSIONAL"] as const satisfies readonly FeedbackRespondent[];
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const FEEDBACK_QUESTIONS = {
  /** Huoltajat / vanhemmat */
  PARENT: [
    "solutions_found_early", // Ratkaisuja löydettiin varhaisessa vaiheessa.
    "right_experts_present", // Tarvittavat asiantuntijat olivat paikalla yhtä aikaa.
    "felt_heard", // Tulin kuulluksi.
    "whole_situation_clearer", // Tapaaminen auttoi hahmottamaan perheen kokonaistilannetta.
    "knows_next_steps", // Tiedän, mitä seuraavaksi tapahtuu.
  ],
  /** Lapsi: the child-friendly version with faces */
  CHILD: [
    "child_was_listened_to", // Minua kuunneltiin.
    "child_could_give_opinion", // Sain kertoa oman mielipiteeni.
    "child_good_to_take_part", // Oli hyvä olla mukana.
  ],
  /** Ammattilaiset */
  PROFESSIONAL: [
    "not_alone_with_concern", // En jäänyt yksin pohtimaan perheen tilannetta.
    "team_expertise_supported", // Sain tukea perhekeskustiimin osaamisesta.
    "avoided_duplicate_work", // Vältimme päällekkäistä työtä.
    "learned_others_expertise", // Opin tuntemaan muiden asiantuntijuutta.
    "right_people_present", // Oikeat ihmiset olivat paikalla.
  ],
} as const satisfies Record<FeedbackKind, readonly string[]>;

export type FeedbackQuestionKey = (typeof FEEDBACK_QUESTIONS)[FeedbackKind][number];

/** Every key of every version (unique across versions, so a key alone names its question). */
export const ALL_FEEDBACK_QUESTION_KEYS: readonly FeedbackQuestionKey[] = FEEDBACK_KINDS.flatMap((k) => FEEDBACK_QUESTIONS[k]);

/** Only the grown-ups' versions have a free comment; the child's version is faces only. */
export function hasComment(kind: FeedbackKind): boolean {
  return kind !== "CHILD";
}

export function isFeedbackKind(value: string): value is FeedbackKind {
  return (FEEDBACK_KINDS as readonly string[]).includes(value);
}

/** The answer choices: a score 1–5, or "skip" (en osaa sanoa), which stores no answer. */
export const SCORE_CHOICES = ["1", "2", "3", "4", "5"] as const;
export const SKIP_CHOICE = "skip";
export const ANSWER_CHOICES = [...SCORE_CHOICES, SKIP_CHOICE] as const;
export type AnswerChoice = (typeof ANSWER_CHOICES)[number];

/** How long a link stays open after the chair creates it. */
export const FEEDBACK_LINK_VALID_DAYS = 14;
