// 天宁区首席数据官制度演示数据（Tianning District CDO demo data）。
//
// Units are real (administrative codes of 天宁区, 常州市); every person, phone number, e-mail
// address and appointment document number (任命文号) below is INVENTED. Names follow the pattern
// surname + "某" + character, phones are +86 190 0000 0NNN and e-mails use example.org.
//
// Deliberate gaps and exceptions (for coverage / qualification findings):
//   - 郑陆镇: no current 首席数据官 (the previous term ended 2026-03-31, 岗位调整, no successor).
//   - 区审计局: no 数据专员 at all.
//   - 区退役军人事务局: neither 首席数据官 nor 数据专员.
//   - 红梅街道 and 区司法局: current 首席数据官 fails the 选聘条件, appointed with an exception reason.
//   - 茶山街道, 区农业农村局, 区统计局: 数据专员 is not a section / subordinate-unit head (OTHER).
// History: 区发展和改革局 CDO succeeded on 2025-07-01; 天宁经济开发区 CDO on 2025-01-01;
//   红梅街道 specialist on 2024-09-01; 区卫生健康局 specialist on 2025-02-01.
//
// Plain data, no imports; a loader inserts it. Dates are "YYYY-MM-DD", periods are [start, end).

type DemoUnitKind = "DISTRICT" | "DEVELOPMENT_ZONE" | "TOWN" | "STREET" | "DEPARTMENT" | "SUBORDINATE";
type DemoDegree = "DOCTORATE" | "MASTER" | "BACHELOR" | "JUNIOR_COLLEGE" | "HIGH_SCHOOL_OR_BELOW";
type DemoRole = "DISTRICT_CDO" | "DISTRICT_CHIEF_DATA_EXECUTIVE" | "UNIT_CDO" | "DATA_SPECIALIST";
type DemoSpecialistPosition = "RESPONSIBLE_SECTION_HEAD" | "SUBORDINATE_UNIT_HEAD" | "OTHER";

export interface DemoUnit { code: string; name: string; kind: DemoUnitKind; parentCode: string | null }
export interface DemoPerson {
  key: string;            // stable ascii key used by appointments, e.g. "p-fgj-cdo"
  unitCode: string;       // unit the person works in
  name: string; position: string | null; section: string | null;
  educationDegree: DemoDegree | null; major: string | null; majorComputerRelated: boolean;
  informatizationYears: number; phone: string | null; email: string | null;
}
export interface DemoAppointment {
  personKey: string; unitCode: string; role: DemoRole;
  startDate: string; endDate: string | null;   // "YYYY-MM-DD"
  documentNumber: string | null;               // 任命文号 (invented)
  qualificationExceptionReason: string | null; // only for UNIT_CDO that fails the qualification rule
  specialistPosition: DemoSpecialistPosition | null; // required (non-null) for DATA_SPECIALIST, null otherwise
  endReason: string | null;
}

// ---------------------------------------------------------------- 单位 units
export const demoUnits: DemoUnit[] = [
  // 区（根）
  { code: "320402", name: "天宁区", kind: "DISTRICT", parentCode: null },
  // 街道
  { code: "320402001", name: "雕庄街道", kind: "STREET", parentCode: "320402" },
  { code: "320402002", name: "青龙街道", kind: "STREET", parentCode: "320402" },
  { code: "320402003", name: "茶山街道", kind: "STREET", parentCode: "320402" },
  { code: "320402004", name: "红梅街道", kind: "STREET", parentCode: "320402" },
  { code: "320402005", name: "天宁街道", kind: "STREET", parentCode: "320402" },
  { code: "320402006", name: "兰陵街道", kind: "STREET", parentCode: "320402" },
  // 镇
  { code: "320402109", name: "郑陆镇", kind: "TOWN", parentCode: "320402" },
  // 开发区
  { code: "320402-KFQ", name: "天宁经济开发区", kind: "DEVELOPMENT_ZONE", parentCode: "320402" },
  // 区各部门
  { code: "320402-B01", name: "区发展和改革局", kind: "DEPARTMENT", parentCode: "320402" },
  { code: "320402-B02", name: "区教育局", kind: "DEPARTMENT", parentCode: "320402" },
  { code: "320402-B03", name: "区民政局", kind: "DEPARTMENT", parentCode: "320402" },
  { code: "320402-B04", name: "区司法局", kind: "DEPARTMENT", parentCode: "320402" },
  { code: "320402-B05", name: "区财政局", kind: "DEPARTMENT", parentCode: "320402" },
  { code: "320402-B06", name: "区人力资源和社会保障局", kind: "DEPARTMENT", parentCode: "320402" },
  { code: "320402-B07", name: "区住房和城乡建设局", kind: "DEPARTMENT", parentCode: "320402" },
  { code: "320402-B08", name: "区城市管理局", kind: "DEPARTMENT", parentCode: "320402" },
  { code: "320402-B09", name: "区农业农村局", kind: "DEPARTMENT", parentCode: "320402" },
  { code: "320402-B10", name: "区商务局", kind: "DEPARTMENT", parentCode: "320402" },
  { code: "320402-B11", name: "区文化广电和旅游局", kind: "DEPARTMENT", parentCode: "320402" },
  { code: "320402-B12", name: "区卫生健康局", kind: "DEPARTMENT", parentCode: "320402" },
  { code: "320402-B13", name: "区退役军人事务局", kind: "DEPARTMENT", parentCode: "320402" },
  { code: "320402-B14", name: "区应急管理局", kind: "DEPARTMENT", parentCode: "320402" },
  { code: "320402-B15", name: "区审计局", kind: "DEPARTMENT", parentCode: "320402" },
  { code: "320402-B16", name: "区统计局", kind: "DEPARTMENT", parentCode: "320402" },
  { code: "320402-B17", name: "区医疗保障局", kind: "DEPARTMENT", parentCode: "320402" },
  { code: "320402-B18", name: "区行政审批局", kind: "DEPARTMENT", parentCode: "320402" },
  { code: "320402-B19", name: "区政府办公室", kind: "DEPARTMENT", parentCode: "320402" },
  // 下属单位
  { code: "320402-B19-01", name: "区大数据管理中心", kind: "SUBORDINATE", parentCode: "320402-B19" },
  { code: "320402-B02-01", name: "区教育信息化中心", kind: "SUBORDINATE", parentCode: "320402-B02" },
  { code: "320402-B06-01", name: "区社会保险基金管理中心", kind: "SUBORDINATE", parentCode: "320402-B06" },
  { code: "320402-B12-01", name: "区卫生健康信息中心", kind: "SUBORDINATE", parentCode: "320402-B12" },
];

