import { createHash, randomBytes } from "node:crypto";
import { Connection, createConnection, RowDataPacket } from "mysql2/promise";
import { logger } from "../../src/common/logger";
import { parseDatabaseUrl } from "../../src/config";
import { createDataSource } from "../../src/database/data-source";
import { RESOURCE_COLUMNS as IMPORTED_RESOURCE_COLUMNS } from "../../src/modules/inventory/import/table-rows";
import { backfillResourceSearchGrams, SEARCH_GRAMS_TABLE } from "../../src/modules/inventory/resource-search-grams";
import { SeededRandom } from "./random";
import { databaseName, DistrictSize, SIZES, SizeName } from "./sizes";

/**
 * Seeds a deterministic synthetic district into a database of its own (cdo_bench_s / cdo_bench_l):
 * the real migrations make the tables, then multi-row INSERTs load the rows. A database already
 * seeded by this version with the expected row counts is reused as it is.
 */

/** Bump when the generated rows change: a database seeded by another version is reseeded. */
const SEED_VERSION = 1;
const SEED = 20261126;
const CREATED_AT = "2025-01-01 00:00:00";
export const BENCH_USERNAME = "bench.analyst";

export const serverUrl = () => (process.env.BENCH_MYSQL_URL ?? "mysql://root@127.0.0.1:3306").replace(/\/+$/, "");
export const databaseUrl = (size: SizeName) => `${serverUrl()}/${databaseName(size)}`;

type SqlValue = string | number | boolean | null;

const escapes: Record<string, string> = {
  "\0": "\\0",
  "\n": "\\n",
  "\r": "\\r",
  "\b": "\\b",
  "\t": "\\t",
  "\x1a": "\\Z",
  "\\": "\\\\",
  "'": "\\'",
  '"': '\\"',
};
export function literal(value: SqlValue): string {
  if (value === null) return "NULL";
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "1" : "0";
  return `'${value.replace(/[\0\n\r\b\t\x1a\\'"]/g, (c) => escapes[c])}'`;
}

/**
 * Rows of one table, sent as multi-row INSERTs of up to `rowsPerStatement` rows. The next statement
 * is built while the previous one runs (one in flight on the connection).
 */
export class BulkInsert {
  private rows: string[] = [];
  private chars = 0;
  private inFlight: Promise<void> = Promise.resolve();
  rowCount = 0;

  constructor(
    private readonly connection: Connection,
    private readonly table: string,
    private readonly columns: readonly string[],
    private readonly rowsPerStatement = 4000,
  ) {}

  add(values: readonly SqlValue[]): void {
    const row = `(${values.map(literal).join(",")})`;
    this.rows.push(row);
    this.chars += row.length;
    this.rowCount++;
  }

  /** Sends the buffered rows once a statement's worth is there. */
  async sendIfFull(): Promise<void> {
    if (this.rows.length >= this.rowsPerStatement || this.chars > 2_000_000) await this.send();
  }

  async send(): Promise<void> {
    if (this.rows.length === 0) return;
    const sql = `INSERT INTO ${this.table} (${this.columns.join(",")}) VALUES ${this.rows.join(",")}`;
    this.rows = [];
    this.chars = 0;
    await this.inFlight;
    this.inFlight = this.connection.query(sql).then(() => undefined);
    this.inFlight.catch(() => undefined); // awaited (and rethrown) by the next send or by finish()
  }

  async finish(): Promise<void> {
    await this.send();
    await this.inFlight;
  }
}

// ── The organisation: units, persons, appointments (small: generated in memory) ──────────────

interface SeedUnit {
  id: number;
  kind: "DISTRICT" | "DEVELOPMENT_ZONE" | "TOWN" | "STREET" | "DEPARTMENT" | "SUBORDINATE";
  code: string;
  name: string;
  parentId: number | null;
  path: string;
  depth: number;
}

interface SeedPerson {
  id: number;
  unitId: number;
  name: string;
  position: string;
  section: string | null;
  educationDegree: string;
  major: string;
  majorComputerRelated: boolean;
  informatizationYears: number;
}

