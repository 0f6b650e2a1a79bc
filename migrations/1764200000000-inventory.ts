import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from "typeorm";

const id = { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" as const };
const timestamps = [
  { name: "created_at", type: "datetime" },
  { name: "updated_at", type: "datetime" },
];
const restrict = { onDelete: "RESTRICT", onUpdate: "NO ACTION" };

/** DOMAIN §2: functions, data resources (with the functions they serve) and data items. */
export class Inventory1764200000000 implements MigrationInterface {
  name = "Inventory1764200000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "functions",
        columns: [
          id,
          { name: "unit_id", type: "integer" },
          { name: "name", type: "varchar", length: "200" },
          { name: "legal_basis", type: "varchar", length: "1000", isNullable: true },
          ...timestamps,
        ],
        indices: [new TableIndex({ columnNames: ["unit_id", "name"], isUnique: true })],
        foreignKeys: [new TableForeignKey({ columnNames: ["unit_id"], referencedTableName: "units", referencedColumnNames: ["id"], ...restrict })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: "data_resources",
        columns: [
          id,
          { name: "code", type: "varchar", length: "32" },
          { name: "classification_code", type: "varchar", length: "6" },
          { name: "sequence", type: "integer" },
          { name: "catalog_category", type: "varchar", length: "16" },
          { name: "name", type: "varchar", length: "200" },
          { name: "provider_unit_id", type: "integer" },
          { name: "summary", type: "varchar", length: "2000", isNullable: true },
          { name: "format", type: "varchar", length: "24" },
          { name: "source_system", type: "varchar", length: "200", isNullable: true },
          { name: "update_frequency", type: "varchar", length: "16" },
          { name: "record_count", type: "integer", isNullable: true },
          { name: "lifecycle_stage", type: "varchar", length: "24" },
          { name: "status", type: "varchar", length: "16" },
          { name: "sharing_type", type: "varchar", length: "16" },
          { name: "sharing_conditions", type: "varchar", length: "1000", isNullable: true },
          { name: "not_shared_basis", type: "varchar", length: "1000", isNullable: true },
          { name: "sharing_method", type: "varchar", length: "24", isNullable: true },
          { name: "open_type", type: "varchar", length: "16" },
          { name: "open_conditions", type: "varchar", length: "1000", isNullable: true },
          { name: "level", type: "varchar", length: "16" },
          { name: "national_interest", type: "boolean", default: 0 },
          { name: "public_safety", type: "boolean", default: 0 },
          { name: "trade_secret", type: "boolean", default: 0 },
          { name: "personal_privacy", type: "boolean", default: 0 },
          { name: "published_date", type: "date", isNullable: true },
          { name: "version", type: "integer", default: 1 },
          ...timestamps,
        ],
        indices: [
          new TableIndex({ columnNames: ["code"], isUnique: true }),
          new TableIndex({ columnNames: ["classification_code", "sequence"], isUnique: true }),
          new TableIndex({ columnNames: ["provider_unit_id"] }),
          new TableIndex({ columnNames: ["status"] }),
        ],
        foreignKeys: [new TableForeignKey({ columnNames: ["provider_unit_id"], referencedTableName: "units", referencedColumnNames: ["id"], ...restrict })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: "data_resource_functions",
        columns: [
          { name: "resource_id", type: "integer", isPrimary: true },
          { name: "function_id", type: "integer", isPrimary: true },
        ],
        indices: [new TableIndex({ columnNames: ["resource_id"] }), new TableIndex({ columnNames: ["function_id"] })],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ["resource_id"],
            referencedTableName: "data_resources",
            referencedColumnNames: ["id"],
            onDelete: "CASCADE",
            onUpdate: "CASCADE",
          }),
          new TableForeignKey({
            columnNames: ["function_id"],
            referencedTableName: "functions",
            referencedColumnNames: ["id"],
            onDelete: "CASCADE",
            onUpdate: "CASCADE",
          }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: "data_items",
        columns: [
          id,
          { name: "resource_id", type: "integer" },
          { name: "code", type: "varchar", length: "64" },
          { name: "name", type: "varchar", length: "200" },
          { name: "data_type", type: "varchar", length: "16" },
          { name: "length", type: "integer", isNullable: true },
          { name: "description", type: "varchar", length: "1000", isNullable: true },
          { name: "personal_information", type: "boolean", default: 0 },
          { name: "sharing_type", type: "varchar", length: "16", isNullable: true },
          ...timestamps,
        ],
        indices: [new TableIndex({ columnNames: ["resource_id", "code"], isUnique: true })],
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
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("data_items");
    await queryRunner.dropTable("data_resource_functions");
    await queryRunner.dropTable("data_resources");
    await queryRunner.dropTable("functions");
  }
}
