import "server-only";
import { type GroupRouteGrant, groupFileRoute, plain } from "@/lib/auth/route-access";
import { buildMinutes } from "@/lib/brief/minutes/queries";
import { buildBrief } from "@/lib/brief/queries";
import { buildReport } from "@/lib/brief/report/queries";
import { parseBriefScope } from "@/lib/brief/rules";
import { todayIso } from "@/lib/clock";
import { parseMeetingNumber } from "@/lib/meetings/input";
import { parseDocLang } from "@/lib/print/languages";
import { asciiName, type DocumentFormat, documentResponse } from "@/lib/print/response";
import { getDb } from "@/lib/server/db";
import { briefDocument } from "./document";
import { minutesDocument } from "./minutes/document";
import { reportDocument } from "./report/document";

type MeetingParams = { group: string; number: string };

/**
 * A meeting's download: the viewer's group of the URL and the meeting's number in it, or the
 * response to send instead — refused as groupRouteAccess says, 404 for what is not a meeting number.
 */
function meetingFileRoute(
  body: (
    grant: GroupRouteGrant<MeetingParams> & { meetingNumber: number },
    request: Request,
    format: DocumentFormat,
  ) => Promise<Response>,
) {
  return groupFileRoute<MeetingParams, DocumentFormat>("group.read", (grant, request, format) => {
    const meetingNumber = parseMeetingNumber(grant.params.number);
    if (!meetingNumber) return Promise.resolve(plain(404, "Not found"));
    return body({ ...grant, meetingNumber }, request, format);
  });
}

/** GET …/meetings/[number]/brief/{pdf,docx}?lang=nb|ru|en|nb-ru&cutoff=YYYY-MM-DD&scope=all|active */
export const briefFile = meetingFileRoute(async (access, request, format) => {
  const { meetingNumber } = access;
  const query = new URL(request.url).searchParams;
  const model = await buildBrief(getDb(), {
    groupId: access.group.id,
    meetingNumber,
    cutoff: query.get("cutoff"),
    scope: parseBriefScope(query.get("scope")),
  });
  if (!model) return plain(404, "Not found");
  const lang = parseDocLang(query.get("lang"), access.viewer.user.locale);
  const name = asciiName("mote", meetingNumber, "notat", model.period.to, lang);
  // Links to the documents of the period: absolute in a file that leaves the app.
  const baseUrl = (
    process.env.PUBLIC_URL ||
    process.env.AUTH_URL ||
    new URL(request.url).origin
  ).replace(/\/+$/, "");
  return documentResponse(briefDocument(model, lang, { baseUrl }), format, name);
});

/** GET …/meetings/[number]/minutes/{pdf,docx}?lang=…: held meetings only. */
export const minutesFile = meetingFileRoute(async (access, request, format) => {
  const { meetingNumber } = access;
  const model = await buildMinutes(getDb(), { groupId: access.group.id, meetingNumber });
  if (!model) return plain(404, "Not found");
  const lang = parseDocLang(
    new URL(request.url).searchParams.get("lang"),
    access.viewer.user.locale,
  );
  const name = asciiName("mote", meetingNumber, "referat", lang);
  return documentResponse(minutesDocument(model, lang), format, name);
});

/** GET …/report/{pdf,docx}?from=…&to=…&lang=… */
export const reportFile = groupFileRoute<{ group: string }, DocumentFormat>(
  "group.read",
  async (access, request, format) => {
    const { slug } = access;
    const query = new URL(request.url).searchParams;
    const model = await buildReport(getDb(), {
      groupId: access.group.id,
      from: query.get("from"),
      to: query.get("to"),
      today: todayIso(),
    });
    if (!model) return plain(404, "Not found");
    const lang = parseDocLang(query.get("lang"), access.viewer.user.locale);
    const name = asciiName("rapport", slug, model.period.from, model.period.to, lang);
    return documentResponse(reportDocument(model, lang), format, name);
  },
);