interface SeedAppointment {
  id: number;
  personId: number;
  unitId: number;
  role: "DISTRICT_CDO" | "DISTRICT_CHIEF_DATA_EXECUTIVE" | "UNIT_CDO" | "DATA_SPECIALIST";
  startDate: string;
  endDate: string | null;
  documentNumber: string;
  qualificationExceptionReason: string | null;
  specialistPosition: string | null;
  endReason: string | null;
}

export interface Organisation {
  units: SeedUnit[];
  persons: SeedPerson[];
  appointments: SeedAppointment[];
}

const STREETS = ["雕庄街道", "青龙街道", "茶山街道", "红梅街道", "天宁街道", "兰陵街道"];
const DEPARTMENTS = [
  "区发展和改革局",
  "区教育局",
  "区科学技术局",
  "区工业和信息化局",
  "区民政局",
  "区司法局",
  "区财政局",
  "区人力资源和社会保障局",
  "区住房和城乡建设局",
  "区交通运输局",
  "区农业农村局",
  "区商务局",
  "区文化广电和旅游局",
  "区卫生健康局",
  "区退役军人事务局",
  "区应急管理局",
  "区审计局",
  "区市场监督管理局",
  "区统计局",
  "区医疗保障局",
  "区城市管理局",
  "区数据局",
  "区行政审批局",
  "区信访局",
  "区机关事务管理局",
  "区体育局",
  "区水利局",
  "区生态环境局",
  "区自然资源和规划局",
  "区公安分局",
  "区档案馆",
  "区融媒体中心",
  "区总工会",
  "区妇联",
  "团区委",
  "区科协",
  "区残联",
  "区红十字会",
  "区政务服务管理办公室",
  "区金融监管局",
];
const SUBORDINATE_SUFFIXES = ["信息中心", "服务中心", "综合执法大队", "事务中心", "管理所", "研究室", "监测站", "档案室", "培训中心", "指挥中心"];
const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤".split(
    "",
  );
const GIVEN = "一二三四五六七八九十明华强伟芳娜敏静丽军杰涛超勇艳秀英霞平刚桂兰鹏辉玲斌宇浩凯健俊帆帅旭宁".split("");
const POSITIONS = ["局长", "副局长", "主任", "副主任", "党工委委员、办事处副主任", "科长", "副科长", "科员", "一级主任科员", "四级调研员"];
const SECTIONS = ["办公室", "信息科", "综合科", "政策法规科", "规划科", "财务科", null];
const MAJORS: [string, boolean][] = [
  ["计算机科学与技术", true],
  ["软件工程", true],
  ["信息管理与信息系统", true],
  ["电子信息工程", true],
  ["行政管理", false],
  ["法学", false],
  ["经济学", false],
  ["汉语言文学", false],
  ["会计学", false],
  ["公共事业管理", false],
];
const DEGREES: [string, number][] = [
  ["DOCTORATE", 2],
  ["MASTER", 18],
  ["BACHELOR", 60],
  ["JUNIOR_COLLEGE", 15],
  ["HIGH_SCHOOL_OR_BELOW", 5],
];

const EPOCH = Date.UTC(2022, 0, 1);
const dayString = (daysAfter2022: number) => new Date(EPOCH + daysAfter2022 * 86_400_000).toISOString().slice(0, 10);
const LAST_START_DAY = 1641; // 2026-06-30: every term starts before "today" of any run from here on
const pad = (n: number, width: number) => String(n).padStart(width, "0");

function qualifies(p: SeedPerson): boolean {
  return (["DOCTORATE", "MASTER", "BACHELOR"].includes(p.educationDegree) && p.majorComputerRelated) || p.informatizationYears >= 3;
}

