import type {
  DemoActionItem,
  DemoData,
  DemoMeeting,
  DemoProject,
  DemoUpdate,
  IsoDate,
  L10n,
} from "./demo-types";

/**
 * The demo's current meeting cycle, dated from the day it is seeded, so that on any day the
 * demo shows a living group: the historical 4th (Kirkenes 2016) and 5th (Murmansk 2018)
 * meetings stay as they were; a 6th meeting was held some five months ago and approved the
 * current work plan (this year and the next, carrying over the unfinished projects); the 7th
 * is planned a few weeks ahead. Since the 6th meeting some projects were updated and
 * confirmed, some updates await the other side's confirmation, and some projects still need
 * an update before the 7th; a few have passed their planned end.
 */

const DAY = 86_400_000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10) as IsoDate;
const addDays = (day: string, n: number) =>
  isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY));

/**
 * The demo's history runs to December 2019. Seeded with a clock in that history (tests that
 * check the brief of the then planned 6th meeting do), the demo stays as it was; seeded later,
 * it gets its current cycle.
 */
export const livingCycle = (now: Date) => isoDay(now) >= "2020-09-01";

/** The Tuesday on or before a day. */
function tuesdayBefore(date: Date): Date {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  while (d.getUTCDay() !== 2) d.setUTCDate(d.getUTCDate() - 1);
  return d;
}

/** The 6th meeting, held about five months before the seed's clock. */
export function previousMeetingDates(now: Date): { startsOn: IsoDate; endsOn: IsoDate } {
  const start = tuesdayBefore(new Date(now.getTime() - 150 * DAY));
  return { startsOn: isoDay(start), endsOn: addDays(isoDay(start), 1) };
}

/** What happened to each open project of the main group since the 6th meeting. */
const SINCE_SIXTH: Record<string, "confirmed" | "awaiting" | "none"> = {
  "2018-03": "confirmed",
  "2018-08": "confirmed",
  "2018-09": "confirmed",
  "2018-10": "confirmed",
  "2018-16": "confirmed",
  "2018-22": "confirmed",
  "2018-05": "awaiting",
  "2018-12": "awaiting",
  "2018-19": "awaiting",
  "2018-24": "awaiting",
  "2018-04": "none",
  "2018-13": "none",
  "2018-18": "none",
  "2018-23": "none",
  "2018-25": "none",
  "2018-27": "none",
};

/** Who posted the update awaiting confirmation (the demo's notifications name them). */
const AWAITING_AUTHOR: Record<string, string> = { "2018-12": "coordNo", "2018-24": "delRu" };

/** Open projects whose planned end has passed: days before the seed's clock. */
const ENDED_DAYS_AGO: Record<string, number> = { "2018-04": 75, "2018-16": 20, "2018-23": 40 };
/** Open projects planned to run past next year. */
const LONGER = new Set(["2018-24", "2018-27"]);

type Kind = "before" | "confirmed" | "awaiting";
const NOTES: Record<"nb" | "ru" | "en", Record<Kind | "suspended", [string, string]>> = {
  nb: {
    before: [
      "Status før {meeting}. møte: arbeidet fortsetter etter planen, og partnerne har avtalt fordelingen av oppgaver for neste periode.",
      "Legge fram forslag om videreføring i arbeidsplanen for {period}.",
    ],
    confirmed: [
      "Partnerne møttes og gikk gjennom framdriften. Delrapporten er levert, og budsjettet holdes.",
      "Fullføre neste delleveranse og oppdatere tidsplanen.",
    ],
    awaiting: [
      "Arbeidsmøte med begge sider er gjennomført; tidsplanen for de neste månedene er justert.",
      "Sende den oppdaterte tidsplanen til den andre siden for bekreftelse.",
    ],
    suspended: [
      "Prosjektet er fortsatt satt på vent til finansieringen er avklart.",
      "Ta opp finansieringen på neste møte i arbeidsgruppen.",
    ],
  },
  ru: {
    before: [
      "Состояние перед {meeting}-м заседанием: работа идёт по плану, партнёры согласовали распределение задач на следующий период.",
      "Представить предложения о продолжении проекта в рабочем плане на {period} годы.",
    ],
    confirmed: [
      "Партнёры провели встречу и рассмотрели ход работ. Промежуточный отчёт представлен, бюджет соблюдается.",
      "Завершить следующий этап и уточнить график работ.",
    ],
    awaiting: [
      "Проведено рабочее совещание с участием обеих сторон; график работ на ближайшие месяцы скорректирован.",
      "Направить обновлённый график другой стороне для подтверждения.",
    ],
    suspended: [
      "Проект по-прежнему приостановлен до решения вопроса о финансировании.",
      "Обсудить финансирование на следующем заседании рабочей группы.",
    ],
  },
  en: {
    before: [
      "Status before the {meeting}th meeting: work continues as planned, and the partners have agreed who does what in the next period.",
      "Propose continuing the project in the work plan {period}.",
    ],
    confirmed: [
      "The partners met and reviewed progress. The interim report is delivered and the budget holds.",
      "Complete the next deliverable and update the schedule.",
    ],
    awaiting: [
      "A working meeting with both sides took place; the schedule for the coming months is adjusted.",
      "Send the updated schedule to the other side for confirmation.",
    ],
    suspended: [
      "The project remains suspended until its funding is settled.",
      "Raise the funding at the working group's next meeting.",
    ],
  },
};

