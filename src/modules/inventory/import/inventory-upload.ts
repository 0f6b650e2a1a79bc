import { PassThrough, Readable } from "node:stream";
import type { RequestHandler } from "express";
import { processRequest, type FileUpload } from "graphql-upload-minimal";
import { badUserInput } from "../../../common/errors";
import { logger } from "../../../common/logger";
import type { CatalogFileFormat } from "../spreadsheet/catalog-template";

/** The largest inventory file accepted over HTTP: 50,000 items are about 31 MB as CSV, 6 MB as XLSX. */
export const INVENTORY_UPLOAD_MAX_BYTES = 100 * 1024 * 1024;

/**
 * GraphQL multipart requests (https://github.com/jaydenseric/graphql-multipart-request-spec) on
 * /graphql, for `importInventory(file: Upload!)`: one file of at most INVENTORY_UPLOAD_MAX_BYTES,
 * the `operations` and `map` fields at most `maxFieldBytes`. Other requests pass through untouched.
 * Apollo's CSRF prevention stays on: a multipart request must carry `apollo-require-preflight: true`
 * (or `x-apollo-operation-name`), which a browser cannot send cross-site without a preflight.
 * A malformed multipart body gets a GraphQL-shaped 400/413, never a stack trace.
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
        logger.debug("multipart request refused", { error: error.message });
        res.status(status === 499 ? 400 : status).json({
          errors: [{ message: error.message ?? "Malformed multipart request", extensions: { code: "BAD_REQUEST", requestId: res.getHeader("x-request-id") } }],
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

export interface InventoryUpload {
  format: CatalogFileFormat;
  stream: NodeJS.ReadableStream;
  /** Reads and discards what the import did not read, so the request ends cleanly whatever happened. */
  discard(): void;
}

/**
 * The uploaded file as a stream for the importer, its format given or taken from its name. A file
 * over the size limit fails the import (BAD_USER_INPUT, field file) instead of arriving truncated.
 */
export async function openInventoryUpload(file: Promise<FileUpload>, format: CatalogFileFormat | undefined): Promise<InventoryUpload> {
  let upload: FileUpload;
  try {
    upload = await file;
  } catch (error) {
    throw badUserInput("file", `The file could not be received: ${(error as Error).message}`);
  }
  const chosen = format ?? formatOfFileName(upload.filename ?? "");
  const source = upload.createReadStream() as Readable;
  const discard = () => {
    source.unpipe();
    source.resume();
  };
  if (!chosen) {
    discard();
    throw badUserInput("format", `Cannot tell the format of "${upload.filename}": name it .csv or .xlsx, or pass format.`);
  }
  const stream = new PassThrough({ highWaterMark: 256 * 1024 });
  source.once("limit", () => stream.destroy(badUserInput("file", `The file is larger than ${INVENTORY_UPLOAD_MAX_BYTES} bytes: split it by unit.`)));
  source.once("error", (error) => stream.destroy(error));
  source.pipe(stream);
  return { format: chosen, stream, discard };
}