export function buildOrganisation(size: DistrictSize): Organisation {
  const random = new SeededRandom(SEED);
  const units: SeedUnit[] = [];
  const addUnit = (kind: SeedUnit["kind"], code: string, name: string, parent: SeedUnit | null) => {
    const id = units.length + 1;
    const unit: SeedUnit = { id, kind, code, name, parentId: parent?.id ?? null, path: `${parent?.path ?? "/"}${id}/`, depth: parent ? parent.depth + 1 : 0 };
    units.push(unit);
    return unit;
  };
  const root = addUnit("DISTRICT", "320402", "天宁区", null);
  const firstLevel: SeedUnit[] = [addUnit("DEVELOPMENT_ZONE", "320402-KFQ", "天宁经济开发区", root), addUnit("TOWN", "320402109", "郑陆镇", root)];
  STREETS.forEach((name, i) => firstLevel.push(addUnit("STREET", `320402${pad(i + 1, 3)}`, name, root)));
  const departments = size.units - 1 - size.subordinateUnits - firstLevel.length;
  for (let i = 0; i < departments; i++) firstLevel.push(addUnit("DEPARTMENT", `320402-B${pad(i + 1, 2)}`, DEPARTMENTS[i] ?? `区第${i + 1}办公室`, root));
  const childCount = new Map<number, number>();
  const subordinates: SeedUnit[] = [];
  for (let i = 0; i < size.subordinateUnits; i++) {
    const parent = subordinates.length > 0 && random.chance(0.2) ? random.pick(subordinates) : random.pick(firstLevel);
    const n = (childCount.get(parent.id) ?? 0) + 1;
    childCount.set(parent.id, n);
    const suffix = parent.kind === "SUBORDINATE" ? `第${n}分所` : random.pick(SUBORDINATE_SUFFIXES);
    subordinates.push(addUnit("SUBORDINATE", `${parent.code}-${pad(n, 2)}`, `${parent.name}${suffix}`, parent));
  }

  // Persons: at least 4 on the root and on each first-level unit (for appointments), 2 elsewhere.
  const homes: number[] = [];
  for (const unit of units) for (let i = 0; i < (unit.kind === "SUBORDINATE" ? 2 : 4); i++) homes.push(unit.id);
  while (homes.length < size.persons) homes.push(random.pick(units.slice(1)).id);
  homes.sort((a, b) => a - b);
  const persons: SeedPerson[] = homes.slice(0, size.persons).map((unitId, i) => {
    const [major, majorComputerRelated] = random.pick(MAJORS);
    return {
      id: i + 1,
      unitId,
      name: `${random.pick(SURNAMES)}某${random.pick(GIVEN)}`,
      position: random.pick(POSITIONS),
      section: random.pick(SECTIONS),
      educationDegree: random.weighted(DEGREES),
      major,
      majorComputerRelated,
      informatizationYears: random.int(0, 8),
    };
  });
  const staffOf = new Map<number, SeedPerson[]>();
  for (const p of persons) staffOf.set(p.unitId, [...(staffOf.get(p.unitId) ?? []), p]);

  // Appointments: the two district roles, and a CDO and a specialist on most first-level units, some with a predecessor.
  const appointments: SeedAppointment[] = [];
  const appoint = (person: SeedPerson, unit: SeedUnit, role: SeedAppointment["role"], start: number, end: number | null) => {
    const startDate = dayString(start);
    appointments.push({
      id: appointments.length + 1,
      personId: person.id,
      unitId: unit.id,
      role,
      startDate,
      endDate: end === null ? null : dayString(end),
      documentNumber: `天数办〔${startDate.slice(0, 4)}〕${random.int(1, 60)}号`,
      qualificationExceptionReason:
        role === "UNIT_CDO" && !qualifies(person) ? "分管信息化工作一年，已参加市级首席数据官培训，经区数字政府建设工作领导小组办公室同意" : null,
      specialistPosition:
        role === "DATA_SPECIALIST"
          ? random.weighted([
              ["RESPONSIBLE_SECTION_HEAD", 60],
              ["SUBORDINATE_UNIT_HEAD", 25],
              ["OTHER", 15],
            ] as const)
          : null,
      endReason: end === null ? null : random.pick(["工作调动", "岗位调整", "退休"]),
    });
  };
  const [districtCdo, chiefExecutive, formerCdo] = staffOf.get(root.id)!;
  appoint(formerCdo, root, "DISTRICT_CDO", 0, 380);
  appoint(districtCdo, root, "DISTRICT_CDO", 380, null);
  appoint(chiefExecutive, root, "DISTRICT_CHIEF_DATA_EXECUTIVE", 380, null);
  for (const unit of firstLevel) {
    const staff = random.sample(staffOf.get(unit.id)!, 4);
    for (const [role, vacancy, holder, predecessor] of [
      ["UNIT_CDO", 0.1, 0, 1],
      ["DATA_SPECIALIST", 0.12, 2, 3],
    ] as const) {
      const vacant = random.chance(vacancy);
      const hasPredecessor = random.chance(0.35);
      const start = random.int(365, LAST_START_DAY);
      if (hasPredecessor) appoint(staff[predecessor], unit, role, Math.max(0, start - random.int(365, 1100)), vacant ? start - random.int(1, 300) : start);
      if (!vacant) appoint(staff[holder], unit, role, start, null);
    }
  }
  return { units, persons, appointments };
}