const OPEN = new Set(["proposed", "planned", "in_progress", "suspended"]);
const HEALTHY = new Set(["planned", "in_progress"]);

function noteFor(
  locale: "nb" | "ru" | "en",
  kind: Kind,
  suspended: boolean,
  vars: Record<string, string>,
) {
  const [note, next] = NOTES[locale][suspended ? "suspended" : kind];
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, key: string) => vars[key] ?? "");
  return { note: fill(note), nextSteps: fill(next), noteLocale: locale };
}

export function livingDemo(data: DemoData, now: Date): DemoData {
  if (!livingCycle(now)) return data;
  const sixth = previousMeetingDates(now);
  const year = Number(sixth.endsOn.slice(0, 4));
  const period = `${year}–${year + 1}`;
  const today = isoDay(now);
  const localeOf = (key: string) => data.people.find((p) => p.key === key)?.locale ?? "en";

  const planned = data.meetings.find((m) => m.group === "rcbc" && m.state === "planned");
  if (!planned) throw new Error("demo data: the main group has no planned meeting");
  const nextNumber = planned.number + 1;
  const heldNumber = planned.number;
  const renumber = <T extends { group: string; meeting?: number }>(item: T): T =>
    item.group === "rcbc" && item.meeting === heldNumber ? { ...item, meeting: nextNumber } : item;

  const held: DemoMeeting = {
    group: "rcbc",
    number: heldNumber,
    startsOn: sixth.startsOn,
    endsOn: sixth.endsOn,
    city: { nb: "Vadsø", ru: "Вадсё", en: "Vadsø" },
    country: "NO",
    state: "held",
    attendees: planned.attendees.filter((key) => key !== "observer"),
    minutes: {
      nb: `Arbeidsgruppen gjennomgikk resultatene av arbeidsplanen for 2018–2019 og godkjente arbeidsplanen for ${period}, som viderefører prosjektene som ikke er avsluttet. Neste møte holdes i Kirkenes.`,
      ru: `Рабочая группа рассмотрела итоги выполнения рабочего плана на 2018–2019 годы и утвердила рабочий план на ${period} годы, в который перенесены незавершённые проекты. Следующее заседание состоится в Киркенесе.`,
      en: `The working group reviewed the results of the work plan 2018–2019 and approved the work plan ${period}, which carries over the unfinished projects. The next meeting is held in Kirkenes.`,
    },
    agenda: [
      {
        title: {
          nb: "Åpning av møtet og godkjenning av dagsorden",
          ru: "Открытие заседания и утверждение повестки дня",
          en: "Opening of the meeting and adoption of the agenda",
        },
      },
      {
        title: {
          nb: "Resultater av arbeidsplanen for 2018–2019",
          ru: "Об итогах выполнения рабочего плана на 2018–2019 годы",
          en: "Results of the work plan 2018–2019",
        },
        projects: ["2018-03", "2018-04", "2018-05", "2018-12", "2018-16", "2018-23"],
      },
      {
        title: {
          nb: `Godkjenning av arbeidsplanen for ${period}`,
          ru: `Об утверждении рабочего плана на ${period} годы`,
          en: `Approval of the work plan ${period}`,
        },
        projects: ["2018-13", "2018-27"],
      },
      {
        title: {
          nb: "Rapportering til regjeringskommisjonen. Tid og sted for neste møte",
          ru: "Об информировании межправительственной комиссии. О сроках и месте проведения следующего заседания",
          en: "Reporting to the intergovernmental commission. Date and venue of the next meeting",
        },
      },
    ],
    decisions: [
      {
        text: {
          nb: `Arbeidsplanen for ${period} godkjennes. Prosjektene som ikke er avsluttet, videreføres.`,
          ru: `Утвердить рабочий план на ${period} годы. Незавершённые проекты перенести в новый план.`,
          en: `The work plan ${period} is approved. The unfinished projects are carried over.`,
        },
      },
      {
        text: {
          nb: "Norsk side legger fram en revidert tidsplan for prosjektet.",
          ru: "Норвежской стороне представить пересмотренный график проекта.",
          en: "The Norwegian side presents a revised schedule for the project.",
        },
        project: "2018-04",
      },
      {
        text: {
          nb: "Neste møte holdes i Kirkenes.",
          ru: "Следующее заседание провести в Киркенесе.",
          en: "The next meeting is held in Kirkenes.",
        },
      },
    ],
  };

  // The planned meeting becomes the 7th, its agenda about the current plan.
  const current = (text: L10n): L10n =>
    Object.fromEntries(
      Object.entries(text).map(([lang, value]) => [lang, value?.replaceAll("2018–2019", period)]),
    );
  const upcoming: DemoMeeting = {
    ...planned,
    number: nextNumber,
    agenda: planned.agenda.map((item) => ({ ...item, title: current(item.title) })),
  };

  const projects = data.projects.map((p): DemoProject => {
    const last = p.updates.at(-1);
    const state = SINCE_SIXTH[p.code];
    if (p.group !== "rcbc" || !state || (last && !OPEN.has(last.status))) return p;
    const index = Object.keys(SINCE_SIXTH).indexOf(p.code);
    const suspended = last?.status === "suspended";
    const updates: DemoUpdate[] = [...p.updates];
    const step = (from: DemoUpdate, kind: Kind, date: IsoDate, author: string, by?: string) => {
      const status = from.status === "planned" ? "in_progress" : from.status;
      const health = HEALTHY.has(status)
        ? kind === "confirmed" && from.health === "at_risk" && index % 2 === 0
          ? "on_track"
          : kind === "awaiting" && from.health === "off_track"
            ? "at_risk"
            : (from.health ?? "on_track")
        : undefined;
      const progress = suspended
        ? from.progress
        : Math.min(95, from.progress + (kind === "before" ? 5 : 10));
      const update: DemoUpdate = {
        date,
        author,
        status,
        health,
        progress,
        ...noteFor(localeOf(author), kind, suspended, {
          meeting: String(heldNumber),
          period,
        }),
        ...(by ? { confirmedBy: by, confirmedOn: addDays(date, 4) } : {}),
      };
      // The other side's contact translated the confirmed updates into their language first.
      const own = localeOf(author);
      if (kind === "confirmed" && by && localeOf(by) !== own) {
        const { noteLocale: locale, ...texts } = noteFor(localeOf(by), kind, suspended, {
          meeting: String(heldNumber),
          period,
        });
        update.translations = [{ locale, ...texts, by, on: addDays(date, 3) }];
      }
      updates.push(update);
      return update;
    };
    if (last) {
      // Reported before the 6th meeting, by each side in turn, confirmed by the other.
      const [author, other] = index % 2 ? [p.contactRu, p.contactNo] : [p.contactNo, p.contactRu];
      const before = step(
        last,
        "before",
        addDays(sixth.startsOn, -(12 + 3 * index)),
        author,
        other,
      );
      if (state === "confirmed")
        step(before, "confirmed", addDays(sixth.endsOn, 30 + 5 * index), other, author);
      if (state === "awaiting") {
        const by = AWAITING_AUTHOR[p.code] ?? (index % 2 ? p.contactNo : p.contactRu);
        step(before, "awaiting", addDays(today, -(1 + (index % 6))), by);
      }
    }
    const ended = ENDED_DAYS_AGO[p.code];
    const plannedEnd =
      ended !== undefined
        ? addDays(today, -ended)
        : (`${LONGER.has(p.code) ? year + 2 : year + 1}-${LONGER.has(p.code) ? "06-30" : "12-31"}` as IsoDate);
    return { ...p, updates, plannedEnd, plans: [...p.plans, 3] };
  });

  const actionItems: DemoActionItem[] = [
    ...data.actionItems.map(renumber),
    {
      group: "rcbc",
      meeting: heldNumber,
      project: "2018-04",
      text: {
        nb: "Legge fram en revidert tidsplan for prosjektet.",
        ru: "Представить пересмотренный график проекта.",
        en: "Present a revised schedule for the project.",
      },
      owner: "delNo",
      due: addDays(sixth.endsOn, 60),
    },
    {
      group: "rcbc",
      meeting: heldNumber,
      project: "2018-08",
      text: {
        nb: "Sende inn delrapporten for prosjektet før neste møte.",
        ru: "Представить промежуточный отчёт по проекту до следующего заседания.",
        en: "Submit the project's interim report before the next meeting.",
      },
      owner: "delRu3",
      due: "before-next-meeting",
    },
  ];

  return {
    ...data,
    plans: [
      ...data.plans.map((plan) =>
        plan.group === "rcbc" && plan.state === "approved"
          ? { ...plan, state: "superseded" as const }
          : plan,
      ),
      {
        group: "rcbc",
        number: 3,
        periodStart: year,
        periodEnd: year + 1,
        state: "approved",
        approvedOn: sixth.endsOn,
        approvedAtMeeting: heldNumber,
      },
    ],
    meetings: [...data.meetings.filter((m) => m !== planned), held, upcoming],
    projects,
    actionItems,
    notifications: data.notifications.map(renumber),
  };
}
