import { CalendarDays } from "lucide-react";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AwaitingConfirmation } from "@/components/projects/awaiting-confirmation";
import { MyActionItems } from "@/components/projects/my-action-items";
import { ProjectTable } from "@/components/projects/project-table";
import { Card } from "@/components/ui/card";
import { requireGroupAccess } from "@/lib/auth/access";
import { can } from "@/lib/auth/permissions";
import { todayIso } from "@/lib/clock";
import { localizedField, pickLocalized } from "@/lib/i18n/localized";
import { getAppLocale } from "@/lib/i18n/server";
import { cutoffOf } from "@/lib/meetings/rules";
import { getMyWork } from "@/lib/projects/queries";
import { getLatestUpdates } from "@/lib/projects/status-updates/queries";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("myProjects") };
}

export default async function MyProjectsPage({ params }: { params: Promise<{ group: string }> }) {
  const { group: slug } = await params;
  const { user, group, role } = await requireGroupAccess(slug);
  const [t, format, locale] = await Promise.all([
    getTranslations(),
    getFormatter(),
    getAppLocale(),
  ]);
  const today = todayIso();
  const work = await getMyWork(getDb(), { groupId: group.id, userId: user.id, today, locale });
  const basePath = `/g/${slug}`;
  const awaitingMe = work.projects.filter(
    (p) =>
      (p.awaitingConfirmationFrom === "NO" && p.contactNoId === user.id) ||
      (p.awaitingConfirmationFrom === "RU" && p.contactRuId === user.id),
  );
  // Read with the list: each awaiting update is shown in full, to be confirmed where it is listed.
  const latestUpdates = await getLatestUpdates(
    getDb(),
    group.id,
    awaitingMe.map((p) => p.id),
  );
  // Each project is listed once: one awaiting the reader's confirmation only in that list.
  const awaiting = new Set(awaitingMe.map((p) => p.id));
  const rest = work.projects.filter((p) => !awaiting.has(p.id));
  const ended = (p: (typeof rest)[number]) => p.status === "completed" || p.status === "cancelled";
  const needUpdate = rest.filter((p) => p.stale);
  const upToDate = rest.filter((p) => !p.stale && !ended(p));
  const finished = rest.filter(ended);
  const next = work.nextMeeting;
  const longDate = (day: string) =>
    format.dateTime(new Date(`${day}T12:00:00Z`), { dateStyle: "long" });
  // The day each contact's update is due for the next meeting: its brief's cut-off.
  const dueBy = next ? longDate(cutoffOf(next)) : null;
  const city = next
    ? ({ nb: next.cityNb, ru: next.cityRu, en: next.cityEn }[locale] ??
      next.cityEn ??
      next.cityNb ??
      next.cityRu)
    : null;
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-2xl font-semibold tracking-tight">{t("nav.myProjects")}</h1>
        <Card className="flex items-start gap-3 p-4">
          <CalendarDays aria-hidden className="mt-0.5 size-5 shrink-0 text-accent" />
          <div>
            {next ? (
              <p className="font-medium">
                {t("myWork.nextMeeting", {
                  number: next.number,
                  city: city ?? "",
                  date: longDate(next.startsOn),
                })}
              </p>
            ) : (
              <p className="font-medium">{t("myWork.noNextMeeting")}</p>
            )}
            <p className="text-muted">
              {dueBy
                ? t("myWork.dueBy", { count: needUpdate.length, date: dueBy })
                : t("myWork.needUpdateCount", { count: needUpdate.length })}
            </p>
          </div>
        </Card>
      </header>
      <ClientMessages
        namespaces={["myWork", "project", "fields", "status", "health", "languages", "sides"]}
      >
        <AwaitingConfirmation
          items={awaitingMe.flatMap((p) => {
            const update = latestUpdates[p.id];
            const title = pickLocalized(localizedField(p, "title"), locale);
            if (!update) return [];
            return [
              {
                code: p.code,
                title: title?.text ?? "",
                lang: title?.lang ?? locale,
                href: `${basePath}/projects/${encodeURIComponent(p.code)}`,
                update,
                translator: {
                  actor: { id: user.id, isAdmin: user.isAdmin, delegation: user.delegation },
                  role,
                  project: { contactNoId: p.contactNoId, contactRuId: p.contactRuId },
                  open: true,
                },
              },
            ];
          })}
          side={user.delegation}
          locale={locale}
        />
      </ClientMessages>
      <section aria-labelledby="need-update" className="space-y-2">
        <h2 id="need-update" className="text-lg font-semibold">
          {dueBy ? t("myWork.needUpdateBy", { date: dueBy }) : t("myWork.needUpdate")}
        </h2>
        {needUpdate.length ? (
          <ProjectTable
            rows={needUpdate}
            basePath={`${basePath}/projects`}
            locale={locale}
            caption={dueBy ? t("myWork.needUpdateBy", { date: dueBy }) : t("myWork.needUpdate")}
            // The reader comes to update: each project opens with its update form open.
            linkQuery="?update=1"
          />
        ) : (
          <p className="text-muted">
            {t(rest.length || awaitingMe.length ? "myWork.allUpToDate" : "myWork.noProjects")}
          </p>
        )}
      </section>
      {upToDate.length ? (
        <section aria-labelledby="up-to-date" className="space-y-2">
          <h2 id="up-to-date" className="text-lg font-semibold">
            {t("myWork.upToDate")}
          </h2>
          <ProjectTable
            rows={upToDate}
            basePath={`${basePath}/projects`}
            locale={locale}
            caption={t("myWork.upToDate")}
          />
        </section>
      ) : null}
      <section aria-labelledby="action-items" className="space-y-2">
        <h2 id="action-items" className="text-lg font-semibold">
          {t("myWork.actionItems")}
        </h2>
        <ClientMessages namespaces={["actionItems", "errors"]}>
          <MyActionItems
            items={work.actionItems}
            today={today}
            locale={locale}
            basePath={basePath}
            canComplete={can(user, "actionItem.complete", {
              role,
              actionItem: { ownerId: user.id },
            })}
          />
        </ClientMessages>
      </section>
      {finished.length ? (
        <section aria-labelledby="finished" className="space-y-2">
          <h2 id="finished" className="text-lg font-semibold">
            {t("myWork.finished")}
          </h2>
          <ProjectTable
            rows={finished}
            basePath={`${basePath}/projects`}
            locale={locale}
            caption={t("myWork.finished")}
          />
        </section>
      ) : null}
    </div>
  );
}
