/**
 * How content errors are reported. Apart from the validator (schema.ts) so the
 * guide can show errors without every page downloading the validator.
 */
export interface ContentError {
  /** File the item lives in, relative to `content/<locale>/` ("conditions.json"). */
  file: string;
  /** Id of the item, when the error is inside one. */
  id?: string;
  /** Field path inside the item ("feelsLike[2]"). */
  field: string;
  message: string;
}

/** One line per error: `conditions.json › patellofemoral-pain › feelsLike[2]: must not be empty`. */
export const formatError = (e: ContentError, dir = ''): string =>
  `${dir}${e.file}${e.id ? ` › ${e.id.slice(0, 80)}` : ''} › ${e.field.slice(0, 120)}: ${e.message}`;
