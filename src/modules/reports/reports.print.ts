import { inLocale, type Locale, type Localised } from "../../common/i18n";
import type { AnnualReport, AnnualReportReview } from "./annual-report.entity";
import { AnnualReportStatus } from "./reports.enums";
import { FIGURE_DEFINITIONS, parseFigures, SECTION_KEYS, sectionFigures } from "./reports.figures";
import { printWords, reviewActionLabels, sectionTitles, statusLabels } from "./reports.messages";
import { districtDate, districtParts } from "./reports.policy";

/** What the printable page shows of a report, loaded by the route. */
export interface PrintableReport {
  report: AnnualReport;
  unitName: string;
  cdoName: string | null;
  deadline: string | null;
  late: boolean | null;
  reviews: { review: AnnualReportReview; by: string }[];
  timeZone: string;
}

/** Every user-written text goes through here: the page carries no markup but its own. */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** A datetime as the district reads it (YYYY-MM-DD HH:mm). */
function districtTime(at: Date, timeZone: string): string {
  const { year, month, day, hour, minute } = districtParts(at, timeZone);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${year}-${two(month)}-${two(day)} ${two(hour)}:${two(minute)}`;
}

/** Paragraphs of a narrative: blank lines separate them, single line breaks are kept; none said in `locale`. */
function paragraphs(value: string | null, locale: Locale): string {
  if (!value) return `<p class="empty">${escapeHtml(inLocale(printWords.none, locale))}</p>`;
  return value
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, "<br>")}</p>`)
    .join("");
}

/**
 * The page's style: A4 with the margins of a government document (GB/T 9704's 37 mm top, 28 mm
 * left, 26 mm right, 35 mm bottom), Chinese fonts as installed on Windows, macOS and Linux, and
 * nothing wider than the printable width (tables fixed, long words broken).
 */
const STYLE = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
* { box-sizing: border-box; }
html { font-family: "FangSong", "仿宋", "STFangsong", "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", serif; font-size: 14pt; line-height: 1.7; color: #000; }
body { margin: 0; }
@media screen { body { max-width: 210mm; margin: 0 auto; padding: 20mm 26mm 20mm 28mm; } }
h1, h2, th { font-family: "SimHei", "黑体", "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif; font-weight: bold; }
h1 { font-size: 20pt; text-align: center; margin: 0 0 6mm; }
h2 { font-size: 15pt; margin: 8mm 0 3mm; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 2mm; text-indent: 2em; overflow-wrap: anywhere; word-break: break-word; }
p.empty { color: #555; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 2mm 0 4mm; font-size: 11pt; line-height: 1.5; }
th, td { border: 0.5pt solid #000; padding: 1.5mm 2mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; word-break: break-word; }
tr { break-inside: avoid; page-break-inside: avoid; }
td.value { text-align: right; }
table.meta th { width: 28%; }
table.figures col.figure { width: 60%; } table.figures col.value { width: 22%; } table.figures col.unit { width: 18%; }
.note { font-size: 10.5pt; color: #333; text-indent: 0; }
.signatures { margin-top: 14mm; break-inside: avoid; page-break-inside: avoid; }
.signatures p { text-indent: 0; text-align: right; margin-bottom: 6mm; }
.signatures .line { display: inline-block; width: 40mm; border-bottom: 0.5pt solid #000; }
`;

/** The printable annual report: one self-contained HTML page laid out for A4, its words in `locale` (the request's language; Chinese by default). */
export function renderAnnualReport(view: PrintableReport, locale: Locale): string {
  const { report, timeZone } = view;
  const figures = parseFigures(report.figures);
  const t = (message: Localised) => escapeHtml(inLocale(message, locale));
  const status = `${t(statusLabels[report.status])}${view.late ? `(${t(printWords.late)})` : ""}`;
  const meta = [
    [printWords.unit, escapeHtml(view.unitName)],
    [printWords.cdo, escapeHtml(view.cdoName ?? "—")],
    [printWords.status, status],
    [printWords.deadline, view.deadline ?? "—"],
    [printWords.firstSubmitted, report.firstSubmittedAt ? districtTime(report.firstSubmittedAt, timeZone) : "—"],
    [printWords.figuresAt, districtTime(report.figuresComputedAt, timeZone)],
  ] as const;
  const sections = SECTION_KEYS.map((key) => {
    const kind = FIGURE_DEFINITIONS[key].kind;
    const narrative = {
      dataAggregation: report.dataAggregationText,
      openSharing: report.openSharingText,
      applicationInnovation: report.applicationInnovationText,
      securityProtection: report.securityProtectionText,
    }[key];
    const rows = sectionFigures(figures, key, locale)
      .map((f) => `<tr><td>${escapeHtml(f.label)}</td><td class="value">${escapeHtml(f.display)}</td><td>${escapeHtml(f.unit)}</td></tr>`)
      .join("");
    return `<section class="section" data-section="${kind}">
<h2>${t(sectionTitles[kind])}</h2>
${paragraphs(narrative, locale)}
<table class="figures"><colgroup><col class="figure"><col class="value"><col class="unit"></colgroup>
<thead><tr><th>${t(printWords.figure)}</th><th>${t(printWords.value)}</th><th></th></tr></thead><tbody>${rows}</tbody></table>
</section>`;
  }).join("\n");
  const reviews = view.reviews.length
    ? `<section class="reviews"><h2>${t(printWords.history)}</h2><table><tbody>${view.reviews
        .map(
          ({ review, by }) =>
            `<tr><td>${districtTime(review.occurredAt, timeZone)}</td><td>${t(reviewActionLabels[review.action])}</td><td>${escapeHtml(by)}</td><td>${escapeHtml(review.comments ?? "")}</td></tr>`,
        )
        .join("")}</tbody></table></section>`
    : "";
  const signedOn =
    report.firstSubmittedAt && report.status !== AnnualReportStatus.DRAFT ? districtDate(report.submittedAt ?? report.firstSubmittedAt, timeZone) : "";
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(view.unitName)} ${t(printWords.title(report.year))}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${t(printWords.title(report.year))}</h1>
<table class="meta"><tbody>${meta.map(([label, value]) => `<tr><th>${t(label)}</th><td>${value}</td></tr>`).join("")}</tbody></table>
<p class="note">${t(printWords.figuresScope)}</p>
${sections}
<section class="section" data-section="SUGGESTIONS">
<h2>${t(printWords.suggestions)}</h2>
${paragraphs(report.suggestions, locale)}
</section>
${reviews}
<div class="signatures">
<p>${t(printWords.signature)}<span class="line"></span></p>
<p>${t(printWords.seal)}</p>
<p>${t(printWords.date)}${signedOn ? escapeHtml(signedOn) : "&emsp;&emsp;年&emsp;月&emsp;日"}</p>
</div>
</body>
</html>
`;
}

/** A refusal as a small page in the request's language (no report data). */
export function renderRefusal(message: string): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(message)}</title></head><body><p>${escapeHtml(message)}</p></body></html>\n`;
}
