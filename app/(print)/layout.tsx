import { requireUser } from "@/lib/auth/current-user.ts";

// Pages printed for the family: signed in like the (app) area, but with no navigation, header or
// footer, so that the printed sheet carries only the document. Each page checks access itself.
export default async function PrintLayout({ children }: { children: React.ReactNode }) {
  await requireUser();
  return (
    <main id="main" className="print-main" tabIndex={-1}>
      {children}
    </main>
  );
}
