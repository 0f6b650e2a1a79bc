import pino, { DestinationStream, Logger as PinoLogger } from "pino";
import type { LogLevel } from "../config";

type Fields = Record<string, unknown>;

/** Never written to a log, at any depth we log at: credentials in headers, bodies and fields. */
const REDACTED_PATHS = [
  "authorization",
  "password",
  "token",
  "accessToken",
  "refreshToken",
  "headers.authorization",
  "headers.cookie",
  "*.authorization",
  "*.password",
  "*.token",
  "*.accessToken",
  "*.refreshToken",
  "variables.password",
];

function createPino(level: LogLevel, destination?: DestinationStream): PinoLogger {
  return pino(
    {
      level,
      messageKey: "message",
      base: undefined, // no pid/hostname: the platform adds them
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

/**
 * JSON lines on stdout (pino). Call sites: `logger.info(message, fields)`; a line about a request
 * carries its id as the `requestId` field (`ctx.requestId`, or the trace's).
 */
class Logger {
  constructor(private target: () => PinoLogger) {}

  /** LOG_LEVEL, for every logger (children included). */
  setLevel(next: LogLevel): void {
    setLogLevel(next);
  }

  debug(message: string, fields?: Fields): void {
    this.target().debug(fields ?? {}, message);
  }
  info(message: string, fields?: Fields): void {
    this.target().info(fields ?? {}, message);
  }
  warn(message: string, fields?: Fields): void {
    this.target().warn(fields ?? {}, message);
  }
  error(message: string, fields?: Fields): void {
    this.target().error(fields ?? {}, message);
  }

  /** A logger whose lines all carry `bindings` (e.g. `{ module: "import" }`); it follows later setLevel/setDestination. */
  child(bindings: Fields): Logger {
    let parent: PinoLogger | undefined;
    let child: PinoLogger | undefined;
    return new Logger(() => {
      const current = this.target();
      if (current !== parent) [parent, child] = [current, current.child(bindings)];
      return child!;
    });
  }
}

let level: LogLevel = "info";
let root = createPino(level);

export const logger = new Logger(() => root);

function setLogLevel(next: LogLevel): void {
  level = next;
  root.level = next;
}

/** Where log lines go (stdout by default); tests pass a stream to read them. */
export function setLogDestination(destination?: DestinationStream): void {
  root = createPino(level, destination);
}
