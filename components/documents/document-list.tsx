import { useFormatter, useTranslations } from "next-intl";
import { formatMoment } from "@/components/projects/format";
import { Icon } from "@/components/ui/icon";
import { documentPath, isImage, thumbnailPath, typeLabel } from "@/lib/documents/rules";
import type { DocumentItem, DocumentVersionItem } from "@/lib/documents/types";
import { DocumentActions } from "./document-actions";
import { formatSize } from "./format";

/** Who may do what with each listed document, decided on the server. */
export interface ListPermissions {
  /** Edit and add versions. */
  edit: boolean;
  /** Delete any (coordinators); otherwise only the viewer's own. */
  deleteAny: boolean;
  viewerId: string;
}

/** A list of documents: the project's (`slug`), and what the reader may do with them. */
export interface DocumentListProps {
  slug: string;
  documents: DocumentItem[];
  may: ListPermissions;
}

/**
 * Documents as a list: a thumbnail for images (made by the server) or the type, the title as
 * the download link, its language, type, size, pages, who added it and when; translations under
 * their original as a pair; older versions folded away, each downloadable.
 */
export function DocumentList({ slug, documents, may }: DocumentListProps) {
  const t = useTranslations("documents");
  if (!documents.length) return <p className="text-sm text-muted">{t("none")}</p>;
  const ids = new Set(documents.map((d) => d.id));
  const translationsOf = new Map<string, DocumentItem[]>();
  for (const d of documents)
    if (d.translationOf && ids.has(d.translationOf))
      translationsOf.set(d.translationOf, [...(translationsOf.get(d.translationOf) ?? []), d]);
  const tops = documents.filter((d) => !d.translationOf || !ids.has(d.translationOf));
  // What a document may be a translation of: the others of the same list that are no translation.
  // One list for every row (the edit form leaves the document itself out): the page's payload
  // carries it once, not once per document.
  const originals = documents
    .filter((d) => !d.translationOf)
    .map((d) => ({ id: d.id, title: d.title }));
  return (
    <ul className="divide-y divide-line">
      {tops.map((document) => (
        <li key={document.id} className="py-3 first:pt-0 last:pb-0">
          <DocumentRow slug={slug} document={document} may={may} originals={originals} />
          {translationsOf.get(document.id)?.length ? (
            <ul className="mt-3 space-y-3 border-l-2 border-line pl-3 sm:ml-15">
              {translationsOf.get(document.id)?.map((translation) => (
                <li key={translation.id}>
                  <DocumentRow
                    slug={slug}
                    document={translation}
                    may={may}
                    originals={originals}
                    translation
                  />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function DocumentRow({
  slug,
  document,
  may,
  originals,
  translation = false,
}: {
  slug: string;
  document: DocumentItem;
  may: ListPermissions;
  originals: { id: string; title: string }[];
  translation?: boolean;
}) {
  const t = useTranslations("documents.list");
  const tl = useTranslations("languages");
  const titleId = `document-${document.id}`;
  const { current } = document;
  return (
    <div className="flex gap-3">
      <Preview slug={slug} document={document} />
      <div className="min-w-0 flex-1 space-y-1">
        <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
          {translation ? (
            <span className="inline-flex items-center gap-1 text-sm text-muted">
              <Icon name="languages" className="size-3.5" />
              {t("translation")}
            </span>
          ) : null}
          <a
            id={titleId}
            href={documentPath(slug, document.id)}
            download
            className="break-words font-medium text-accent-strong underline-offset-2 hover:underline"
          >
            {document.title}
          </a>
          {document.language ? (
            <>
              <span
                aria-hidden
                lang={document.language}
                className="rounded border border-line px-1.5 text-xs font-medium text-muted"
              >
                {tl(document.language)}
              </span>
              <span className="sr-only">{t("language", { language: tl(document.language) })}</span>
            </>
          ) : null}
        </p>
        <VersionFacts version={current} />
        {document.older.length ? (
          <details className="text-sm">
            <summary className="cursor-pointer text-accent-strong">
              {t("olderVersions", { count: document.older.length })}
            </summary>
            <ol className="mt-1 space-y-1 pl-4">
              {document.older.map((version) => (
                <li key={version.number}>
                  <a
                    href={documentPath(slug, document.id, version.number)}
                    download
                    className="font-medium text-accent-strong underline-offset-2 hover:underline"
                  >
                    {t("version", { number: version.number })}
                  </a>{" "}
                  <span className="break-all">{version.fileName}</span>
                  <VersionFacts version={version} />
                </li>
              ))}
            </ol>
          </details>
        ) : null}
        <DocumentActions
          slug={slug}
          document={{
            id: document.id,
            title: document.title,
            language: document.language,
            translationOf: document.translationOf,
          }}
          originals={originals}
          canEdit={may.edit}
          canDelete={may.deleteAny || document.createdById === may.viewerId}
          titleId={titleId}
        />
      </div>
    </div>
  );
}

/** Type, size, pages or pixels, who added this version and when. */
function VersionFacts({ version }: { version: DocumentVersionItem }) {
  const t = useTranslations("documents.list");
  const format = useFormatter();
  const date = formatMoment(format, version.uploadedAt);
  const facts = [
    typeLabel(version.contentType),
    formatSize(format, version.size),
    version.pageCount !== null ? t("pages", { count: version.pageCount }) : null,
    version.width && version.height
      ? t("pixels", { width: version.width, height: version.height })
      : null,
    version.uploadedBy
      ? t("added", { name: version.uploadedBy, date })
      : t("addedUnknown", { date }),
  ].filter((fact): fact is string => Boolean(fact));
  return (
    <p className="flex flex-wrap gap-x-2 text-sm text-muted">
      {facts.map((fact, index) => (
        <span key={fact}>
          {index > 0 ? (
            <span aria-hidden className="mr-2">
              ·
            </span>
          ) : null}
          {fact}
        </span>
      ))}
    </p>
  );
}

/** An image's thumbnail (made by the server, without metadata); otherwise its type. */
function Preview({ slug, document }: { slug: string; document: DocumentItem }) {
  const { current } = document;
  if (isImage(current.contentType) && current.hasThumbnail)
    return (
      // biome-ignore lint/performance/noImgElement: a small thumbnail the server has made already
      <img
        src={thumbnailPath(slug, document.id, current.number)}
        alt=""
        width={48}
        height={48}
        loading="lazy"
        className="size-12 shrink-0 rounded border border-line object-cover"
      />
    );
  return (
    <span
      aria-hidden
      className="flex size-12 shrink-0 flex-col items-center justify-center rounded border border-line bg-canvas text-[10px] font-semibold text-muted"
    >
      <Icon name="file-text" className="size-5" />
      {typeLabel(current.contentType)}
    </span>
  );
}