// ── The inventory: data resources and their items (streamed) ──────────────────────────────────

const CLASSIFICATIONS: [string, "BASIC" | "THEMATIC" | "DEPARTMENTAL", number][] = [
  ["301002", "DEPARTMENTAL", 20],
  ["301001", "DEPARTMENTAL", 10],
  ["302001", "DEPARTMENTAL", 10],
  ["303004", "DEPARTMENTAL", 10],
  ["305002", "DEPARTMENTAL", 10],
  ["101001", "BASIC", 8],
  ["102001", "BASIC", 6],
  ["103001", "BASIC", 6],
  ["201001", "THEMATIC", 7],
  ["202003", "THEMATIC", 7],
  ["205001", "THEMATIC", 6],
];
const SUBJECTS = [
  "企业登记",
  "人口基础",
  "法人基础",
  "社会保障参保",
  "不动产登记",
  "学籍",
  "医疗机构",
  "药品经营许可",
  "道路运输",
  "环境监测",
  "网格事件",
  "低保救助",
  "就业登记",
  "公积金缴存",
  "建设工程",
  "安全生产检查",
  "食品经营许可",
  "特种设备",
  "养老服务机构",
  "退役军人",
  "残疾人",
  "农村土地承包",
  "河道巡查",
  "城市部件",
];
const SUBJECT_KINDS = ["信息", "数据", "台账", "名录", "明细", "统计"];
const FIELDS: [string, string, string, number | null, boolean][] = [
  ["XM", "姓名", "STRING", 50, true],
  ["SFZHM", "公民身份号码", "STRING", 18, true],
  ["XB", "性别", "STRING", 1, true],
  ["CSRQ", "出生日期", "DATE", null, true],
  ["LXDH", "联系电话", "STRING", 20, true],
  ["ZZ", "住址", "STRING", 200, true],
  ["TYSHXYDM", "统一社会信用代码", "STRING", 18, false],
  ["QYMC", "企业名称", "STRING", 200, false],
  ["FDDBR", "法定代表人", "STRING", 50, true],
  ["ZCZB", "注册资本", "NUMBER", 18, false],
  ["CLRQ", "成立日期", "DATE", null, false],
  ["JYFW", "经营范围", "STRING", 2000, false],
  ["DJJG", "登记机关", "STRING", 100, false],
  ["ZT", "状态", "STRING", 10, false],
  ["XZQH", "行政区划", "STRING", 12, false],
  ["JD", "经度", "NUMBER", 12, false],
  ["WD", "纬度", "NUMBER", 12, false],
  ["GXSJ", "更新时间", "DATETIME", null, false],
  ["BZ", "备注", "STRING", 500, false],
  ["SFYX", "是否有效", "BOOLEAN", null, false],
  ["XKZH", "许可证号", "STRING", 50, false],
  ["YXQZ", "有效期至", "DATE", null, false],
  ["JCJG", "检查结果", "STRING", 200, false],
  ["JCRQ", "检查日期", "DATE", null, false],
  ["SL", "数量", "NUMBER", 10, false],
  ["JE", "金额", "NUMBER", 18, false],
  ["FJ", "附件", "BINARY", null, false],
  ["SBBH", "设备编号", "STRING", 50, false],
  ["WZ", "位置", "STRING", 200, false],
  ["FZR", "负责人", "STRING", 50, true],
  ["CBRQ", "参保日期", "DATE", null, false],
  ["JFJS", "缴费基数", "NUMBER", 12, false],
  ["XXMC", "学校名称", "STRING", 100, false],
  ["NJ", "年级", "STRING", 10, false],
  ["YLJGDM", "医疗机构代码", "STRING", 22, false],
  ["CPH", "车牌号", "STRING", 10, false],
  ["SJLY", "数据来源", "STRING", 100, false],
  ["CJSJ", "采集时间", "DATETIME", null, false],
  ["SHZT", "审核状态", "STRING", 10, false],
  ["WGBM", "网格编码", "STRING", 20, false],
];

