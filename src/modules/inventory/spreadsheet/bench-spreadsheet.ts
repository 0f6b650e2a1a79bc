/**
 * Times the inventory spreadsheet writer and reader on a generated district inventory
 * (2,500 resources × 20 items = 50,000 rows by default), each step in its own process so its
 * peak RSS is its own. Run: `npx tsx src/modules/inventory/spreadsheet/bench-spreadsheet.ts [rows]`.
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, statSync } from "node:fs";
import { CatalogCells } from "./catalog-template";
import { readCatalogRows } from "./read-catalog";
import { writeCatalogRows } from "./write-catalog";

const ITEMS_PER_RESOURCE = 20;
const STEPS = ["write-csv", "read-csv", "write-xlsx", "read-xlsx"] as const;
type Step = (typeof STEPS)[number];

const UNITS = [
  ["320402100", "区发展和改革局"],
  ["320402101", "区教育局"],
  ["320402102", "区民政局"],
  ["320402103", "区司法局"],
  ["320402104", "区财政局"],
  ["320402105", "区人力资源和社会保障局"],
  ["320402106", "区住房和城乡建设局"],
  ["320402107", "区城市管理局"],
  ["320402108", "区农业农村局"],
  ["320402109", "区商务局"],
  ["320402001", "雕庄街道"],
  ["320402003", "茶山街道"],
] as const;
const SUBJECTS = ["最低生活保障对象", "特困人员供养", "企业登记", "建设工程施工许可", "城市道路占用", "农业补贴发放", "学校基本信息", "社会保险参保", "行政处罚决定", "住房公积金缴存"];
const ASPECTS = ["基本信息", "审批记录", "变更情况", "年度统计", "资金发放明细"];
const FORMATS = ["数据库", "电子表格", "电子文件", "接口"];
const FREQUENCIES = ["实时", "每日", "每周", "每月", "每季度", "每年", "不定期"];
const SHARING = ["无条件共享", "有条件共享", "不予共享"];
const OPEN = ["无条件开放", "有条件开放", "不予开放"];
const LEVELS = ["一般数据", "重要数据", "核心数据"];
const ITEMS = [
  ["姓名", "字符型", "50", "是"],
  ["公民身份号码", "字符型", "18", "是"],
  ["统一社会信用代码", "字符型", "18", "否"],
  ["联系电话", "字符型", "20", "是"],
  ["住址", "字符型", "200", "是"],
  ["所属街道", "字符型", "50", "否"],
  ["审批日期", "日期型", "", "否"],
  ["发放金额", "数值型", "12,2", "否"],
  ["办理状态", "字符型", "10", "否"],
  ["备注", "字符型", "500", "否"],
] as const;

function* inventory(rows: number): Generator<CatalogCells> {
  const resources = Math.ceil(rows / ITEMS_PER_RESOURCE);
  let written = 0;
  for (let r = 0; r < resources; r++) {
    const [unitCode, unitName] = UNITS[r % UNITS.length];
    const subject = SUBJECTS[r % SUBJECTS.length];
    const aspect = ASPECTS[Math.floor(r / SUBJECTS.length) % ASPECTS.length];
    const sharing = SHARING[r % 3];
    const resource: CatalogCells = {
      resourceCode: `301002/${String(r + 1).padStart(5, "0")}`,
      resourceName: `${unitName}${subject}${aspect}`,
      providerUnitCode: unitCode,
      catalogCategory: ["基础", "主题", "部门"][r % 3],
      classificationCode: "301002",
      summary: `记录${unitName}在履行职能过程中形成的${subject}${aspect}，包括办理对象、办理结果和办理时间等，供相关部门在"一网通办"中共享使用。`,
      format: FORMATS[r % FORMATS.length],
      sourceSystem: `${unitName}业务管理系统`,
      updateFrequency: FREQUENCIES[r % FREQUENCIES.length],
      recordCount: String(1000 + ((r * 7919) % 900000)),
      lifecycleStage: "共享开放",
      status: "已发布",
      sharingType: sharing,
      sharingConditions: sharing === "有条件共享" ? "仅限于社会救助、就业服务等法定职责使用，不得转作他用" : "",
      notSharedBasis: sharing === "不予共享" ? "《中华人民共和国个人信息保护法》第十三条" : "",
      sharingMethod: ["接口", "文件", "库表交换"][r % 3],
      openType: OPEN[(r + 2) % 3],
      openConditions: "",
      level: LEVELS[r % 3],
      nationalInterest: "否",
      publicSafety: "否",
      tradeSecret: r % 5 === 0 ? "是" : "否",
      personalPrivacy: r % 2 === 0 ? "是" : "否",
      publishedDate: `2025-${String((r % 12) + 1).padStart(2, "0")}-${String((r % 28) + 1).padStart(2, "0")}`,
      functions: `${subject}审核；${subject}管理`,
    };
    // One object per resource, its item columns overwritten per item: the writer copies each row
    // as it is pulled, and the benchmark should time the writer, not this generator's garbage.
    const row: CatalogCells = { ...resource };
    for (let i = 0; i < ITEMS_PER_RESOURCE && written < rows; i++, written++) {
      const [name, dataType, length, personal] = ITEMS[i % ITEMS.length];
      row.itemCode = `${resource.resourceCode}-${String(i + 1).padStart(3, "0")}`;
      row.itemName = i < ITEMS.length ? name : `${name}（${i - ITEMS.length + 2}）`;
      row.dataType = dataType;
      row.length = length;
      row.itemDescription = `${subject}的${name}`;
      row.personalInformation = personal;
      row.itemSharingType = personal === "是" ? "有条件共享" : "";
      yield row;
    }
  }
}

async function runStep(step: Step, rows: number, file: string): Promise<void> {
  const before = process.memoryUsage().rss;
  const started = process.hrtime.bigint();
  let count = 0;
  if (step.startsWith("write")) {
    await writeCatalogRows(inventory(rows), step === "write-csv" ? "csv" : "xlsx", createWriteStream(file));
    count = rows;
  } else {
    let names = 0;
    for await (const row of readCatalogRows(file, step === "read-csv" ? "csv" : "xlsx")) {
      count++;
      names += row.cells.itemName ? 1 : 0;
    }
    if (names !== count || count !== rows) throw new Error(`read ${count} rows (${names} with an item name), expected ${rows}`);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peak = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify({ step, seconds, rows: count, baseRss: before, peakRss: peak }));
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

async function main(): Promise<void> {
  const [stepArg, rowsArg, fileArg] = process.argv.slice(2);
  if ((STEPS as readonly string[]).includes(stepArg)) return runStep(stepArg as Step, Number(rowsArg), fileArg);

  const rows = Number(stepArg ?? 50_000);
  console.log(`inventory template, ${rows.toLocaleString("en")} rows (${Math.ceil(rows / ITEMS_PER_RESOURCE)} resources × ${ITEMS_PER_RESOURCE} items), node ${process.version}`);
  console.log("step         time     rows/s    file     peak RSS  RSS growth");
  for (const step of STEPS) {
    const file = `/tmp/catalog-bench-${rows}.${step.endsWith("csv") ? "csv" : "xlsx"}`;
    const child = spawnSync(process.execPath, [...process.execArgv, __filename, step, String(rows), file], { encoding: "utf8" });
    if (child.status !== 0) throw new Error(`${step} failed:\n${child.stderr}`);
    const result = JSON.parse(child.stdout) as { seconds: number; rows: number; baseRss: number; peakRss: number };
    console.log(
      [
        step.padEnd(11),
        `${result.seconds.toFixed(2)} s`.padStart(7),
        Math.round(result.rows / result.seconds).toLocaleString("en").padStart(10),
        mb(statSync(file).size).padStart(8),
        mb(result.peakRss).padStart(11),
        mb(result.peakRss - result.baseRss).padStart(11),
      ].join("  "),
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