// ---------------------------------------------------------------- 人员 persons (invented)
export const demoPersons: DemoPerson[] = [
  // 天宁区（区级）：区首席数据官、区首席数据执行官
  { key: "p-qu-cdo", unitCode: "320402", name: "王某一", position: "副区长", section: null, educationDegree: "MASTER", major: "公共管理", majorComputerRelated: false, informatizationYears: 6, phone: "+8619000000001", email: "p-qu-cdo@example.org" },
  { key: "p-qu-cde", unitCode: "320402-B19-01", name: "陈某华", position: "区大数据管理中心主任", section: null, educationDegree: "MASTER", major: "计算机技术", majorComputerRelated: true, informatizationYears: 12, phone: "+8619000000002", email: "p-qu-cde@example.org" },
  { key: "p-dsj-deputy", unitCode: "320402-B19-01", name: "刘某平", position: "区大数据管理中心副主任", section: "数据资源科", educationDegree: "BACHELOR", major: "数据科学与大数据技术", majorComputerRelated: true, informatizationYears: 4, phone: "+8619000000003", email: "p-dsj-deputy@example.org" },
  // 雕庄街道
  { key: "p-dz-cdo", unitCode: "320402001", name: "张某二", position: "办事处副主任", section: null, educationDegree: "BACHELOR", major: "计算机科学与技术", majorComputerRelated: true, informatizationYears: 2, phone: "+8619000000004", email: "p-dz-cdo@example.org" },
  { key: "p-dz-ds", unitCode: "320402001", name: "李某芳", position: "党政办公室主任", section: "党政办公室", educationDegree: "BACHELOR", major: "行政管理", majorComputerRelated: false, informatizationYears: 3, phone: "+8619000000005", email: "p-dz-ds@example.org" },
  // 青龙街道
  { key: "p-ql-cdo", unitCode: "320402002", name: "赵某三", position: "办事处副主任", section: null, educationDegree: "BACHELOR", major: "法学", majorComputerRelated: false, informatizationYears: 5, phone: "+8619000000006", email: "p-ql-cdo@example.org" },
  { key: "p-ql-ds", unitCode: "320402002", name: "黄某明", position: "网格化服务管理中心主任", section: "网格化服务管理中心", educationDegree: "BACHELOR", major: "软件工程", majorComputerRelated: true, informatizationYears: 4, phone: "+8619000000007", email: "p-ql-ds@example.org" },
  // 茶山街道（数据专员为科员：OTHER）
  { key: "p-cs-cdo", unitCode: "320402003", name: "周某四", position: "党工委委员、办事处副主任", section: null, educationDegree: "MASTER", major: "软件工程", majorComputerRelated: true, informatizationYears: 6, phone: "+8619000000008", email: "p-cs-cdo@example.org" },
  { key: "p-cs-ds", unitCode: "320402003", name: "吴某丽", position: "科员", section: "党政办公室", educationDegree: "BACHELOR", major: "信息安全", majorComputerRelated: true, informatizationYears: 1, phone: "+8619000000009", email: "p-cs-ds@example.org" },
  // 红梅街道（首席数据官不符合选聘条件，例外任命；数据专员于 2024-09-01 更替）
  { key: "p-hm-cdo", unitCode: "320402004", name: "徐某五", position: "办事处副主任", section: null, educationDegree: "BACHELOR", major: "汉语言文学", majorComputerRelated: false, informatizationYears: 1, phone: "+8619000000010", email: "p-hm-cdo@example.org" },
  { key: "p-hm-ds-2023", unitCode: "320402004", name: "孙某强", position: "党政办公室副主任", section: "党政办公室", educationDegree: "BACHELOR", major: "工商管理", majorComputerRelated: false, informatizationYears: 2, phone: "+8619000000011", email: "p-hm-ds-2023@example.org" },
  { key: "p-hm-ds", unitCode: "320402004", name: "胡某敏", position: "网格化服务管理中心主任", section: "网格化服务管理中心", educationDegree: "BACHELOR", major: "网络工程", majorComputerRelated: true, informatizationYears: 3, phone: "+8619000000012", email: "p-hm-ds@example.org" },
  // 天宁街道
  { key: "p-tn-cdo", unitCode: "320402005", name: "朱某六", position: "办事处副主任", section: null, educationDegree: "JUNIOR_COLLEGE", major: "计算机应用技术", majorComputerRelated: true, informatizationYears: 4, phone: "+8619000000013", email: "p-tn-cdo@example.org" },
  { key: "p-tn-ds", unitCode: "320402005", name: "高某静", position: "党政办公室主任", section: "党政办公室", educationDegree: "BACHELOR", major: "网络工程", majorComputerRelated: true, informatizationYears: 3, phone: "+8619000000014", email: "p-tn-ds@example.org" },
  // 兰陵街道
  { key: "p-ll-cdo", unitCode: "320402006", name: "林某七", position: "办事处副主任", section: null, educationDegree: "BACHELOR", major: "网络工程", majorComputerRelated: true, informatizationYears: 3, phone: "+8619000000015", email: "p-ll-cdo@example.org" },
  { key: "p-ll-ds", unitCode: "320402006", name: "何某伟", position: "综合管理办公室主任", section: "综合管理办公室", educationDegree: "BACHELOR", major: "会计学", majorComputerRelated: false, informatizationYears: 2, phone: "+8619000000016", email: "p-ll-ds@example.org" },
  // 郑陆镇（首席数据官 2026-03-31 因岗位调整卸任，暂无继任者：当前缺首席数据官）
  { key: "p-zl-cdo-2023", unitCode: "320402109", name: "郭某八", position: "镇人大副主席", section: null, educationDegree: "BACHELOR", major: "农业经济管理", majorComputerRelated: false, informatizationYears: 4, phone: "+8619000000017", email: "p-zl-cdo-2023@example.org" },
  { key: "p-zl-ds", unitCode: "320402109", name: "马某九", position: "党政办公室主任", section: "党政办公室", educationDegree: "BACHELOR", major: "计算机科学与技术", majorComputerRelated: true, informatizationYears: 5, phone: "+8619000000018", email: "p-zl-ds@example.org" },
  { key: "p-zl-staff", unitCode: "320402109", name: "秦某川", position: "科员", section: "党政办公室", educationDegree: "JUNIOR_COLLEGE", major: "计算机网络技术", majorComputerRelated: true, informatizationYears: 1, phone: "+8619000000019", email: "p-zl-staff@example.org" },
  // 天宁经济开发区（首席数据官于 2025-01-01 更替）
  { key: "p-kfq-cdo-2023", unitCode: "320402-KFQ", name: "罗某十", position: "管委会副主任", section: null, educationDegree: "MASTER", major: "计算机科学与技术", majorComputerRelated: true, informatizationYears: 5, phone: "+8619000000020", email: "p-kfq-cdo-2023@example.org" },
  { key: "p-kfq-cdo", unitCode: "320402-KFQ", name: "梁某军", position: "管委会副主任", section: null, educationDegree: "BACHELOR", major: "工商管理", majorComputerRelated: false, informatizationYears: 3, phone: "+8619000000021", email: "p-kfq-cdo@example.org" },
  { key: "p-kfq-ds", unitCode: "320402-KFQ", name: "宋某霞", position: "综合办公室主任", section: "综合办公室", educationDegree: "BACHELOR", major: "电子商务", majorComputerRelated: false, informatizationYears: 2, phone: "+8619000000022", email: "p-kfq-ds@example.org" },
  // 区发展和改革局（首席数据官于 2025-07-01 更替）
  { key: "p-fgj-cdo-2023", unitCode: "320402-B01", name: "谢某成", position: "副局长", section: null, educationDegree: "BACHELOR", major: "经济学", majorComputerRelated: false, informatizationYears: 5, phone: "+8619000000023", email: "p-fgj-cdo-2023@example.org" },
  { key: "p-fgj-cdo", unitCode: "320402-B01", name: "韩某宁", position: "副局长", section: null, educationDegree: "MASTER", major: "软件工程", majorComputerRelated: true, informatizationYears: 2, phone: "+8619000000024", email: "p-fgj-cdo@example.org" },
  { key: "p-fgj-ds", unitCode: "320402-B01", name: "唐某洁", position: "规划科科长", section: "规划科", educationDegree: "BACHELOR", major: "统计学", majorComputerRelated: false, informatizationYears: 3, phone: "+8619000000025", email: "p-fgj-ds@example.org" },
  // 区教育局（数据专员为下属单位区教育信息化中心负责人）
  { key: "p-jyj-cdo", unitCode: "320402-B02", name: "冯某二", position: "副局长", section: null, educationDegree: "MASTER", major: "教育学", majorComputerRelated: false, informatizationYears: 8, phone: "+8619000000026", email: "p-jyj-cdo@example.org" },
  { key: "p-jyj-ds", unitCode: "320402-B02-01", name: "于某涛", position: "区教育信息化中心主任", section: null, educationDegree: "BACHELOR", major: "计算机科学与技术", majorComputerRelated: true, informatizationYears: 9, phone: "+8619000000027", email: "p-jyj-ds@example.org" },
  { key: "p-jyj-xxzx-deputy", unitCode: "320402-B02-01", name: "董某慧", position: "区教育信息化中心副主任", section: "技术保障部", educationDegree: "BACHELOR", major: "软件工程", majorComputerRelated: true, informatizationYears: 5, phone: "+8619000000028", email: "p-jyj-xxzx-deputy@example.org" },
  // 区民政局
  { key: "p-mzj-cdo", unitCode: "320402-B03", name: "萧某三", position: "副局长", section: null, educationDegree: "BACHELOR", major: "计算机科学与技术", majorComputerRelated: true, informatizationYears: 1, phone: "+8619000000029", email: "p-mzj-cdo@example.org" },
  { key: "p-mzj-ds", unitCode: "320402-B03", name: "程某玲", position: "办公室主任", section: "办公室", educationDegree: "BACHELOR", major: "社会工作", majorComputerRelated: false, informatizationYears: 2, phone: "+8619000000030", email: "p-mzj-ds@example.org" },
  // 区司法局（首席数据官不符合选聘条件，例外任命）
  { key: "p-sfj-cdo", unitCode: "320402-B04", name: "曹某四", position: "副局长", section: null, educationDegree: "MASTER", major: "法学", majorComputerRelated: false, informatizationYears: 2, phone: "+8619000000031", email: "p-sfj-cdo@example.org" },
  { key: "p-sfj-ds", unitCode: "320402-B04", name: "袁某杰", position: "办公室主任", section: "办公室", educationDegree: "BACHELOR", major: "法学", majorComputerRelated: false, informatizationYears: 2, phone: "+8619000000032", email: "p-sfj-ds@example.org" },
  // 区财政局
  { key: "p-czj-cdo", unitCode: "320402-B05", name: "邓某五", position: "副局长", section: null, educationDegree: "BACHELOR", major: "会计学", majorComputerRelated: false, informatizationYears: 6, phone: "+8619000000033", email: "p-czj-cdo@example.org" },
  { key: "p-czj-ds", unitCode: "320402-B05", name: "许某颖", position: "信息科科长", section: "信息科", educationDegree: "BACHELOR", major: "计算机科学与技术", majorComputerRelated: true, informatizationYears: 7, phone: "+8619000000034", email: "p-czj-ds@example.org" },
  // 区人力资源和社会保障局（数据专员为下属单位区社会保险基金管理中心负责人）
  { key: "p-rsj-cdo", unitCode: "320402-B06", name: "傅某六", position: "副局长", section: null, educationDegree: "MASTER", major: "计算机科学与技术", majorComputerRelated: true, informatizationYears: 3, phone: "+8619000000035", email: "p-rsj-cdo@example.org" },
  { key: "p-rsj-ds", unitCode: "320402-B06-01", name: "沈某燕", position: "区社会保险基金管理中心主任", section: null, educationDegree: "BACHELOR", major: "会计学", majorComputerRelated: false, informatizationYears: 4, phone: "+8619000000036", email: "p-rsj-ds@example.org" },
  { key: "p-rsj-sbzx-staff", unitCode: "320402-B06-01", name: "邵某远", position: "信息科科长", section: "信息科", educationDegree: "BACHELOR", major: "网络工程", majorComputerRelated: true, informatizationYears: 6, phone: "+8619000000037", email: "p-rsj-sbzx-staff@example.org" },
  // 区住房和城乡建设局
  { key: "p-zjj-cdo", unitCode: "320402-B07", name: "曾某七", position: "副局长", section: null, educationDegree: "BACHELOR", major: "土木工程", majorComputerRelated: false, informatizationYears: 3, phone: "+8619000000038", email: "p-zjj-cdo@example.org" },
  { key: "p-zjj-ds", unitCode: "320402-B07", name: "彭某斌", position: "办公室主任", section: "办公室", educationDegree: "BACHELOR", major: "工程管理", majorComputerRelated: false, informatizationYears: 1, phone: "+8619000000039", email: "p-zjj-ds@example.org" },
  // 区城市管理局
  { key: "p-cgj-cdo", unitCode: "320402-B08", name: "吕某八", position: "副局长", section: null, educationDegree: "BACHELOR", major: "软件工程", majorComputerRelated: true, informatizationYears: 2, phone: "+8619000000040", email: "p-cgj-cdo@example.org" },
  { key: "p-cgj-ds", unitCode: "320402-B08", name: "苏某安", position: "信息指挥科科长", section: "信息指挥科", educationDegree: "BACHELOR", major: "网络工程", majorComputerRelated: true, informatizationYears: 5, phone: "+8619000000041", email: "p-cgj-ds@example.org" },
  // 区农业农村局（数据专员为科员：OTHER）
  { key: "p-nyj-cdo", unitCode: "320402-B09", name: "卢某九", position: "副局长", section: null, educationDegree: "BACHELOR", major: "农学", majorComputerRelated: false, informatizationYears: 4, phone: "+8619000000042", email: "p-nyj-cdo@example.org" },
  { key: "p-nyj-ds", unitCode: "320402-B09", name: "蒋某鹏", position: "科员", section: "办公室", educationDegree: "JUNIOR_COLLEGE", major: "计算机网络技术", majorComputerRelated: true, informatizationYears: 2, phone: "+8619000000043", email: "p-nyj-ds@example.org" },
  // 区商务局
  { key: "p-swj-cdo", unitCode: "320402-B10", name: "蔡某十", position: "副局长", section: null, educationDegree: "MASTER", major: "国际贸易学", majorComputerRelated: false, informatizationYears: 3, phone: "+8619000000044", email: "p-swj-cdo@example.org" },
  { key: "p-swj-ds", unitCode: "320402-B10", name: "贾某梅", position: "综合科科长", section: "综合科", educationDegree: "BACHELOR", major: "电子商务", majorComputerRelated: false, informatizationYears: 2, phone: "+8619000000045", email: "p-swj-ds@example.org" },
  // 区文化广电和旅游局
  { key: "p-wlj-cdo", unitCode: "320402-B11", name: "丁某辉", position: "副局长", section: null, educationDegree: "BACHELOR", major: "数字媒体技术", majorComputerRelated: true, informatizationYears: 2, phone: "+8619000000046", email: "p-wlj-cdo@example.org" },
  { key: "p-wlj-ds", unitCode: "320402-B11", name: "魏某琳", position: "办公室主任", section: "办公室", educationDegree: "BACHELOR", major: "旅游管理", majorComputerRelated: false, informatizationYears: 1, phone: "+8619000000047", email: "p-wlj-ds@example.org" },
  // 区卫生健康局（数据专员于 2025-02-01 更替，现任为下属单位区卫生健康信息中心负责人）
  { key: "p-wjj-cdo", unitCode: "320402-B12", name: "薛某峰", position: "副局长", section: null, educationDegree: "MASTER", major: "公共卫生", majorComputerRelated: false, informatizationYears: 7, phone: "+8619000000048", email: "p-wjj-cdo@example.org" },
  { key: "p-wjj-ds-2023", unitCode: "320402-B12", name: "叶某红", position: "规划信息科科长", section: "规划信息科", educationDegree: "BACHELOR", major: "预防医学", majorComputerRelated: false, informatizationYears: 6, phone: "+8619000000049", email: "p-wjj-ds-2023@example.org" },
  { key: "p-wjj-ds", unitCode: "320402-B12-01", name: "阎某东", position: "区卫生健康信息中心主任", section: null, educationDegree: "BACHELOR", major: "计算机科学与技术", majorComputerRelated: true, informatizationYears: 10, phone: "+8619000000050", email: "p-wjj-ds@example.org" },
  { key: "p-wjj-xxzx-staff", unitCode: "320402-B12-01", name: "孔某然", position: "科员", section: "数据管理科", educationDegree: "BACHELOR", major: "数据科学与大数据技术", majorComputerRelated: true, informatizationYears: 1, phone: "+8619000000051", email: "p-wjj-xxzx-staff@example.org" },
  // 区退役军人事务局（缺口：既无首席数据官也无数据专员）
  { key: "p-tyjrj-staff", unitCode: "320402-B13", name: "余某勇", position: "办公室主任", section: "办公室", educationDegree: "BACHELOR", major: "行政管理", majorComputerRelated: false, informatizationYears: 0, phone: "+8619000000052", email: "p-tyjrj-staff@example.org" },
  // 区应急管理局
  { key: "p-yjj-cdo", unitCode: "320402-B14", name: "潘某刚", position: "副局长", section: null, educationDegree: "BACHELOR", major: "安全工程", majorComputerRelated: false, informatizationYears: 3, phone: "+8619000000053", email: "p-yjj-cdo@example.org" },
  { key: "p-yjj-ds", unitCode: "320402-B14", name: "杜某娟", position: "办公室主任", section: "办公室", educationDegree: "BACHELOR", major: "计算机科学与技术", majorComputerRelated: true, informatizationYears: 2, phone: "+8619000000054", email: "p-yjj-ds@example.org" },
  // 区审计局（缺口：无数据专员）
  { key: "p-sjj-cdo", unitCode: "320402-B15", name: "戴某亮", position: "副局长", section: null, educationDegree: "BACHELOR", major: "审计学", majorComputerRelated: false, informatizationYears: 5, phone: "+8619000000055", email: "p-sjj-cdo@example.org" },
  { key: "p-sjj-staff", unitCode: "320402-B15", name: "夏某婷", position: "科员", section: "办公室", educationDegree: "BACHELOR", major: "审计学", majorComputerRelated: false, informatizationYears: 1, phone: "+8619000000056", email: "p-sjj-staff@example.org" },
  // 区统计局（数据专员为科员：OTHER）
  { key: "p-tjj-cdo", unitCode: "320402-B16", name: "钟某波", position: "副局长", section: null, educationDegree: "MASTER", major: "统计学", majorComputerRelated: false, informatizationYears: 4, phone: "+8619000000057", email: "p-tjj-cdo@example.org" },
  { key: "p-tjj-ds", unitCode: "320402-B16", name: "汪某霞", position: "科员", section: "综合科", educationDegree: "BACHELOR", major: "数据科学与大数据技术", majorComputerRelated: true, informatizationYears: 1, phone: "+8619000000058", email: "p-tjj-ds@example.org" },
  // 区医疗保障局
  { key: "p-ybj-cdo", unitCode: "320402-B17", name: "田某超", position: "副局长", section: null, educationDegree: "BACHELOR", major: "计算机科学与技术", majorComputerRelated: true, informatizationYears: 5, phone: "+8619000000059", email: "p-ybj-cdo@example.org" },
  { key: "p-ybj-ds", unitCode: "320402-B17", name: "任某欣", position: "办公室主任", section: "办公室", educationDegree: "BACHELOR", major: "会计学", majorComputerRelated: false, informatizationYears: 3, phone: "+8619000000060", email: "p-ybj-ds@example.org" },
  // 区行政审批局
  { key: "p-spj-cdo", unitCode: "320402-B18", name: "姜某凯", position: "副局长", section: null, educationDegree: "BACHELOR", major: "软件工程", majorComputerRelated: true, informatizationYears: 4, phone: "+8619000000061", email: "p-spj-cdo@example.org" },
  { key: "p-spj-ds", unitCode: "320402-B18", name: "范某蕾", position: "信息管理科科长", section: "信息管理科", educationDegree: "BACHELOR", major: "网络工程", majorComputerRelated: true, informatizationYears: 6, phone: "+8619000000062", email: "p-spj-ds@example.org" },
  // 区政府办公室
  { key: "p-zfb-cdo", unitCode: "320402-B19", name: "方某磊", position: "副主任", section: null, educationDegree: "MASTER", major: "行政管理", majorComputerRelated: false, informatizationYears: 5, phone: "+8619000000063", email: "p-zfb-cdo@example.org" },
  { key: "p-zfb-ds", unitCode: "320402-B19", name: "石某妍", position: "电子政务科科长", section: "电子政务科", educationDegree: "BACHELOR", major: "计算机科学与技术", majorComputerRelated: true, informatizationYears: 6, phone: "+8619000000064", email: "p-zfb-ds@example.org" },
];

