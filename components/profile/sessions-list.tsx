import { LogOut, MonitorSmartphone } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { endSessionForm } from "@/lib/account/form-actions";
import type { ProfileSession } from "@/lib/account/types";

/**
 * The user's open sessions (issue 18.5): device, address and when last used; each but this one
 * can be ended here, after which its cookie no longer signs anyone in. Plain forms: it works
 * without scripts.
 */
export async function SessionsList({ sessions }: { sessions: ProfileSession[] }) {
  const [t, format] = await Promise.all([getTranslations("profile.sessions"), getFormatter()]);
  const when = (iso: string) =>
    format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  return (
    <ul className="divide-y divide-line rounded-md border border-line">
      {sessions.map((session) => (
        <li
          key={session.id}
          className="flex flex-col gap-3 p-3 sm:flex-row sm:items-center sm:justify-between"
        >
          <div className="flex min-w-0 gap-3">
            <MonitorSmartphone aria-hidden className="mt-0.5 size-5 shrink-0 text-muted" />
            <div className="min-w-0 space-y-0.5 text-sm">
              <p className="font-medium [overflow-wrap:anywhere]">
                {session.device ?? t("unknownDevice")}
                {session.current ? (
                  <span className="ml-2 rounded-sm border border-line px-1.5 py-0.5 text-xs font-normal">
                    {t("current")}
                  </span>
                ) : null}
              </p>
              <p className="text-muted [overflow-wrap:anywhere]">
                {t("address", { address: session.ip ?? t("unknownAddress") })}
              </p>
              <p className="text-muted">
                {t("lastSeen", { when: when(session.lastSeenAt) })} ·{" "}
                {t("since", { when: when(session.createdAt) })}
              </p>
            </div>
          </div>
          {session.current ? null : (
            <form action={endSessionForm}>
              <input type="hidden" name="sessionId" value={session.id} />
              <Button type="submit" variant="secondary" size="sm">
                <LogOut aria-hidden className="size-4" />
                {t("end")}
                <span className="sr-only">: {session.device ?? t("unknownDevice")}</span>
              </Button>
            </form>
          )}
        </li>
      ))}
    </ul>
  );
}
