import { CalendarDays } from "lucide-react";
import { getFormatter } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { TitledSection } from "@/components/page/titled-section";
import { AwaitingConfirmation } from "@/components/projects/awaiting-confirmation";
import { MyActionItems } from "@/components/projects/my-action-items";
import { ProjectTable } from "@/components/projects/project-table";
import { Card } from "@/components/ui/card";
import { requireGroupAccess } from "@/lib/auth/access";
import { can } from "@/lib/auth/permissions";
import { todayIso } from "@/lib/clock";
import { localizedField, pickLocalized } from "@/lib/i18n/localized";
import { cutoffOf } from "@/lib/meetings/rules";
import { type GroupPageProps, groupPage, pageTitle } from "@/lib/pages/page";
import { getMyWork } from "@/lib/projects/queries";
import { getLatestUpdates } from "@/lib/projects/status-updates/queries";

export const generateMetadata = pageTitle("nav.myProjects");

export default async function MyProjectsPage({ params }: Pick<GroupPageProps, "params">) {
  const {
    groupPath: basePath,
    user,
    group,
    role,
    t,
    locale,
    db,
  } = await groupPage(params, (s) => requireGroupAccess(s));
  const format = await getFormatter();
  const today = todayIso();
  const work = await getMyWork(db, { groupId: group.id, userId: user.id, today, locale });
  const awaitingMe = work.projects.filter(
    (p) =>
      (p.awaitingConfirmationFrom === "NO" && p.contactNoId === user.id) ||
      (p.awaitingConfirmationFrom === "RU" && p.contactRuId === user.id),
  );
  // Read with the list: each awaiting update is shown in full, to be confirmed where it is listed.
  const latestUpdates = await getLatestUpdates(
    db,
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
  const needUpdateHeading = dueBy
    ? t("myWork.needUpdateBy", { date: dueBy })
    : t("myWork.needUpdate");
  /** A list of the reader's projects under its heading, shown only when it has some. */
  const projectList = (id: string, heading: string, rows: typeof rest) =>
    rows.length ? (
      <TitledSection id={id} heading={heading}>
        <ProjectTable
          rows={rows}
          basePath={`${basePath}/projects`}
          locale={locale}
          caption={heading}
        />
      </TitledSection>
    ) : null;
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
      <TitledSection id="need-update" heading={needUpdateHeading}>
        {needUpdate.length ? (
          <ProjectTable
            rows={needUpdate}
            basePath={`${basePath}/projects`}
            locale={locale}
            caption={needUpdateHeading}
            // The reader comes to update: each project opens with its update form open.
            linkQuery="?update=1"
          />
        ) : (
          <p className="text-muted">
            {t(rest.length || awaitingMe.length ? "myWork.allUpToDate" : "myWork.noProjects")}
          </p>
        )}
      </TitledSection>
      {projectList("up-to-date", t("myWork.upToDate"), upToDate)}
      <TitledSection id="action-items" heading={t("myWork.actionItems")}>
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
      </TitledSection>
      {projectList("finished", t("myWork.finished"), finished)}
    </div>
  );
}