const UNIT_COLUMNS = ["id", "kind", "code", "name", "parent_id", "path", "depth", "created_at", "updated_at"];
const PERSON_COLUMNS = [
  "id",
  "name",
  "unit_id",
  "position",
  "section",
  "education_degree",
  "major",
  "major_computer_related",
  "informatization_years",
  "phone",
  "email",
  "created_at",
  "updated_at",
];
const APPOINTMENT_COLUMNS = [
  "id",
  "person_id",
  "unit_id",
  "role",
  "start_date",
  "end_date",
  "document_number",
  "qualification_exception_reason",
  "specialist_position",
  "end_reason",
  "open_term",
  "created_at",
  "updated_at",
];
// The columns the import writes, with the id the seed assigns itself.
const RESOURCE_COLUMNS = ["id", ...IMPORTED_RESOURCE_COLUMNS];
const ITEM_COLUMNS = [
  "id",
  "resource_id",
  "code",
  "name",
  "data_type",
  "length",
  "description",
  "personal_information",
  "sharing_type",
  "created_at",
  "updated_at",
];

export async function loadOrganisation(connection: Connection, organisation: Organisation): Promise<void> {
  const units = new BulkInsert(connection, "units", UNIT_COLUMNS);
  for (const u of organisation.units) units.add([u.id, u.kind, u.code, u.name, u.parentId, u.path, u.depth, CREATED_AT, CREATED_AT]);
  await units.finish();
  const persons = new BulkInsert(connection, "persons", PERSON_COLUMNS);
  for (const p of organisation.persons) {
    persons.add([
      p.id,
      p.name,
      p.unitId,
      p.position,
      p.section,
      p.educationDegree,
      p.major,
      p.majorComputerRelated,
      p.informatizationYears,
      `+861900${pad(p.id, 7)}`,
      `p${p.id}@bench.example.org`,
      CREATED_AT,
      CREATED_AT,
    ]);
  }
  await persons.finish();
  const appointments = new BulkInsert(connection, "appointments", APPOINTMENT_COLUMNS);
  for (const a of organisation.appointments) {
    appointments.add([
      a.id,
      a.personId,
      a.unitId,
      a.role,
      a.startDate,
      a.endDate,
      a.documentNumber,
      a.qualificationExceptionReason,
      a.specialistPosition,
      a.endReason,
      a.endDate === null ? 1 : null,
      CREATED_AT,
      CREATED_AT,
    ]);
  }
  await appointments.finish();
  await connection.query(
    "INSERT INTO user_accounts (id, username, kind, person_id, password_hash, district_administrator, analyst, disabled, token_version, created_at, updated_at) VALUES (1, ?, 'SERVICE', NULL, NULL, 0, 1, 0, 0, ?, ?)",
    [BENCH_USERNAME, CREATED_AT, CREATED_AT],
  );
}

