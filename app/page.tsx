import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/current-user.ts";
import { landingPath } from "@/lib/auth/session-user.ts";

// The front door: each role lands on its own page.
export default async function Home() {
  const user = await currentUser();
  redirect(user ? landingPath(user) : "/login");
}
