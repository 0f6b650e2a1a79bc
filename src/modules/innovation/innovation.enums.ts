import { registerEnumType } from "type-graphql";

/** 融合创新案例的类型 (DOMAIN §5). */
export enum InnovationCaseKind {
  /** 数据产品. */
  DATA_PRODUCT = "DATA_PRODUCT",
  /** 公共数据开发利用试点. */
  PUBLIC_DATA_PILOT = "PUBLIC_DATA_PILOT",
  /** 数据开放应用创新大赛参赛作品. */
  COMPETITION_ENTRY = "COMPETITION_ENTRY",
}

registerEnumType(InnovationCaseKind, {
  name: "InnovationCaseKind",
  description: "融合创新案例类型: a data product, a public-data exploitation pilot, or an open-data competition entry.",
  valuesConfig: {
    DATA_PRODUCT: { description: "数据产品: a data product." },
    PUBLIC_DATA_PILOT: { description: "公共数据开发利用试点: a public-data exploitation pilot." },
    COMPETITION_ENTRY: { description: "数据开放应用创新大赛作品: an open-data application competition entry." },
  },
});
