/**
 * The one way the catalog speaks to people: every message a person reads (errors, spreadsheet
 * problems, labels) is a `Localised` text with a Simplified Chinese form (the default) and an
 * English one. Modules keep their texts beside their codes (`<module>.messages.ts`), written with
 * `text()`; nothing a person reads is a bare string in a service.
 *
 * The language is the request's (`Accept-Language`, Chinese unless the caller prefers English),
 * kept on its trace: resolvers and services write `ctx.localise(text)`, routes `inLocale(text,
 * localeOf(req))`, and errors keep their `Localised` until the answer is written in the request's
 * language (src/common/error-format.ts).
 */
import type { IncomingMessage } from "node:http";
import { traceOf } from "./request-store";

export type Locale = "zh-CN" | "en";

/** What a person reads when the request does not ask for English. */
export const DEFAULT_LOCALE: Locale = "zh-CN";

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

/** Validation messages by their Chinese form: class-validator keeps a string, the answer is written in the request's language. */
const validationTexts = new Map<string, Localised>();

/**
 * A class-validator `message`: class-validator reports its Chinese form, and the error formatting
 * (src/common/error-format.ts) writes it in the request's language (`validationText`).
 */
export function validationMessage(message: Localised): () => string {
  validationTexts.set(message.zh, message);
  return () => message.zh;
}

/** The message a `validationMessage` check reported, in both languages (undefined for any other text). */
export function validationText(reported: string): Localised | undefined {
  return validationTexts.get(reported);
}

/** The language of an HTTP request the server follows (Chinese for one it does not). */
export function localeOf(req: IncomingMessage): Locale {
  return traceOf(req)?.locale ?? DEFAULT_LOCALE;
}

/** The language of a command-line tool: from LC_ALL, LC_MESSAGES or LANG ("en_US.UTF-8" is English), Chinese otherwise. */
export function localeFromEnvironment(env: Record<string, string | undefined>): Locale {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return localeFromAcceptLanguage(tag?.split(".")[0].replace("_", "-"));
}