async function loadInventory(connection: Connection, organisation: Organisation, size: DistrictSize, progress: (message: string) => void): Promise<void> {
  const random = new SeededRandom(SEED + 1);
  const providers = organisation.units.slice(1);
  const sequences = new Map<string, number>();
  const resources = new BulkInsert(connection, "data_resources", RESOURCE_COLUMNS, 2000);
  const items = new BulkInsert(connection, "data_items", ITEM_COLUMNS, 5000);
  let itemId = 0;
  const started = Date.now();
  for (let id = 1; id <= size.dataResources; id++) {
    const unit = random.pick(providers);
    const [classification, category] = random.weighted(CLASSIFICATIONS.map(([code, cat, weight]) => [[code, cat] as const, weight] as const));
    const sequence = (sequences.get(classification) ?? 0) + 1;
    sequences.set(classification, sequence);
    const name = `${random.pick(SUBJECTS)}${random.pick(SUBJECT_KINDS)}`;
    const status = random.weighted([
      ["PUBLISHED", 85],
      ["DRAFT", 10],
      ["RETIRED", 5],
    ] as const);
    const sharing = random.weighted([
      ["UNCONDITIONAL", 50],
      ["CONDITIONAL", 35],
      ["NOT_SHARED", 15],
    ] as const);
    const open = random.weighted([
      ["UNCONDITIONAL", 20],
      ["CONDITIONAL", 20],
      ["NOT_OPEN", 60],
    ] as const);
    resources.add([
      id,
      `${classification}/${pad(sequence, 5)}`,
      classification,
      sequence,
      category,
      name,
      unit.id,
      random.chance(0.5) ? `${unit.name}${name}，按月汇总更新。` : null,
      random.pick(["DATABASE", "SPREADSHEET", "DOCUMENT", "IMAGE", "STREAMING_MEDIA", "API"]),
      random.chance(0.7) ? `${unit.name}业务系统` : null,
      random.pick(["REAL_TIME", "DAILY", "WEEKLY", "MONTHLY", "QUARTERLY", "SEMI_ANNUAL", "ANNUAL", "IRREGULAR"]),
      random.chance(0.8) ? random.int(10, 5_000_000) : null,
      random.pick(["PLANNING", "COLLECTION", "PROCESSING", "SHARING_AND_OPENING", "EXPLOITATION", "ARCHIVED"]),
      status,
      sharing,
      sharing === "CONDITIONAL" ? "仅限政务服务办理使用" : null,
      sharing === "NOT_SHARED" ? "《中华人民共和国个人信息保护法》第十三条" : null,
      sharing === "NOT_SHARED" ? null : random.pick(["API", "FILE", "DATABASE_EXCHANGE"]),
      open,
      open === "CONDITIONAL" ? "经申请审核后开放" : null,
      random.weighted([
        ["CORE", 5],
        ["IMPORTANT", 25],
        ["GENERAL", 70],
      ] as const),
      random.chance(0.03),
      random.chance(0.05),
      random.chance(0.05),
      random.chance(0.15),
      status === "DRAFT" ? null : dayString(random.int(0, LAST_START_DAY)),
      1,
      CREATED_AT,
      CREATED_AT,
    ]);
    for (const [code, itemName, dataType, length, personal] of random.sample(FIELDS, size.itemsPerResource)) {
      items.add([
        ++itemId,
        id,
        code,
        itemName,
        dataType,
        length,
        null,
        personal,
        personal && sharing !== "NOT_SHARED" ? "NOT_SHARED" : null,
        CREATED_AT,
        CREATED_AT,
      ]);
    }
    await resources.sendIfFull();
    await items.sendIfFull();
    if (id % 10_000 === 0) {
      await connection.query("COMMIT");
      await connection.query("START TRANSACTION");
      progress(`  ${id.toLocaleString("en")} resources, ${itemId.toLocaleString("en")} items (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  }
  await resources.finish();
  await items.finish();
}

export interface SeedSummary {
  database: string;
  reused: boolean;
  seconds: number;
  counts: Record<string, number>;
  /** W2's unit: 茶山街道. */
  tinyQueryUnit: { id: number; name: string };
}

const COUNTED_TABLES = ["units", "persons", "appointments", "user_accounts", "data_resources", "data_items"] as const;

function expectedCounts(size: DistrictSize, organisation: Organisation): Record<(typeof COUNTED_TABLES)[number], number> {
  return {
    units: organisation.units.length,
    persons: organisation.persons.length,
    appointments: organisation.appointments.length,
    user_accounts: 1,
    data_resources: size.dataResources,
    data_items: size.dataResources * size.itemsPerResource,
  };
}

async function countRows(connection: Connection, database: string): Promise<Record<string, number | string> | null> {
  const [schemas] = await connection.query<RowDataPacket[]>("SELECT SCHEMA_COMMENT AS comment FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?", [
    database,
  ]);
  if (schemas.length === 0) return null;
  const counts: Record<string, number | string> = { seedMarker: schemas[0].comment };
  for (const table of COUNTED_TABLES) {
    try {
      const [rows] = await connection.query<RowDataPacket[]>(`SELECT COUNT(*) AS n FROM \`${database}\`.${table}`);
      counts[table] = Number(rows[0].n);
    } catch {
      return null;
    }
  }
  return counts;
}

/** Creates the tables with the product's own migrations (the same the server runs at start). */
export async function migrate(url: string): Promise<void> {
  logger.setLevel("warn");
  const dataSource = createDataSource({ database: parseDatabaseUrl(url), poolSize: 1, mariadb: true });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: "each" });
  } finally {
    await dataSource.destroy();
  }
}

