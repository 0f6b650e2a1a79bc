import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from "typeorm";

const id = { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" as const };

/** Issue 9, opening to the public (开放): open datasets, their distributions and their daily usage. */
export class Opening1764240000000 implements MigrationInterface {
  name = "Opening1764240000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "open_datasets",
        columns: [
          id,
          { name: "resource_id", type: "integer" },
          { name: "provider_unit_id", type: "integer" },
          { name: "identifier", type: "varchar", length: "32" },
          { name: "title", type: "varchar", length: "200" },
          { name: "description", type: "varchar", length: "2000", isNullable: true },
          { name: "search_text", type: "varchar", length: "2400" },
          { name: "theme", type: "varchar", length: "24" },
          { name: "licence", type: "varchar", length: "16" },
          { name: "update_frequency", type: "varchar", length: "16" },
          { name: "open_type", type: "varchar", length: "16" },
          { name: "open_conditions", type: "varchar", length: "1000", isNullable: true },
          { name: "issued", type: "date" },
          { name: "status", type: "varchar", length: "16" },
          { name: "withdrawn_on", type: "date", isNullable: true },
          { name: "withdrawal_reason", type: "varchar", length: "500", isNullable: true },
          { name: "created_at", type: "datetime" },
          { name: "updated_at", type: "datetime" },
        ],
        indices: [
          new TableIndex({ columnNames: ["resource_id"], isUnique: true }),
          new TableIndex({ columnNames: ["provider_unit_id"] }),
          new TableIndex({ columnNames: ["theme"] }),
          new TableIndex({ columnNames: ["status", "issued"] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ["resource_id"],
            referencedTableName: "data_resources",
            referencedColumnNames: ["id"],
            onDelete: "RESTRICT",
            onUpdate: "NO ACTION",
          }),
          new TableForeignKey({
            columnNames: ["provider_unit_id"],
            referencedTableName: "units",
            referencedColumnNames: ["id"],
            onDelete: "RESTRICT",
            onUpdate: "NO ACTION",
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "open_distributions",
        columns: [
          id,
          { name: "dataset_id", type: "integer" },
          { name: "position", type: "integer" },
          { name: "title", type: "varchar", length: "200", isNullable: true },
          { name: "format", type: "varchar", length: "8" },
          { name: "media_type", type: "varchar", length: "100" },
          { name: "access_url", type: "varchar", length: "500" },
          { name: "download_url", type: "varchar", length: "500", isNullable: true },
        ],
        indices: [new TableIndex({ columnNames: ["dataset_id"] }), new TableIndex({ columnNames: ["format", "dataset_id"] })],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ["dataset_id"],
            referencedTableName: "open_datasets",
            referencedColumnNames: ["id"],
            onDelete: "CASCADE",
            onUpdate: "NO ACTION",
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "open_dataset_usage",
        columns: [
          { name: "dataset_id", type: "integer", isPrimary: true },
          { name: "day", type: "date", isPrimary: true },
          { name: "downloads", type: "integer" },
          { name: "api_calls", type: "integer" },
        ],
        indices: [new TableIndex({ columnNames: ["day"] })],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ["dataset_id"],
            referencedTableName: "open_datasets",
            referencedColumnNames: ["id"],
            onDelete: "CASCADE",
            onUpdate: "NO ACTION",
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("open_dataset_usage");
    await queryRunner.dropTable("open_distributions");
    await queryRunner.dropTable("open_datasets");
  }
}
