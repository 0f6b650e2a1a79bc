import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from "typeorm";
import { backfillResourceSearchGrams, SEARCH_GRAMS_TABLE } from "../src/modules/inventory/resource-search-grams";

/**
 * Issue 13, search at district scale: the grams of every resource's name, code and summary
 * (src/modules/inventory/resource-search-grams.ts), keyed (gram, resource_id) so that a search word's
 * resources are read from the key; filled here for the resources that exist.
 */
export class ResourceSearchGrams1764264000000 implements MigrationInterface {
  name = "ResourceSearchGrams1764264000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = queryRunner.connection.options.type !== "better-sqlite3";
    await queryRunner.createTable(
      new Table({
        name: SEARCH_GRAMS_TABLE,
        columns: [
          // Binary on MySQL/MariaDB: grams are compared as written (already in search form), not by the collation's rules.
          { name: "gram", type: "varchar", length: "8", isPrimary: true, ...(mysql ? { charset: "utf8mb4", collation: "utf8mb4_bin" } : {}) },
          { name: "resource_id", type: "integer", isPrimary: true },
        ],
        indices: [new TableIndex({ columnNames: ["resource_id"] })],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ["resource_id"],
            referencedTableName: "data_resources",
            referencedColumnNames: ["id"],
            onDelete: "CASCADE",
            onUpdate: "NO ACTION",
          }),
        ],
      }),
    );
    await backfillResourceSearchGrams(queryRunner.manager);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable(SEARCH_GRAMS_TABLE);
  }
}
