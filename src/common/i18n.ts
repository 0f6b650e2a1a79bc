/**
 * The one way the catalog speaks to people: every message a person reads (errors, spreadsheet
 * problems, labels) is a `Localised` text with a Simplified Chinese form (the default) and an
 * English one. Modules keep their texts beside their codes (`<module>.messages.ts`), written with
 * `text()`; nothing a person reads is a bare string in a service.
 *
 * The language is the request's (`Accept-Language`, Chinese unless the caller prefers English),
 * kept in the request store so error formatting, resolvers and exports all see the same one.
 */
import { requestStore } from "./request-store";

export type Locale = "zh-CN" | "en";

const DEFAULT_LOCALE: Locale = "zh-CN";

/** A text in both languages. */
export interface Localised {
  readonly zh: string;
  readonly en: string;
}

/** A text in both languages, built from the same parameters. */
export function text(zh: string, en: string): Localised {
  return { zh, en };
}

/** The text in a language. */
export function inLocale(message: Localised, locale: Locale): string {
  return locale === "en" ? message.en : message.zh;
}

/** The text in the current request's language (Chinese outside a request). */
export function localise(message: Localised): string {
  return inLocale(message, currentLocale());
}

/** The current request's language. */
export function currentLocale(): Locale {
  return requestStore.getStore()?.locale ?? DEFAULT_LOCALE;
}

/**
 * The language an `Accept-Language` header asks for: English when an English tag outranks every
 * Chinese one (by q-value, then by order), Chinese otherwise — including for no header, `*`, or
 * languages the catalog does not speak.
 */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  let best: { locale: Locale; q: number } | undefined;
  // Bounded: a header is at most a few KB (Node's limit), and only the first 20 tags are read.
  for (const part of header.split(",").slice(0, 20)) {
    const [tagPart, ...params] = part.trim().split(";");
    const tag = tagPart.trim().toLowerCase();
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    const locale: Locale | undefined = tag === "en" || tag.startsWith("en-") ? "en" : tag === "zh" || tag.startsWith("zh-") ? "zh-CN" : undefined;
    if (!locale) continue;
    if (!best || q > best.q) best = { locale, q };
  }
  return best?.locale ?? DEFAULT_LOCALE;
}

/** A class-validator `message` that speaks the request's language (validation runs inside the request). */
export function validationMessage(message: Localised): () => string {
  return () => localise(message);
}

/** The language of a command-line tool: from LC_ALL, LC_MESSAGES or LANG ("en_US.UTF-8" is English), Chinese otherwise. */
export function localeFromEnvironment(env: Record<string, string | undefined>): Locale {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return localeFromAcceptLanguage(tag?.split(".")[0].replace("_", "-"));
}
