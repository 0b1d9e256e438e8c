import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client.ts";
import { requireUser } from "@/lib/auth/current-user.ts";
import { AppError } from "@/lib/errors/app-error.ts";
import { loadPlanPrintDocument, parsePlanVersionParam, type LoadedPlanPrint, type PrintBlock } from "@/lib/plans/print-document.ts";
import { PrintButton } from "@/components/plans/print-button.tsx";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("planPrint"))("pageTitle") };
}

function Block({ block }: { block: PrintBlock }) {
  if (block.kind === "subheading") return <h3>{block.text}</h3>;
  if (block.kind === "paragraph") return <p>{block.text}</p>;
  return (
    <ul>
      {block.items.map((item, i) => (
        <li key={i}>
          {item.text}
          {item.details.map((d, j) => (
            <span key={j} className="plan-print-detail">
              {d}
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}

/**
 * The joint plan printed for the family (seed 001: the frontline worker records and prints it): the
 * published version in the family's language, on A4, with on-screen tools that do not print.
 */
export default async function PlanPrintPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ version?: string | string[] }> }) {
  const { id } = await params;
  const { version } = await searchParams;
  const user = await requireUser();
  let loaded: LoadedPlanPrint | null;
  try {
    loaded = await loadPlanPrintDocument(db, user, id, parsePlanVersionParam(version));
  } catch (err) {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  }
  const t = await getTranslations();
  const back = (
    <Link href={`/families/${id}/plan`} className="button secondary">
      {t("planPrint.back")}
    </Link>
  );

  if (!loaded) {
    return (
      <>
        <h1>{t("planPrint.nothingPublishedTitle")}</h1>
        <p>{t("planPrint.nothingPublishedBody")}</p>
        <p>{back}</p>
      </>
    );
  }

  const { document: doc } = loaded;
  const pdfHref = `/families/${id}/plan/pdf?version=${loaded.versionNumber}`;
  return (
    <>
      <nav className="print-toolbar" aria-label={t("planPrint.toolbarLabel")}>
        {back}
        <PrintButton label={t("planPrint.print")} />
        <a href={pdfHref} className="button secondary" download>
          {t("planPrint.downloadPdf")}
        </a>
        <p>{t("planPrint.languageNote", { language: t(`locales.${loaded.familyLanguage}`) })}</p>
        {loaded.versionNumber < loaded.latestVersionNumber && (
          <p className="info">{t("planPrint.olderVersion", { version: loaded.versionNumber, latest: loaded.latestVersionNumber })}</p>
        )}
      </nav>
      <article className="plan-print" lang={doc.lang} aria-labelledby="plan-print-title">
        <header>
          <h1 id="plan-print-title">{doc.title}</h1>
          <p className="plan-print-meta">{doc.versionLine}</p>
          <p>{doc.intro}</p>
        </header>
        {doc.sections.map((section) => (
          <section key={section.id} aria-labelledby={`plan-print-${section.id}`}>
            <h2 id={`plan-print-${section.id}`}>{section.heading}</h2>
            {section.blocks.map((block, i) => (
              <Block key={i} block={block} />
            ))}
          </section>
        ))}
        <footer className="plan-print-footer">
          <p>{doc.footer}</p>
        </footer>
      </article>
    </>
  );
}
