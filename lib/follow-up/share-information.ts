// Information to the network, only with the family's consent: the current published plan version
// goes to a professional every guardian's valid consent names (consentsCoveringShare), by an e-mail
// link through the outbox or an in-product notification. The content never travels: the link opens
// the plan for the recipient under the same consent gate, and every share is a DISCLOSURE.
import { createTranslator } from "next-intl";
import type { Tx } from "../db/types.ts";
import { auditDisclosure } from "../audit/audit.ts";
import { AppError } from "../errors/app-error.ts";
import type { SessionUser } from "../auth/session-user.ts";
import { consentsCoveringShare } from "../consents/gate.ts";
import { enqueueEmail } from "../email/outbox.ts";
import { MESSAGES } from "../i18n/messages/index.ts";
import { appUrl } from "../meetings/invitation-mail.ts";
import type { Share } from "./schema.ts";
import { inOrder } from "../db/in-order.ts";

export async function shareInformation(tx: Tx, user: SessionUser, input: Share, now = new Date()): Promise<{ id: string }> {
  if (input.recipientUserId === user.id) throw new AppError("VALIDATION", { fieldErrors: { recipientUserId: "invalidChoice" } });
  const consents = await consentsCoveringShare(tx, input.collaborationId, input.recipientUserId, now);
  if (!consents) throw new AppError("VALIDATION", { fieldErrors: { recipientUserId: "sharingNotCovered" } });
  const [c, recipient, version] = await inOrder([
    tx.collaboration.findUniqueOrThrow({ where: { id: input.collaborationId }, select: { id: true, familyId: true } }),
    tx.user.findUniqueOrThrow({ where: { id: input.recipientUserId }, select: { id: true, email: true, locale: true } }),
    tx.jointPlanVersion.findFirst({ where: { plan: { collaborationId: input.collaborationId } }, orderBy: { versionNumber: "desc" }, select: { id: true, versionNumber: true } }),
  ]);
  if (!version) throw new AppError("VALIDATION", { fieldErrors: { _form: "noPublishedPlan" } });

  const path = `/families/${c.id}/plan/versions/${version.versionNumber}`;
  const share = await tx.informationShare.create({
    data: {
      collaborationId: c.id,
      consentId: consents[0]!.consentId,
      planVersionId: version.id,
      sharedById: user.id,
      recipientUserId: recipient.id,
      recipientEmail: input.channel === "EMAIL_LINK" ? recipient.email : null,
      channel: input.channel,
      createdAt: now,
    },
    select: { id: true },
  });
  if (input.channel === "EMAIL_LINK") {
    // Only a link: no family details in the mail (DOMAIN.md), in the recipient's own language.
    const t = createTranslator({ locale: recipient.locale, messages: MESSAGES[recipient.locale], namespace: "followUp.shareMail" });
    await enqueueEmail(tx, { to: recipient.email, locale: recipient.locale, subject: t("subject"), textBody: [t("intro"), "", appUrl(path), "", t("footer")].join("\n") });
  } else {
    await tx.notification.create({ data: { userId: recipient.id, kind: "PLAN_SHARED", link: path, createdAt: now } });
  }
  await auditDisclosure(tx, "followUp.share", {
    actorId: user.id,
    objectType: "JointPlanVersion",
    objectId: version.id,
    familyId: c.familyId,
    collaborationId: c.id,
    recipient: recipient.id,
    consentIds: consents.map((k) => k.consentId),
    details: { shareId: share.id, channel: input.channel, versionNumber: version.versionNumber },
  });
  return share;
}
