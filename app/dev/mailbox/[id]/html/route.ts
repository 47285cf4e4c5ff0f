import { mailboxHtml } from "@/lib/mail/handlers";
import { route } from "@/lib/server/route";

export const dynamic = "force-dynamic";

export const GET = route(
  async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
    return mailboxHtml((await params).id);
  },
);
