import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from "typeorm";

const id = { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" as const };
const timestamps = [
  { name: "created_at", type: "datetime" },
  { name: "updated_at", type: "datetime" },
];
const references = (column: string, table: string, onDelete: "RESTRICT" | "CASCADE" = "RESTRICT") =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ["id"], onDelete, onUpdate: "NO ACTION" });

/** DOMAIN §5, governance work: joint meetings (联席会议), training (培训) and innovation cases (融合创新). */
export class GovernanceWork1764251000000 implements MigrationInterface {
  name = "GovernanceWork1764251000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "joint_meetings",
        columns: [
          id,
          { name: "district_unit_id", type: "integer" },
          { name: "convener_person_id", type: "integer" },
          { name: "title", type: "varchar", length: "200" },
          { name: "held_on", type: "date" },
          { name: "location", type: "varchar", length: "200", isNullable: true },
          ...timestamps,
        ],
        indices: [new TableIndex({ columnNames: ["district_unit_id", "held_on"] })],
        foreignKeys: [references("district_unit_id", "units"), references("convener_person_id", "persons")],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "joint_meeting_invitees",
        columns: [
          { name: "meeting_id", type: "integer", isPrimary: true },
          { name: "unit_id", type: "integer", isPrimary: true },
          { name: "cdo_person_id", type: "integer" },
          { name: "attendance", type: "varchar", length: "16", isNullable: true },
          { name: "delegate_person_id", type: "integer", isNullable: true },
        ],
        indices: [new TableIndex({ columnNames: ["unit_id"] })],
        foreignKeys: [
          references("meeting_id", "joint_meetings", "CASCADE"),
          references("unit_id", "units"),
          references("cdo_person_id", "persons"),
          references("delegate_person_id", "persons"),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "joint_meeting_agenda_items",
        columns: [
          { name: "meeting_id", type: "integer", isPrimary: true },
          { name: "position", type: "integer", isPrimary: true },
          { name: "title", type: "varchar", length: "200" },
        ],
        foreignKeys: [references("meeting_id", "joint_meetings", "CASCADE")],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "joint_meeting_resolutions",
        columns: [
          id,
          { name: "meeting_id", type: "integer" },
          { name: "kind", type: "varchar", length: "32" },
          { name: "content", type: "varchar", length: "2000" },
          { name: "created_at", type: "datetime" },
        ],
        indices: [new TableIndex({ columnNames: ["meeting_id"] })],
        foreignKeys: [references("meeting_id", "joint_meetings")],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "meeting_action_items",
        columns: [
          id,
          { name: "resolution_id", type: "integer" },
          { name: "meeting_id", type: "integer" },
          { name: "unit_id", type: "integer" },
          { name: "task", type: "varchar", length: "1000" },
          { name: "due_date", type: "date" },
          { name: "status", type: "varchar", length: "16" },
          { name: "completed_on", type: "date", isNullable: true },
          { name: "completion_note", type: "varchar", length: "1000", isNullable: true },
          { name: "cancellation_reason", type: "varchar", length: "1000", isNullable: true },
          ...timestamps,
        ],
        indices: [new TableIndex({ columnNames: ["unit_id", "status", "due_date"] }), new TableIndex({ columnNames: ["resolution_id"] })],
        foreignKeys: [references("resolution_id", "joint_meeting_resolutions"), references("unit_id", "units")],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: "training_plans",
        columns: [
          id,
          { name: "district_unit_id", type: "integer" },
          { name: "year", type: "integer" },
          { name: "title", type: "varchar", length: "200" },
          ...timestamps,
        ],
        indices: [new TableIndex({ columnNames: ["district_unit_id", "year"], isUnique: true })],
        foreignKeys: [references("district_unit_id", "units")],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "training_plan_sessions",
        columns: [
          id,
          { name: "plan_id", type: "integer" },
          { name: "title", type: "varchar", length: "200" },
          { name: "topic", type: "varchar", length: "24" },
          { name: "format", type: "varchar", length: "24" },
          { name: "month", type: "integer" },
          { name: "hours_centi", type: "integer" },
        ],
        indices: [new TableIndex({ columnNames: ["plan_id"] })],
        foreignKeys: [references("plan_id", "training_plans", "CASCADE")],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "training_sessions",
        columns: [
          id,
          { name: "unit_id", type: "integer" },
          { name: "title", type: "varchar", length: "200" },
          { name: "topic", type: "varchar", length: "24" },
          { name: "held_on", type: "date" },
          { name: "hours_centi", type: "integer" },
          ...timestamps,
        ],
        indices: [new TableIndex({ columnNames: ["unit_id", "held_on"] }), new TableIndex({ columnNames: ["topic", "held_on"] })],
        foreignKeys: [references("unit_id", "units")],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "training_attendance",
        columns: [
          { name: "session_id", type: "integer", isPrimary: true },
          { name: "person_id", type: "integer", isPrimary: true },
        ],
        indices: [new TableIndex({ columnNames: ["person_id"] })],
        foreignKeys: [references("session_id", "training_sessions", "CASCADE"), references("person_id", "persons")],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: "innovation_cases",
        columns: [
          id,
          { name: "lead_unit_id", type: "integer" },
          { name: "kind", type: "varchar", length: "24" },
          { name: "title", type: "varchar", length: "200" },
          { name: "summary", type: "varchar", length: "2000" },
          { name: "year", type: "integer" },
          ...timestamps,
        ],
        indices: [new TableIndex({ columnNames: ["lead_unit_id"] })],
        foreignKeys: [references("lead_unit_id", "units")],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "innovation_case_resources",
        columns: [
          { name: "case_id", type: "integer", isPrimary: true },
          { name: "resource_id", type: "integer", isPrimary: true },
        ],
        indices: [new TableIndex({ columnNames: ["resource_id"] })],
        foreignKeys: [references("case_id", "innovation_cases", "CASCADE"), references("resource_id", "data_resources")],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "innovation_case_units",
        columns: [
          { name: "case_id", type: "integer", isPrimary: true },
          { name: "unit_id", type: "integer", isPrimary: true },
        ],
        indices: [new TableIndex({ columnNames: ["unit_id"] })],
        foreignKeys: [references("case_id", "innovation_cases", "CASCADE"), references("unit_id", "units")],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      "innovation_case_units",
      "innovation_case_resources",
      "innovation_cases",
      "training_attendance",
      "training_sessions",
      "training_plan_sessions",
      "training_plans",
      "meeting_action_items",
      "joint_meeting_resolutions",
      "joint_meeting_agenda_items",
      "joint_meeting_invitees",
      "joint_meetings",
    ])
      await queryRunner.dropTable(table);
  }
}
