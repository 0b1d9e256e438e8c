// A recorded star review for reading (server component): for the people taking part who do not
// chair the meeting, and for a review that can no longer be changed. Only what was written is shown.
import { Fragment } from "react";
import { getTranslations } from "next-intl/server";
import type { StarAreaGroup, StarEntryValues } from "@/lib/star/review-form-values.ts";

export interface StarReviewViewProps {
  groups: StarAreaGroup[];
  /** Recorded entries by area key. */
  entries: Record<string, StarEntryValues>;
}

const VIEWS = [
  ["strengths", "strengthsChild", "child"],
  ["strengths", "strengthsParents", "parents"],
  ["strengths", "strengthsProfessionals", "professionals"],
  ["worries", "worriesChild", "child"],
  ["worries", "worriesParents", "parents"],
  ["worries", "worriesProfessionals", "professionals"],
] as const;

export async function StarReviewView({ groups, entries }: StarReviewViewProps) {
  const t = await getTranslations("star");
  const body = (key: string) => {
    const e = entries[key];
    const written = e ? VIEWS.filter(([, field]) => e[field].trim() !== "") : [];
    if (!e || (written.length === 0 && !e.rating)) return <p className="hint">{t("nothingWritten")}</p>;
    return (
      <dl className="facts">
        {written.map(([kind, field, who]) => (
          <Fragment key={field}>
            <dt>
              {t(kind)}: {t(`view.${who}`)}
            </dt>
            <dd className="star-read-text">{e[field]}</dd>
          </Fragment>
        ))}
        <dt>{t("rating")}</dt>
        <dd>{e.rating ? t("ratingValue", { rating: e.rating }) : t("chart.notRated")}</dd>
      </dl>
    );
  };
  return (
    <>
      {groups.map((g) => (
        <section key={g.side.key} className="star-read-group" aria-labelledby={`star-read-${g.side.key}`}>
          <h3 id={`star-read-${g.side.key}`}>{g.side.label}</h3>
          {g.subAreas.length === 0 ? (
            body(g.side.key)
          ) : (
            <>
              <h4>{t("wholeSide", { label: g.side.label })}</h4>
              {body(g.side.key)}
              {g.subAreas.map((a) => (
                <div key={a.key}>
                  <h4>{a.label}</h4>
                  {body(a.key)}
                </div>
              ))}
            </>
          )}
        </section>
      ))}
    </>
  );
}
