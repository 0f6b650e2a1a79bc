import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from "typeorm";

const id = { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" as const };
const timestamps = [
  { name: "created_at", type: "datetime" },
  { name: "updated_at", type: "datetime" },
];
const restrict = { onDelete: "RESTRICT", onUpdate: "NO ACTION" };

/** DOMAIN §1: units (a tree), persons, and appointments of the four CDO-system roles. */
export class Organisation1764180000000 implements MigrationInterface {
  name = "Organisation1764180000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "units",
        columns: [
          id,
          { name: "kind", type: "varchar", length: "32" },
          { name: "code", type: "varchar", length: "64" },
          { name: "name", type: "varchar", length: "128" },
          { name: "parent_id", type: "integer", isNullable: true },
          { name: "path", type: "varchar", length: "255" },
          { name: "depth", type: "integer" },
          ...timestamps,
        ],
        indices: [new TableIndex({ columnNames: ["code"], isUnique: true }), new TableIndex({ columnNames: ["path"] })],
        foreignKeys: [new TableForeignKey({ columnNames: ["parent_id"], referencedTableName: "units", referencedColumnNames: ["id"], ...restrict })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: "persons",
        columns: [
          id,
          { name: "name", type: "varchar", length: "64" },
          { name: "unit_id", type: "integer" },
          { name: "position", type: "varchar", length: "64", isNullable: true },
          { name: "section", type: "varchar", length: "64", isNullable: true },
          { name: "education_degree", type: "varchar", length: "32", isNullable: true },
          { name: "major", type: "varchar", length: "128", isNullable: true },
          { name: "major_computer_related", type: "boolean", default: 0 },
          { name: "informatization_years", type: "integer", default: 0 },
          { name: "phone", type: "varchar", length: "32", isNullable: true },
          { name: "email", type: "varchar", length: "254", isNullable: true },
          ...timestamps,
        ],
        indices: [new TableIndex({ columnNames: ["unit_id"] })],
        foreignKeys: [new TableForeignKey({ columnNames: ["unit_id"], referencedTableName: "units", referencedColumnNames: ["id"], ...restrict })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: "appointments",
        columns: [
          id,
          { name: "person_id", type: "integer" },
          { name: "unit_id", type: "integer" },
          { name: "role", type: "varchar", length: "40" },
          { name: "start_date", type: "date" },
          { name: "end_date", type: "date", isNullable: true },
          { name: "document_number", type: "varchar", length: "64", isNullable: true },
          { name: "qualification_exception_reason", type: "varchar", length: "500", isNullable: true },
          { name: "specialist_position", type: "varchar", length: "40", isNullable: true },
          { name: "end_reason", type: "varchar", length: "255", isNullable: true },
          // 1 while the term is open, NULL once ended: unique (unit_id, role, open_term) allows one open term per role.
          { name: "open_term", type: "integer", isNullable: true },
          ...timestamps,
        ],
        indices: [new TableIndex({ columnNames: ["unit_id", "role", "open_term"], isUnique: true }), new TableIndex({ columnNames: ["person_id"] })],
        foreignKeys: [
          new TableForeignKey({ columnNames: ["person_id"], referencedTableName: "persons", referencedColumnNames: ["id"], ...restrict }),
          new TableForeignKey({ columnNames: ["unit_id"], referencedTableName: "units", referencedColumnNames: ["id"], ...restrict }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("appointments");
    await queryRunner.dropTable("persons");
    await queryRunner.dropTable("units");
  }
}
