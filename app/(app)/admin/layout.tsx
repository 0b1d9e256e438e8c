import { requireUser } from "@/lib/auth/current-user.ts";
import { allowPage } from "@/lib/authz/page-guard.ts";

// Every page under /admin is the admin's: to anyone else it does not exist (404). Each page's lib
// query and each action authorizes again; this only keeps a forgotten page check from leaking.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  allowPage(user, "admin.manage");
  return children;
}
