import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { jobs, memberships, users, workingGroups } from "@/db/schema";
import { inspectLinkToken } from "@/lib/auth/link-tokens";
import { unseal } from "@/lib/auth/secret-box";
import { pickLocalized } from "@/lib/i18n/localized";
import { PermanentJobError } from "@/lib/jobs/rules";
import { type JobHandler, recordAfterSend } from "@/lib/jobs/worker";
import { type MailContent, mailHtml, mailText } from "@/lib/mail/layout";
import type { OutgoingMail } from "@/lib/mail/transport";
import { loadRecipient, type MailSettings, translatorFor } from "@/lib/notifications/mail";
import { MAIL_ACCOUNT, type PasswordLinkPurpose, RESET_PATH } from "./rules";
import { accountMailContext } from "./writes";

// Account mail: the reset link and the invitation, each written in its recipient's language
// and sent by the job queue (the job carries the link's token sealed, cleared once sent).

interface AccountMailPayload {
  purpose: PasswordLinkPurpose;
  userId: string;
  actorId: string | null;
  token?: string | null;
}

type Recipient = NonNullable<Awaited<ReturnType<typeof loadRecipient>>>;

async function groupNames(db: Executor, userId: string, recipient: Recipient) {
  const rows = await db
    .select({ nb: workingGroups.nameNb, ru: workingGroups.nameRu, en: workingGroups.nameEn })
    .from(memberships)
    .innerJoin(workingGroups, eq(workingGroups.id, memberships.groupId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(workingGroups.nameEn));
  return rows.map((g) => pickLocalized(g, recipient.locale)?.text ?? "").filter(Boolean);
}

/** A reset link or an invitation as a mail, in the recipient's language. */
export async function accountMail(
  db: Executor,
  purpose: PasswordLinkPurpose,
  recipient: Recipient,
  link: string,
  {
    settings,
    inviter,
    messageId,
  }: { settings: MailSettings; inviter: string | null; messageId: string },
): Promise<OutgoingMail> {
  const t = translatorFor(recipient.locale);
  const groups = purpose === "invite" ? await groupNames(db, recipient.id, recipient) : [];
  const paragraphs =
    purpose === "reset"
      ? [
          t("mail.account.reset.body", { email: recipient.email }),
          t("mail.account.reset.expiry", { minutes: 30 }),
          t("mail.account.reset.ignore"),
        ]
      : [
          inviter
            ? t("mail.account.invite.body", { inviter, email: recipient.email })
            : t("mail.account.invite.bodyNoInviter", { email: recipient.email }),
          ...(groups.length
            ? [t("mail.account.invite.groups", { groups: groups.join("; ") })]
            : []),
          t("mail.account.invite.expiry", { days: 7 }),
          t("mail.account.invite.signIn", { address: settings.publicUrl }),
        ];
  const heading = t(`mail.account.${purpose}.heading`, { name: recipient.name });
  const content: MailContent = {
    lang: recipient.locale,
    preheader: paragraphs[0] ?? heading,
    heading,
    paragraphs,
    action: { label: t(`mail.account.${purpose}.action`), href: link },
    footer: {
      reason: t("mail.reasonAccount"),
      links: [{ label: t("mail.settings"), href: `${settings.publicUrl}/profile/notifications` }],
    },
  };
  return {
    to: recipient.email,
    subject: t(`mail.account.${purpose}.subject`),
    html: mailHtml(content),
    text: mailText(content),
    messageId,
  };
}

/** The job handler that sends account mail. */
export function accountMailHandlers(settings: MailSettings): Record<string, JobHandler> {
  return {
    [MAIL_ACCOUNT]: async (job, { db }) => {
      const payload = job.payload as Partial<AccountMailPayload>;
      // Sent already (the token was cleared), or not a job this handler wrote.
      if (!payload.token || !payload.userId || !job.key) return;
      const purpose: PasswordLinkPurpose = payload.purpose === "invite" ? "invite" : "reset";
      let token: string;
      try {
        token = unseal(payload.token, accountMailContext(job.key));
      } catch {
        // Another key, or a payload not sealed for this job: no later attempt opens it.
        throw new PermanentJobError("the link in an account mail job cannot be opened");
      }
      // A link used, replaced or expired meanwhile is not sent any more.
      const state = await inspectLinkToken(db, token, purpose);
      const recipient = await loadRecipient(db, payload.userId);
      if (state.status === "valid" && state.userId === payload.userId && recipient?.active) {
        const [inviter] = payload.actorId
          ? await db.select({ name: users.name }).from(users).where(eq(users.id, payload.actorId))
          : [];
        const host = new URL(settings.publicUrl).host;
        await settings.mailer.send(
          await accountMail(db, purpose, recipient, `${settings.publicUrl}${RESET_PATH}/${token}`, {
            settings,
            inviter: inviter?.name ?? null,
            messageId: `<account-${purpose}-${job.id}@${host}>`,
          }),
        );
      }
      // The secret does not outlive its mail.
      await recordAfterSend(() =>
        db
          .update(jobs)
          .set({ payload: { purpose, userId: payload.userId, actorId: payload.actorId ?? null } })
          .where(eq(jobs.id, job.id)),
      );
    },
  };
}
