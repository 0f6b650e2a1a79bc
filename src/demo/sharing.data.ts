// 天宁区数据共享（演示）: requests between Tianning units for the demo inventory's resources, with
// the provider's decisions, revocations and the exchange platform's daily usage. Invented, but
// shaped like a district's sharing platform: granted at once, approved with conditions, rejected,
// decided late, still pending past the deadline (overdue), revoked, expired, and some items only.
// Each request is made "on" its date by the consumer's data specialist, each decision by the
// provider's, through the sharing services (the same rules as the API).

export interface DemoSharingRequest {
  key: string;
  consumerCode: string;          // the requesting unit
  providerCode: string;          // the resource's unit
  resourceName: string;
  itemCodes?: string[];          // only these items; the whole resource when left out
  purpose: string;
  legalBasis: string;
  requestedOn: string;
  wantedUntil?: string;
  decision?: { on: string; approve: true; conditions: string; expiresOn?: string } | { on: string; approve: false; reason: string };
  revoke?: { on: string; reason: string };
}

export interface DemoUsagePlan { key: string; from: string; to: string; calls: number; records: number }

export const demoSharingRequests: DemoSharingRequest[] = [
  { key: "ybj-dibao", consumerCode: "320402-B17", providerCode: "320402-B03", resourceName: "城乡低保对象信息", purpose: "医疗救助对象身份核验", legalBasis: "《社会救助暂行办法》第二十八条", requestedOn: "2026-09-21", decision: { on: "2026-09-24", approve: true, conditions: "仅用于医疗救助资格核验，不得对外提供", expiresOn: "2027-12-31" } },
  { key: "cs-dibao", consumerCode: "320402003", providerCode: "320402-B03", resourceName: "城乡低保对象信息", purpose: "网格走访核对低保家庭情况", legalBasis: "《江苏省城乡网格化服务管理办法》", requestedOn: "2026-10-09", decision: { on: "2026-10-20", approve: false, reason: "网格走访不属于低保审核法定用途，请通过区民政局核查渠道办理" } },
  { key: "mzj-birth", consumerCode: "320402-B03", providerCode: "320402-B12", resourceName: "出生医学证明签发记录", purpose: "新生儿纳入低保家庭人口核定", legalBasis: "《社会救助暂行办法》第十一条", requestedOn: "2026-09-14", decision: { on: "2026-10-12", approve: true, conditions: "限低保家庭人口核定，按月批量交换" } },
  { key: "rsj-birth", consumerCode: "320402-B06", providerCode: "320402-B12", resourceName: "出生医学证明签发记录", purpose: "新生儿参加城乡居民医保登记", legalBasis: "《社会保险法》第二十五条", requestedOn: "2026-10-26" },
  { key: "spj-hospital", consumerCode: "320402-B18", providerCode: "320402-B12", resourceName: "医疗机构执业信息", purpose: "涉医企业登记核验", legalBasis: "《市场主体登记管理条例》", requestedOn: "2026-09-01" },
  { key: "swj-market", consumerCode: "320402-B10", providerCode: "320402-B18", resourceName: "市场主体登记信息", purpose: "外贸企业名录维护", legalBasis: "《对外贸易法》", requestedOn: "2026-08-03", revoke: { on: "2026-11-02", reason: "使用方将数据用于申请用途以外的统计报送" } },
  { key: "cs-market", consumerCode: "320402003", providerCode: "320402-B18", resourceName: "市场主体登记信息", purpose: "辖区商户走访", legalBasis: "《江苏省城乡网格化服务管理办法》", requestedOn: "2026-09-07", wantedUntil: "2026-10-31" },
  { key: "kfq-invest", consumerCode: "320402-KFQ", providerCode: "320402-B01", resourceName: "固定资产投资项目备案信息", purpose: "园区重点项目跟踪服务", legalBasis: "《企业投资项目核准和备案管理条例》", requestedOn: "2026-10-12" },
  { key: "kfq-hazard", consumerCode: "320402-KFQ", providerCode: "320402-B14", resourceName: "危险化学品企业安全生产台账", purpose: "园区危化企业安全联合检查", legalBasis: "《安全生产法》第六十五条", requestedOn: "2026-11-16" },
  { key: "hm-enforce", consumerCode: "320402004", providerCode: "320402-B08", resourceName: "城管执法案件信息", itemCodes: ["ZF001", "ZF002", "ZF003"], purpose: "市容环境问题统计", legalBasis: "《城市管理执法办法》", requestedOn: "2026-10-19" },
  { key: "zl-enforce", consumerCode: "320402109", providerCode: "320402-B08", resourceName: "城管执法案件信息", purpose: "镇域违法建设整治", legalBasis: "《城乡规划法》第六十五条", requestedOn: "2026-11-20", decision: { on: "2026-11-24", approve: true, conditions: "当事人信息仅限执法联动使用" } },
];

/** Daily usage on working days from `from` to `to` (within the grant), around the given figures. */
export const demoUsagePlans: DemoUsagePlan[] = [
  { key: "ybj-dibao", from: "2026-09-28", to: "2026-11-27", calls: 42, records: 420 },
  { key: "mzj-birth", from: "2026-10-13", to: "2026-11-27", calls: 8, records: 160 },
  { key: "spj-hospital", from: "2026-09-02", to: "2026-11-27", calls: 25, records: 60 },
  { key: "swj-market", from: "2026-09-01", to: "2026-11-02", calls: 120, records: 3000 },
  { key: "cs-market", from: "2026-09-08", to: "2026-10-31", calls: 15, records: 90 },
  { key: "kfq-invest", from: "2026-10-13", to: "2026-11-27", calls: 6, records: 30 },
  { key: "hm-enforce", from: "2026-10-20", to: "2026-11-27", calls: 3, records: 45 },
];

/** The day the demo's usage is reported (the exchange platform's last batch). */
export const demoUsageReportedOn = "2026-11-27";