/** The search's gram index over the inventory just loaded (the migration ran on empty tables), as the product writes it. */
async function indexSearchGrams(url: string): Promise<void> {
  const dataSource = createDataSource({ database: parseDatabaseUrl(url), poolSize: 1, mariadb: true });
  await dataSource.initialize();
  try {
    await backfillResourceSearchGrams(dataSource.manager);
  } finally {
    await dataSource.destroy();
  }
}

export async function seedDistrict(sizeName: SizeName, progress: (message: string) => void): Promise<SeedSummary> {
  const size = SIZES[sizeName].district;
  const database = databaseName(sizeName);
  const marker = `cdo-bench seed v${SEED_VERSION} size ${sizeName}`;
  const organisation = buildOrganisation(size);
  const expected = expectedCounts(size, organisation);
  const tinyUnit = organisation.units.find((u) => u.name === "茶山街道")!;
  const summary = (reused: boolean, seconds: number): SeedSummary => ({
    database,
    reused,
    seconds,
    counts: expected,
    tinyQueryUnit: { id: tinyUnit.id, name: tinyUnit.name },
  });

  const started = Date.now();
  const connection = await createConnection({ uri: serverUrl(), charset: "utf8mb4_unicode_ci", connectTimeout: 5000 });
  try {
    const counts = await countRows(connection, database);
    if (counts && counts.seedMarker === marker && COUNTED_TABLES.every((t) => counts[t] === expected[t])) {
      progress(`Reusing ${database}: ${marker}, row counts match`);
      return summary(true, (Date.now() - started) / 1000);
    }
    progress(
      `Seeding ${database} (${marker}): ${expected.units} units, ${expected.persons} persons, ${expected.appointments} appointments, ${expected.data_resources.toLocaleString("en")} resources, ${expected.data_items.toLocaleString("en")} items`,
    );
    await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await connection.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await migrate(`${serverUrl()}/${database}`);
    progress(`  migrations run (${((Date.now() - started) / 1000).toFixed(1)} s)`);

    await connection.query(`USE \`${database}\``);
    await connection.query("SET SESSION foreign_key_checks = 0, unique_checks = 0");
    await connection.query("START TRANSACTION");
    await loadOrganisation(connection, organisation);
    await loadInventory(connection, organisation, size, progress);
    await connection.query("COMMIT");
    await connection.query("SET SESSION foreign_key_checks = 1, unique_checks = 1");
    await indexSearchGrams(`${serverUrl()}/${database}`);
    progress(`  search grams indexed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    await connection.query(`ANALYZE TABLE ${COUNTED_TABLES.join(", ")}, ${SEARCH_GRAMS_TABLE}`);
    await connection.query(`ALTER DATABASE \`${database}\` COMMENT = ${literal(marker)}`);
    const seconds = (Date.now() - started) / 1000;
    progress(`  seeded in ${seconds.toFixed(1)} s`);
    return summary(false, seconds);
  } finally {
    await connection.end();
  }
}

/** A fresh API token for the bench's analyst account, for this run only (its hash is stored, as the product does). */
export function issueBenchToken(sizeName: SizeName): Promise<string> {
  return issueTokenIn(databaseUrl(sizeName));
}

/** The same, in any database seeded with the bench account (the quality workload's own). */
export async function issueTokenIn(url: string): Promise<string> {
  const token = "cdo_" + randomBytes(32).toString("base64url");
  const connection = await createConnection({ uri: url, charset: "utf8mb4_unicode_ci" });
  try {
    const [accounts] = await connection.query<RowDataPacket[]>("SELECT id FROM user_accounts WHERE username = ?", [BENCH_USERNAME]);
    const accountId = accounts[0].id as number;
    await connection.query("DELETE FROM api_tokens WHERE account_id = ?", [accountId]);
    await connection.query(
      "INSERT INTO api_tokens (account_id, name, prefix, secret_hash, expires_at, last_used_at, revoked_at, created_at, updated_at) VALUES (?, 'npm run bench', ?, ?, NULL, NULL, NULL, UTC_TIMESTAMP(), UTC_TIMESTAMP())",
      [accountId, token.slice(0, 12), createHash("sha256").update(token).digest("hex")],
    );
  } finally {
    await connection.end();
  }
  return token;
}
