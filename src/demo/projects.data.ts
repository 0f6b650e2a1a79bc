// 天宁区信息化项目（演示）: units' informatization projects under the CDO's one-vote veto
// (一票否决). Invented, but shaped like a district's project reviews: one vetoed and then revised
// and resubmitted (茶山街道), one at the 500,000-yuan boundary from a town without a CDO (郑陆镇's
// CDO left on 31 March 2026: 499,999.99 passes, its 500,000.00 draft cannot be submitted), an
// approved department project, a withdrawn one, and a district-level project the district CDO is
// reviewing. Each step is taken "on" its date through the projects services (the same rules as the API).

interface DemoProjectRound {
  submittedOn: string;
  /** Changes made before this round's submission (a revision after a veto or withdrawal). */
  revise?: { name?: string; budget?: number; resources?: DemoProjectResource[] };
  startedOn?: string;
  verdict?: { on: string; veto: boolean; reasons: string; checklist: [boolean, boolean, boolean, boolean] };
  withdrawnOn?: string;
}

export interface DemoProjectResource { unitCode: string; name: string; usage: "CREATES" | "USES" }

export interface DemoProject {
  unitCode: string;
  name: string;
  year: number;
  budgetFen: number;
  independentApplication: boolean;
  description: string;
  resources: DemoProjectResource[];
  rounds: DemoProjectRound[];
}

const grid: DemoProjectResource = { unitCode: "320402003", name: "网格事件处置记录", usage: "CREATES" };
const lowIncome: DemoProjectResource = { unitCode: "320402-B03", name: "城乡低保对象信息", usage: "USES" };

export const demoProjects: DemoProject[] = [
  {
    unitCode: "320402003", name: "茶山街道智慧网格平台二期", year: 2026, budgetFen: 128_000_000, independentApplication: true,
    description: "网格事件上报处置、低保家庭走访和重点人群服务的街道平台",
    resources: [grid, lowIncome],
    rounds: [
      { submittedOn: "2026-04-08", startedOn: "2026-04-10", verdict: { on: "2026-04-15", veto: true, checklist: [false, false, false, true], reasons: "平台拟自建低保家庭走访库，重复采集区民政局已编目的城乡低保对象信息且未经区共享交换平台调用；拟新建的网格事件处置记录尚未发布编目。一票否决，请改为申请共享后重新申报。" } },
      { submittedOn: "2026-05-06", revise: { budget: 98_000_000, resources: [lowIncome] }, startedOn: "2026-05-07", verdict: { on: "2026-05-12", veto: false, checklist: [true, true, true, true], reasons: "取消自建低保库和未编目的走访数据，低保数据改由区共享交换平台按需调用，符合数据治理和共享要求。" } },
    ],
  },
  {
    unitCode: "320402109", name: "郑陆镇农村人居环境监测系统", year: 2026, budgetFen: 49_999_999, independentApplication: true,
    description: "农村生活污水、垃圾收运点位的物联网监测（郑陆镇首席数据官空缺期间申报，预算低于 50 万元）",
    resources: [],
    rounds: [{ submittedOn: "2026-06-02" }],
  },
  {
    unitCode: "320402109", name: "郑陆镇数字乡村综合平台", year: 2027, budgetFen: 50_000_000, independentApplication: true,
    description: "独立申报 50 万元：镇首席数据官到任前不能申报（CDO_REQUIRED_FOR_LARGE_PROJECT）",
    resources: [],
    rounds: [],
  },
  {
    unitCode: "320402-B12", name: "区卫生健康信息平台升级", year: 2026, budgetFen: 235_000_000, independentApplication: true,
    description: "医疗机构执业、出生医学证明数据的归集与共享接口改造",
    resources: [{ unitCode: "320402-B12", name: "医疗机构执业信息", usage: "CREATES" }, { unitCode: "320402-B12", name: "出生医学证明签发记录", usage: "CREATES" }],
    rounds: [{ submittedOn: "2026-03-02", startedOn: "2026-03-04", verdict: { on: "2026-03-10", veto: false, checklist: [true, true, true, true], reasons: "资源均已编目，出生医学证明数据经共享平台提供，符合要求。" } }],
  },
  {
    unitCode: "320402-B01", name: "投资项目在线审批监管平台对接", year: 2026, budgetFen: 45_000_000, independentApplication: false,
    description: "与省投资项目在线审批监管平台的数据对接（联合申报）",
    resources: [{ unitCode: "320402-B01", name: "固定资产投资项目备案信息", usage: "CREATES" }],
    rounds: [{ submittedOn: "2026-08-24", startedOn: "2026-08-26", withdrawnOn: "2026-09-10" }],
  },
  {
    unitCode: "320402", name: "天宁区一网统管城市运行平台", year: 2027, budgetFen: 860_000_000, independentApplication: true,
    description: "区级城市运行监测、事件联动处置平台（区级项目，由区首席数据官审核）",
    resources: [{ unitCode: "320402-B08", name: "城管执法案件信息", usage: "USES" }, { unitCode: "320402003", name: "网格事件处置记录", usage: "USES" }],
    rounds: [{ submittedOn: "2026-11-02", startedOn: "2026-11-05" }],
  },
];