// ---------------------------------------------------------------- 任命 appointments
export const demoAppointments: DemoAppointment[] = [
  // 天宁区（区级）：区首席数据官、区首席数据执行官
  { personKey: "p-qu-cdo", unitCode: "320402", role: "DISTRICT_CDO", startDate: "2023-02-20", endDate: null, documentNumber: "天数领〔2023〕1号", qualificationExceptionReason: null, specialistPosition: null, endReason: null },
  { personKey: "p-qu-cde", unitCode: "320402", role: "DISTRICT_CHIEF_DATA_EXECUTIVE", startDate: "2023-02-20", endDate: null, documentNumber: "天数领〔2023〕2号", qualificationExceptionReason: null, specialistPosition: null, endReason: null },
  // 雕庄街道
  { personKey: "p-dz-cdo", unitCode: "320402001", role: "UNIT_CDO", startDate: "2023-03-15", endDate: null, documentNumber: "天数办〔2023〕19号", qualificationExceptionReason: null, specialistPosition: null, endReason: null },
  { personKey: "p-dz-ds", unitCode: "320402001", role: "DATA_SPECIALIST", startDate: "2023-04-15", endDate: null, documentNumber: "天数办〔2023〕44号", qualificationExceptionReason: null, specialistPosition: "RESPONSIBLE_SECTION_HEAD", endReason: null },
  // 青龙街道
  { personKey: "p-ql-cdo", unitCode: "320402002", role: "UNIT_CDO", startDate: "2023-03-15", endDate: null, documentNumber: "天数办〔2023〕20号", qualificationExceptionReason: null, specialistPosition: null, endReason: null },
  { personKey: "p-ql-ds", unitCode: "320402002", role: "DATA_SPECIALIST", startDate: "2023-04-15", endDate: null, documentNumber: "天数办〔2023〕45号", qualificationExceptionReason: null, specialistPosition: "RESPONSIBLE_SECTION_HEAD", endReason: null },
  // 茶山街道（数据专员为科员：OTHER）
  { personKey: "p-cs-cdo", unitCode: "320402003", role: "UNIT_CDO", startDate: "2023-03-15", endDate: null, documentNumber: "天数办〔2023〕21号", qualificationExceptionReason: null, specialistPosition: null, endReason: null },
  { personKey: "p-cs-ds", unitCode: "320402003", role: "DATA_SPECIALIST", startDate: "2023-04-15", endDate: null, documentNumber: "天数办〔2023〕46号", qualificationExceptionReason: null, specialistPosition: "OTHER", endReason: null },
  // 红梅街道（首席数据官不符合选聘条件，例外任命；数据专员于 2024-09-01 更替）
  { personKey: "p-hm-cdo", unitCode: "320402004", role: "UNIT_CDO", startDate: "2023-03-15", endDate: null, documentNumber: "天数办〔2023〕22号", qualificationExceptionReason: "分管信息化工作一年，已参加市级首席数据官培训，经区数字政府建设工作领导小组办公室同意", specialistPosition: null, endReason: null },
  { personKey: "p-hm-ds-2023", unitCode: "320402004", role: "DATA_SPECIALIST", startDate: "2023-04-15", endDate: "2024-09-01", documentNumber: "天数办〔2023〕47号", qualificationExceptionReason: null, specialistPosition: "RESPONSIBLE_SECTION_HEAD", endReason: "岗位调整" },
  { personKey: "p-hm-ds", unitCode: "320402004", role: "DATA_SPECIALIST", startDate: "2024-09-01", endDate: null, documentNumber: "天数办〔2024〕1号", qualificationExceptionReason: null, specialistPosition: "RESPONSIBLE_SECTION_HEAD", endReason: null },
  // 天宁街道
  { personKey: "p-tn-cdo", unitCode: "320402005", role: "UNIT_CDO", startDate: "2023-03-15", endDate: null, documentNumber: "天数办〔2023〕23号", qualificationExceptionReason: null, specialistPosition: null, endReason: null },
  { personKey: "p-tn-ds", unitCode: "320402005", role: "DATA_SPECIALIST", startDate: "2023-04-15", endDate: null, documentNumber: "天数办〔2023〕48号", qualificationExceptionReason: null, specialistPosition: "RESPONSIBLE_SECTION_HEAD", endReason: null },
  // 兰陵街道
  { personKey: "p-ll-cdo", unitCode: "320402006", role: "UNIT_CDO", startDate: "2023-03-15", endDate: null, documentNumber: "天数办〔2023〕24号", qualificationExceptionReason: null, specialistPosition: null, endReason: null },
  { personKey: "p-ll-ds", unitCode: "320402006", role: "DATA_SPECIALIST", startDate: "2023-04-15", endDate: null, documentNumber: "天数办〔2023〕49号", qualificationExceptionReason: null, specialistPosition: "RESPONSIBLE_SECTION_HEAD", endReason: null },
  // 郑陆镇（首席数据官 2026-03-31 因岗位调整卸任，暂无继任者：当前缺首席数据官）
  { personKey: "p-zl-cdo-2023", unitCode: "320402109", role: "UNIT_CDO", startDate: "2023-03-15", endDate: "2026-03-31", documentNumber: "天数办〔2023〕25号", qualificationExceptionReason: null, specialistPosition: null, endReason: "岗位调整" },
  { personKey: "p-zl-ds", unitCode: "320402109", role: "DATA_SPECIALIST", startDate: "2023-04-15", endDate: null, documentNumber: "天数办〔2023〕50号", qualificationExceptionReason: null, specialistPosition: "RESPONSIBLE_SECTION_HEAD", endReason: null },
  // 天宁经济开发区（首席数据官于 2025-01-01 更替）
  { personKey: "p-kfq-cdo-2023", unitCode: "320402-KFQ", role: "UNIT_CDO", startDate: "2023-03-15", endDate: "2025-01-01", documentNumber: "天数办〔2023〕26号", qualificationExceptionReason: null, specialistPosition: null, endReason: "工作调动" },
  { personKey: "p-kfq-cdo", unitCode: "320402-KFQ", role: "UNIT_CDO", startDate: "2025-01-01", endDate: null, documentNumber: "天数办〔2025〕1号", qualificationExceptionReason: null, specialistPosition: null, endReason: null },
  { personKey: "p-kfq-ds", unitCode: "320402-KFQ", role: "DATA_SPECIALIST", startDate: "2023-04-15", endDate: null, documentNumber: "天数办〔2023〕51号", qualificationExceptionReason: null, specialistPosition: "RESPONSIBLE_SECTION_HEAD", endReason: null },
  // 区发展和改革局（首席数据官于 2025-07-01 更替）
  { personKey: "p-fgj-cdo-2023", unitCode: "320402-B01", role: "UNIT_CDO", startDate: "2023-03-01", endDate: "2025-07-01", documentNumber: "天数办〔2023〕1号", qualificationExceptionReason: null, specialistPosition: null, endReason: "工作调动" },
  { personKey: "p-fgj-cdo", unitCode: "320402-B01", role: "UNIT_CDO", startDate: "2025-07-01", endDate: null, documentNumber: "天数办〔2025〕3号", qualificationExceptionReason: null, specialistPosition: null, endReason: null },
  { personKey: "p-fgj-ds", unitCode: "320402-B01", role: "DATA_SPECIALIST", startDate: "2023-04-01", endDate: null, documentNumber: "天数办〔2023〕27号", qualificationExceptionReason: null, specialistPosition: "RESPONSIBLE_SECTION_HEAD", endReason: null },
  // 区教育局（数据专员为下属单位区教育信息化中心负责人）
  { personKey: "p-jyj-cdo", unitCode: "320402-B02", role: "UNIT_CDO", startDate: "2023-03-01", endDate: null, documentNumber: "天数办〔2023〕2号", qualificationExceptionReason: null, specialistPosition: null, endReason: null },
  { personKey: "p-jyj-ds", unitCode: "320402-B02", role: "DATA_SPECIALIST", startDate: "2023-04-01", endDate: null, documentNumber: "天数办〔2023〕28号", qualificationExceptionReason: null, specialistPosition: "SUBORDINATE_UNIT_HEAD", endReason: null },
  // 区民政局
  { personKey: "p-mzj-cdo", unitCode: "320402-B03", role: "UNIT_CDO", startDate: "2023-03-01", endDate: null, documentNumber: "天数办〔2023〕3号", qualificationExceptionReason: null, specialistPosition: null, endReason: null },
  { personKey: "p-mzj-ds", unitCode: "320402-B03", role: "DATA_SPECIALIST", startDate: "2023-04-01", endDate: null, documentNumber: "天数办〔2023〕29号", qualificationExceptionReason: null, specialistPosition: "RESPONSIBLE_SECTION_HEAD", endReason: null },
  // 区司法局（首席数据官不符合选聘条件，例外任命）
  { personKey: "p-sfj-cdo", unitCode: "320402-B04", role: "UNIT_CDO", startDate: "2023-03-01", endDate: null, documentNumber: "天数办〔2023〕4号", qualificationExceptionReason: "分管信息化工作两年，已参加市级首席数据官培训并取得结业证书，经区数字政府建设工作领导小组办公室同意", specialistPosition: null, endReason: null },
  { personKey: "p-sfj-ds", unitCode: "320402-B04", role: "DATA_SPECIALIST", startDate: "2023-04-01", endDate: null, documentNumber: "天数办〔2023〕30号", qualificationExceptionReason: null, specialistPosition: "RESPONSIBLE_SECTION_HEAD", endReason: null },
  // 区财政局
  { personKey: "p-czj-cdo", unitCode: "320402-B05", role: "UNIT_CDO", startDate: "2023-03-01", endDate: null, documentNumber: "天数办〔2023〕5号", qualificationExceptionReason: null, specialistPosition: null, endReason: null },
  { personKey: "p-czj-ds", unitCode: "320402-B05", role: "DATA_SPECIALIST", startDate: "2023-04-01", endDate: null, documentNumber: "天数办〔2023〕31号", qualificationExceptionReason: null, specialistPosition: "RESPONSIBLE_SECTION_HEAD", endReason: null },
  // 区人力资源和社会保障局（数据专员为下属单位区社会保险基金管理中心负责人）
  { personKey: "p-rsj-cdo", unitCode: "320402-B06", role: "UNIT_CDO", startDate: "2023-03-01", endDate: null, documentNumber: "天数办〔2023〕6号", qualificationExceptionReason: null, specialistPosition: null, endReason: null },
  { personKey: "p-rsj-ds", unitCode: "320402-B06", role: "DATA_SPECIALIST", startDate: "2023-04-01", endDate: null, documentNumber: "天数办〔2023〕32号", qualificationExceptionReason: null, specialistPosition: "SUBORDINATE_UNIT_HEAD", endReason: null },
  // 区住房和城乡建设局
  { personKey: "p-zjj-cdo", unitCode: "320402-B07", role: "UNIT_CDO", startDate: "2023-03-01", endDate: null, documentNumber: "天数办〔2023〕7号", qualificationExceptionReason: null, specialistPosition: null, endReason: null },
  { personKey: "p-zjj-ds", unitCode: "320402-B07", role: "DATA_SPECIALIST", startDate: "2023-04-01", endDate: null, documentNumber: "天数办〔2023〕33号", qualificationExceptionReason: null, specialistPosition: "RESPONSIBLE_SECTION_HEAD", endReason: null },
  // 区城市管理局
  { personKey: "p-cgj-cdo", unitCode: "320402-B08", role: "UNIT_CDO", startDate: "2023-03-01", endDate: null, documentNumber: "天数办〔2023〕8号", qualificationExceptionReason: null, specialistPosition: null, endReason: null },
  { personKey: "p-cgj-ds", unitCode: "320402-B08", role: "DATA_SPECIALIST", startDate: "2023-04-01", endDate: null, documentNumber: "天数办〔2023〕34号", qualificationExceptionReason: null, specialistPosition: "RESPONSIBLE_SECTION_HEAD", endReason: null },
  // 区农业农村局（数据专员为科员：OTHER）
  { personKey: "p-nyj-cdo", unitCode: "320402-B09", role: "UNIT_CDO", startDate: "2023-03-01", endDate: null, documentNumber: "天数办〔2023〕9号", qualificationExceptionReason: null, specialistPosition: null, endReason: null },
  { personKey: "p-nyj-ds", unitCode: "320402-B09", role: "DATA_SPECIALIST", startDate: "2023-04-01", endDate: null, documentNumber: "天数办〔2023〕35号", qualificationExceptionReason: null, specialistPosition: "OTHER", endReason: null },
  // 区商务局
  { personKey: "p-swj-cdo", unitCode: "320402-B10", role: "UNIT_CDO", startDate: "2023-03-01", endDate: null, documentNumber: "天数办〔2023〕10号", qualificationExceptionReason: null, specialistPosition: null, endReason: null },
  { personKey: "p-swj-ds", unitCode: "320402-B10", role: "DATA_SPECIALIST", startDate: "2023-04-01", endDate: null, documentNumber: "天数办〔2023〕36号", qualificationExceptionReason: null, specialistPosition: "RESPONSIBLE_SECTION_HEAD", endReason: null },
  // 区文化广电和旅游局
  { personKey: "p-wlj-cdo", unitCode: "320402-B11", role: "UNIT_CDO", startDate: "2023-03-01", endDate: null, documentNumber: "天数办〔2023〕11号", qualificationExceptionReason: null, specialistPosition: null, endReason: null },
  { personKey: "p-wlj-ds", unitCode: "320402-B11", role: "DATA_SPECIALIST", startDate: "2023-04-01", endDate: null, documentNumber: "天数办〔2023〕37号", qualificationExceptionReason: null, specialistPosition: "RESPONSIBLE_SECTION_HEAD", endReason: null },
  // 区卫生健康局（数据专员于 2025-02-01 更替，现任为下属单位区卫生健康信息中心负责人）
  { personKey: "p-wjj-cdo", unitCode: "320402-B12", role: "UNIT_CDO", startDate: "2023-03-01", endDate: null, documentNumber: "天数办〔2023〕12号", qualificationExceptionReason: null, specialistPosition: null, endReason: null },
  { personKey: "p-wjj-ds-2023", unitCode: "320402-B12", role: "DATA_SPECIALIST", startDate: "2023-04-01", endDate: "2025-02-01", documentNumber: "天数办〔2023〕38号", qualificationExceptionReason: null, specialistPosition: "RESPONSIBLE_SECTION_HEAD", endReason: "退休" },
  { personKey: "p-wjj-ds", unitCode: "320402-B12", role: "DATA_SPECIALIST", startDate: "2025-02-01", endDate: null, documentNumber: "天数办〔2025〕2号", qualificationExceptionReason: null, specialistPosition: "SUBORDINATE_UNIT_HEAD", endReason: null },
  // 区退役军人事务局（缺口：既无首席数据官也无数据专员）: 无任命
  // 区应急管理局
  { personKey: "p-yjj-cdo", unitCode: "320402-B14", role: "UNIT_CDO", startDate: "2023-03-01", endDate: null, documentNumber: "天数办〔2023〕13号", qualificationExceptionReason: null, specialistPosition: null, endReason: null },
  { personKey: "p-yjj-ds", unitCode: "320402-B14", role: "DATA_SPECIALIST", startDate: "2023-04-01", endDate: null, documentNumber: "天数办〔2023〕39号", qualificationExceptionReason: null, specialistPosition: "RESPONSIBLE_SECTION_HEAD", endReason: null },
  // 区审计局（缺口：无数据专员）
  { personKey: "p-sjj-cdo", unitCode: "320402-B15", role: "UNIT_CDO", startDate: "2023-03-01", endDate: null, documentNumber: "天数办〔2023〕14号", qualificationExceptionReason: null, specialistPosition: null, endReason: null },
  // 区统计局（数据专员为科员：OTHER）
  { personKey: "p-tjj-cdo", unitCode: "320402-B16", role: "UNIT_CDO", startDate: "2023-03-01", endDate: null, documentNumber: "天数办〔2023〕15号", qualificationExceptionReason: null, specialistPosition: null, endReason: null },
  { personKey: "p-tjj-ds", unitCode: "320402-B16", role: "DATA_SPECIALIST", startDate: "2023-04-01", endDate: null, documentNumber: "天数办〔2023〕40号", qualificationExceptionReason: null, specialistPosition: "OTHER", endReason: null },
  // 区医疗保障局
  { personKey: "p-ybj-cdo", unitCode: "320402-B17", role: "UNIT_CDO", startDate: "2023-03-01", endDate: null, documentNumber: "天数办〔2023〕16号", qualificationExceptionReason: null, specialistPosition: null, endReason: null },
  { personKey: "p-ybj-ds", unitCode: "320402-B17", role: "DATA_SPECIALIST", startDate: "2023-04-01", endDate: null, documentNumber: "天数办〔2023〕41号", qualificationExceptionReason: null, specialistPosition: "RESPONSIBLE_SECTION_HEAD", endReason: null },
  // 区行政审批局
  { personKey: "p-spj-cdo", unitCode: "320402-B18", role: "UNIT_CDO", startDate: "2023-03-01", endDate: null, documentNumber: "天数办〔2023〕17号", qualificationExceptionReason: null, specialistPosition: null, endReason: null },
  { personKey: "p-spj-ds", unitCode: "320402-B18", role: "DATA_SPECIALIST", startDate: "2023-04-01", endDate: null, documentNumber: "天数办〔2023〕42号", qualificationExceptionReason: null, specialistPosition: "RESPONSIBLE_SECTION_HEAD", endReason: null },
  // 区政府办公室
  { personKey: "p-zfb-cdo", unitCode: "320402-B19", role: "UNIT_CDO", startDate: "2023-03-01", endDate: null, documentNumber: "天数办〔2023〕18号", qualificationExceptionReason: null, specialistPosition: null, endReason: null },
  { personKey: "p-zfb-ds", unitCode: "320402-B19", role: "DATA_SPECIALIST", startDate: "2023-04-01", endDate: null, documentNumber: "天数办〔2023〕43号", qualificationExceptionReason: null, specialistPosition: "RESPONSIBLE_SECTION_HEAD", endReason: null },
];
