import { DataSource, DataSourceOptions } from "typeorm";

/**
 * On a SQLite file, reads outside a transaction go to a second, read-only connection: in WAL mode a
 * reader sees only committed data, so no request can see another's open transaction whatever the
 * clients do. Transactions use the writer (the data source itself), one at a time. A MySQL pool or
 * an in-memory SQLite database (one connection: for throwaway use, no isolation) reads where it writes.
 */
const readers = new WeakMap<DataSource, DataSource>();

/** Opens the read connection of a migrated SQLite file; closing the writer closes it too. */
export async function openReader(writer: DataSource): Promise<void> {
  const options = writer.options;
  if (options.type !== "better-sqlite3" || options.database === ":memory:") return;
  const reader = new DataSource({ ...options, readonly: true, enableWAL: false, migrations: [], name: undefined } as DataSourceOptions);
  await reader.initialize();
  readers.set(writer, reader);
  const destroyWriter = writer.destroy.bind(writer);
  writer.destroy = async () => {
    await reader.destroy().catch(() => undefined);
    await destroyWriter();
  };
}

/** Where reads outside a transaction go: the SQLite file's read connection, or the data source itself. */
export function readerOf(dataSource: DataSource): DataSource {
  return readers.get(dataSource) ?? dataSource;
}
