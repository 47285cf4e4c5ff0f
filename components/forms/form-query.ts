/**
 * The query string a GET form would send now, without its empty fields ("" when nothing is
 * chosen): what a link or a navigation uses to follow the form before it is submitted.
 */
export function formQuery(form: HTMLFormElement): string {
  const query = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string" && value !== "") query.append(name, value);
  }
  return query.toString();
}
