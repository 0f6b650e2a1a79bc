import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { RequestHandler } from "express";
import { processRequest, type FileUpload } from "graphql-upload-minimal";
import { badUserInput } from "../../../common/errors";
import { logger } from "../../../common/logger";
import type { CatalogFileFormat } from "../spreadsheet/catalog-template";
import { inLocale, localeOf } from "../../../common/i18n";
import { CommonMessages } from "../../../common/messages";
import { ImportMessages } from "../inventory.messages";

/** The largest inventory file accepted over HTTP: 50,000 items are about 31 MB as CSV, 6 MB as XLSX. */
const INVENTORY_UPLOAD_MAX_BYTES = 100 * 1024 * 1024;

/**
 * GraphQL multipart requests (https://github.com/jaydenseric/graphql-multipart-request-spec) on
 * /graphql, for `importInventory(file: Upload!)`: one file of at most INVENTORY_UPLOAD_MAX_BYTES,
 * the `operations` and `map` fields at most `maxFieldBytes`. Other requests pass through untouched.
 * Apollo's CSRF prevention stays on: a multipart request must carry `apollo-require-preflight: true`
 * (or `x-apollo-operation-name`), which a browser cannot send cross-site without a preflight.
 * A malformed multipart body gets a GraphQL-shaped 400/413 in the request's language, never a stack trace.
 */
export function inventoryUploads(maxFieldBytes: number): RequestHandler {
  return (req, res, next) => {
    if (!req.is("multipart/form-data")) return next();
    processRequest(req, res, { maxFileSize: INVENTORY_UPLOAD_MAX_BYTES, maxFiles: 1, maxFieldSize: maxFieldBytes }).then(
      (body) => {
        req.body = body;
        next();
      },
      (error: { status?: number; message?: string }) => {
        const status = typeof error.status === "number" && error.status >= 400 && error.status < 500 ? error.status : 400;
        if (res.headersSent) return;
        logger.debug("multipart request refused", { requestId: res.getHeader("x-request-id"), error: error.message });
        res.status(status === 499 ? 400 : status).json({
          errors: [
            {
              message: inLocale(CommonMessages.malformedMultipart(error.message), localeOf(req)),
              extensions: { code: "BAD_REQUEST", requestId: res.getHeader("x-request-id") },
            },
          ],
        });
      },
    );
  };
}

/** The spreadsheet format a file name says (.csv or .xlsx), or undefined. */
export function formatOfFileName(fileName: string): CatalogFileFormat | undefined {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return extension === "csv" ? "csv" : extension === "xlsx" ? "xlsx" : undefined;
}

/** An uploaded file, whole on disk: the import runs from `path`, and `remove` deletes it. */
export interface SpooledInventoryUpload {
  format: CatalogFileFormat;
  path: string;
  remove(): Promise<void>;
}

/**
 * Copies the uploaded file to a temporary file, its format given or taken from its name, and
 * returns once all of it is on disk: the import's transaction opens only then, so a slow client
 * holds no database lock while it uploads. A file over INVENTORY_UPLOAD_MAX_BYTES fails
 * (BAD_USER_INPUT, field file) instead of arriving truncated; the temporary file is removed on
 * every failure, and by the caller's `remove` otherwise.
 */
/** Reads and drops an upload that will not be imported, so the request ends cleanly. */
export function discardInventoryUpload(file: Promise<FileUpload>): void {
  Promise.resolve(file)
    .then((upload) => upload.createReadStream().resume())
    .catch(() => undefined);
}

export async function spoolInventoryUpload(file: Promise<FileUpload>, format: CatalogFileFormat | undefined): Promise<SpooledInventoryUpload> {
  let upload: FileUpload;
  try {
    upload = await file;
  } catch (error) {
    throw badUserInput("file", ImportMessages.fileNotReceived((error as Error).message));
  }
  const chosen = format ?? formatOfFileName(upload.filename ?? "");
  let source: Readable;
  try {
    source = upload.createReadStream() as Readable;
  } catch (error) {
    throw badUserInput("file", ImportMessages.fileNotReceived((error as Error).message));
  }
  if (!chosen) {
    source.resume();
    throw badUserInput("format", ImportMessages.formatUnknown(upload.filename));
  }
  const folder = await mkdtemp(join(tmpdir(), "catalog-upload-"));
  const remove = () => rm(folder, { recursive: true, force: true });
  const path = join(folder, `upload.${chosen}`);
  let overLimit = false;
  source.once("limit", () => {
    overLimit = true;
    source.destroy(new Error("over the size limit"));
  });
  const tooLarge = () => badUserInput("file", ImportMessages.fileTooLarge(INVENTORY_UPLOAD_MAX_BYTES));
  try {
    await pipeline(source, createWriteStream(path));
  } catch (error) {
    await remove();
    if (overLimit) throw tooLarge();
    if ((error as NodeJS.ErrnoException).syscall) throw error;
    throw badUserInput("file", ImportMessages.fileNotReceived((error as Error).message));
  }
  if (overLimit) {
    await remove();
    throw tooLarge();
  }
  return { format: chosen, path, remove };
}
