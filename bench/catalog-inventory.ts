/**
 * The generated district inventory both spreadsheet benchmarks use: deterministic, real unit
 * codes, every DOMAIN §2 rule kept (so the importer accepts every row), one row per data item.
 */
import { CatalogCells } from "../src/modules/inventory/spreadsheet/catalog-template";

export const ITEMS_PER_RESOURCE = 20;

export const DISTRICT = { code: "320402", name: "天宁区" };
export const UNITS = [
  ["320402100", "区发展和改革局"],
  ["320402101", "区教育局"],
  ["320402102", "区民政局"],
  ["320402103", "区司法局"],
  ["320402104", "区财政局"],
  ["320402105", "区人力资源和社会保障局"],
  ["320402106", "区住房和城乡建设局"],
  ["320402107", "区城市管理局"],
  ["320402108", "区农业农村局"],
  ["320402110", "区商务局"],
  ["320402001", "雕庄街道"],
  ["320402003", "茶山街道"],
] as const;
const SUBJECTS = [
  "最低生活保障对象",
  "特困人员供养",
  "企业登记",
  "建设工程施工许可",
  "城市道路占用",
  "农业补贴发放",
  "学校基本信息",
  "社会保险参保",
  "行政处罚决定",
  "住房公积金缴存",
];
const ASPECTS = ["基本信息", "审批记录", "变更情况", "年度统计", "资金发放明细"];
const ITEMS = [
  ["姓名", "字符型", "50", true],
  ["公民身份号码", "字符型", "18", true],
  ["统一社会信用代码", "字符型", "18", false],
  ["联系电话", "字符型", "20", true],
  ["住址", "字符型", "200", true],
  ["所属街道", "字符型", "50", false],
  ["审批日期", "日期型", "", false],
  ["发放金额", "数值型", "12", false],
  ["办理状态", "字符型", "10", false],
  ["备注", "字符型", "500", false],
] as const;

export function* inventory(rows: number): Generator<CatalogCells> {
  const resources = Math.ceil(rows / ITEMS_PER_RESOURCE);
  let written = 0;
  for (let r = 0; r < resources; r++) {
    const [unitCode, unitName] = UNITS[r % UNITS.length];
    const subject = SUBJECTS[r % SUBJECTS.length];
    const aspect = ASPECTS[Math.floor(r / SUBJECTS.length) % ASPECTS.length];
    const category = r % 3;
    const classification = ["101001", "201003", "301002"][category];
    const sharing = r % 3; // 0 unconditional, 1 conditional, 2 not shared
    const personal = sharing !== 0; // only resources not shared unconditionally hold personal information
    const level = r % 50 === 0 ? "核心数据" : r % 5 === 0 ? "重要数据" : "一般数据";
    const open =
      sharing === 2 || level === "核心数据" || personal
        ? sharing === 1 && level !== "核心数据" && r % 2 === 0
          ? "有条件开放"
          : "不予开放"
        : level === "一般数据"
          ? "无条件开放"
          : "有条件开放";
    const resource: CatalogCells = {
      resourceCode: `${classification}/${String(r + 1).padStart(5, "0")}`,
      resourceName: `${unitName}${subject}${aspect}`,
      providerUnitCode: unitCode,
      catalogCategory: ["基础", "主题", "部门"][category],
      classificationCode: classification,
      summary: `记录${unitName}在履行职能过程中形成的${subject}${aspect}，包括办理对象、办理结果和办理时间等，供相关部门在"一网通办"中共享使用。`,
      format: ["数据库", "电子表格", "电子文件", "接口"][r % 4],
      sourceSystem: `${unitName}业务管理系统`,
      updateFrequency: ["实时", "每日", "每周", "每月", "每季度", "每半年", "每年", "不定期"][r % 8],
      recordCount: String(1000 + ((r * 7919) % 900000)),
      lifecycleStage: "共享开放",
      status: r % 10 === 0 ? "草稿" : "已发布",
      sharingType: ["无条件共享", "有条件共享", "不予共享"][sharing],
      sharingConditions: sharing === 1 ? "仅限于社会救助、就业服务等法定职责使用，不得转作他用" : "",
      notSharedBasis: sharing === 2 ? "《中华人民共和国个人信息保护法》第十三条" : "",
      sharingMethod: ["接口", "文件", "库表交换"][r % 3],
      openType: open,
      openConditions: open === "有条件开放" ? "经申请审核后开放，仅用于科学研究" : "",
      level,
      nationalInterest: "否",
      publicSafety: r % 7 === 0 && open !== "无条件开放" ? "是" : "否",
      tradeSecret: "否",
      personalPrivacy: personal ? "是" : "否",
      publishedDate: `2025-${String((r % 12) + 1).padStart(2, "0")}-${String((r % 28) + 1).padStart(2, "0")}`,
      functions: `${subject}审核；${subject}管理`,
    };
    const row: CatalogCells = { ...resource };
    for (let i = 0; i < ITEMS_PER_RESOURCE && written < rows; i++, written++) {
      const [name, dataType, length, isPersonal] = ITEMS[i % ITEMS.length];
      const pi = personal && isPersonal;
      row.itemCode = `XM${String(i + 1).padStart(3, "0")}`;
      row.itemName = i < ITEMS.length ? name : `${name}（${i - ITEMS.length + 2}）`;
      row.dataType = dataType;
      row.length = length;
      row.itemDescription = `${subject}的${name}`;
      row.personalInformation = pi ? "是" : "否";
      row.itemSharingType = pi ? (sharing === 2 ? "不予共享" : "有条件共享") : "";
      yield row;
    }
  }
}
