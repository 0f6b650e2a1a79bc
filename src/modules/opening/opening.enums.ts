import { registerEnumType } from "type-graphql";
import { distributionFormatLabels, licenceLabels, openDatasetStatusLabels, openThemeLabels } from "./opening.messages";

/** 开放状态: a withdrawn dataset stays listed (for whoever linked to it), without its downloads. */
export enum OpenDatasetStatus {
  PUBLISHED = "PUBLISHED",
  WITHDRAWN = "WITHDRAWN",
}

/**
 * 开放主题: the fixed theme list of the open-data portal, after the themes Chinese provincial
 * portals share (经济建设, 资源环境, 教育科技 …). Each maps to an EU data-theme for DCAT harvesters.
 */
export enum OpenTheme {
  ECONOMY = "ECONOMY",
  ENVIRONMENT = "ENVIRONMENT",
  EDUCATION_SCIENCE = "EDUCATION_SCIENCE",
  TRANSPORT = "TRANSPORT",
  SOCIAL_DEVELOPMENT = "SOCIAL_DEVELOPMENT",
  PUBLIC_SAFETY = "PUBLIC_SAFETY",
  CULTURE_LEISURE = "CULTURE_LEISURE",
  HEALTH = "HEALTH",
  LIVELIHOOD = "LIVELIHOOD",
  ORGANISATIONS = "ORGANISATIONS",
  URBAN_CONSTRUCTION = "URBAN_CONSTRUCTION",
  CREDIT = "CREDIT",
  AGRICULTURE = "AGRICULTURE",
  GOVERNMENT = "GOVERNMENT",
}

/** 开放许可: the licences a dataset may be opened under. */
export enum OpenLicence {
  CC_BY_4_0 = "CC_BY_4_0",
  CC0_1_0 = "CC0_1_0",
  ODC_BY_1_0 = "ODC_BY_1_0",
}

/** 数据格式 of a distribution (a file or an API a dataset is offered as). */
export enum DistributionFormat {
  CSV = "CSV",
  XLSX = "XLSX",
  XLS = "XLS",
  JSON = "JSON",
  XML = "XML",
  PDF = "PDF",
  ZIP = "ZIP",
  API = "API",
}

/** How each licence is named to harvesters (CKAN's license_id, DCAT's dct:license). */
export const licenceFacts: Record<OpenLicence, { ckanId: string; url: string }> = {
  [OpenLicence.CC_BY_4_0]: { ckanId: "cc-by-4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
  [OpenLicence.CC0_1_0]: { ckanId: "cc-zero", url: "https://creativecommons.org/publicdomain/zero/1.0/" },
  [OpenLicence.ODC_BY_1_0]: { ckanId: "odc-by", url: "https://opendatacommons.org/licenses/by/1-0/" },
};

/** Media type (IANA) and EU file-type code of each format. */
export const formatFacts: Record<DistributionFormat, { mediaType: string; euFileType: string }> = {
  [DistributionFormat.CSV]: { mediaType: "text/csv", euFileType: "CSV" },
  [DistributionFormat.XLSX]: { mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", euFileType: "XLSX" },
  [DistributionFormat.XLS]: { mediaType: "application/vnd.ms-excel", euFileType: "XLS" },
  [DistributionFormat.JSON]: { mediaType: "application/json", euFileType: "JSON" },
  [DistributionFormat.XML]: { mediaType: "application/xml", euFileType: "XML" },
  [DistributionFormat.PDF]: { mediaType: "application/pdf", euFileType: "PDF" },
  [DistributionFormat.ZIP]: { mediaType: "application/zip", euFileType: "ZIP" },
  [DistributionFormat.API]: { mediaType: "application/json", euFileType: "REST" },
};

/** The EU data-theme (publications.europa.eu authority table) nearest to each theme. */
export const euDataTheme: Record<OpenTheme, string> = {
  [OpenTheme.ECONOMY]: "ECON",
  [OpenTheme.ENVIRONMENT]: "ENVI",
  [OpenTheme.EDUCATION_SCIENCE]: "EDUC",
  [OpenTheme.TRANSPORT]: "TRAN",
  [OpenTheme.SOCIAL_DEVELOPMENT]: "SOCI",
  [OpenTheme.PUBLIC_SAFETY]: "JUST",
  [OpenTheme.CULTURE_LEISURE]: "EDUC",
  [OpenTheme.HEALTH]: "HEAL",
  [OpenTheme.LIVELIHOOD]: "SOCI",
  [OpenTheme.ORGANISATIONS]: "GOVE",
  [OpenTheme.URBAN_CONSTRUCTION]: "REGI",
  [OpenTheme.CREDIT]: "ECON",
  [OpenTheme.AGRICULTURE]: "AGRI",
  [OpenTheme.GOVERNMENT]: "GOVE",
};

const described = (labels: Record<string, { zh: string; en: string }>) =>
  Object.fromEntries(Object.entries(labels).map(([value, label]) => [value, { description: `${label.en} (${label.zh})` }]));

registerEnumType(OpenDatasetStatus, {
  name: "OpenDatasetStatus",
  description: "开放状态: whether an open dataset is published or withdrawn.",
  valuesConfig: described(openDatasetStatusLabels),
});
registerEnumType(OpenTheme, { name: "OpenTheme", description: "开放主题: the portal's fixed list of themes.", valuesConfig: described(openThemeLabels) });
registerEnumType(OpenLicence, { name: "OpenLicence", description: "开放许可: the licence a dataset is opened under.", valuesConfig: described(licenceLabels) });
registerEnumType(DistributionFormat, {
  name: "DistributionFormat",
  description: "数据格式: the format of a distribution.",
  valuesConfig: described(distributionFormatLabels),
});
