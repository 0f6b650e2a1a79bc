import { customDateKind, DateKind, formatDateSerial, formatNumber } from "../../src/modules/inventory/spreadsheet/xlsx-cell-format";
import { decodeXmlText, encodeCellText } from "../../src/modules/inventory/spreadsheet/xml-tokenizer";

describe("how an XLSX number cell reads as text", () => {
  it("shows numbers as Excel's General format does: no trailing .0, 15 significant digits", () => {
    expect(formatNumber("12850")).toBe("12850");
    expect(formatNumber("301002")).toBe("301002");
    expect(formatNumber("1.2850000000000001E+4")).toBe("12850");
    expect(formatNumber("3.0")).toBe("3");
    expect(formatNumber("12.5")).toBe("12.5");
    expect(formatNumber("0.30000000000000004")).toBe("0.3");
    expect(formatNumber("1E+16")).toBe("10000000000000000");
  });

  it("tells date and time formats from number formats", () => {
    expect(customDateKind('yyyy"年"m"月"d"日"')).toBe(DateKind.Date);
    expect(customDateKind("[$-F800]dddd, mmmm dd, yyyy")).toBe(DateKind.Date);
    expect(customDateKind('[DBNum1][$-804]yyyy"年"m"月"d"日";@')).toBe(DateKind.Date);
    expect(customDateKind("m/d")).toBe(DateKind.Date);
    expect(customDateKind("yyyy/m/d h:mm")).toBe(DateKind.DateTime);
    expect(customDateKind("h:mm:ss")).toBe(DateKind.Time);
    expect(customDateKind("mm:ss")).toBe(DateKind.Time);
    expect(customDateKind("[h]:mm")).toBe(DateKind.Time);
    for (const numeric of ["General", "0.00", "#,##0", "0.00E+00", "[Red]0.00", '"m"0', "_-* #,##0_-;\\-* #,##0_-", "@", "0.0%"]) {
      expect([numeric, customDateKind(numeric)]).toEqual([numeric, DateKind.None]);
    }
  });

  it("turns date serials into ISO dates and times, in the 1900 and 1904 systems", () => {
    expect(formatDateSerial("45717", DateKind.Date, false)).toBe("2025-03-01");
    expect(formatDateSerial("45717.99999999", DateKind.Date, false)).toBe("2025-03-01");
    expect(formatDateSerial("45717.5", DateKind.DateTime, false)).toBe("2025-03-01 12:00:00");
    expect(formatDateSerial("0.75", DateKind.Time, false)).toBe("18:00:00");
    expect(formatDateSerial("1", DateKind.Date, false)).toBe("1900-01-01");
    expect(formatDateSerial("59", DateKind.Date, false)).toBe("1900-02-28");
    expect(formatDateSerial("61", DateKind.Date, false)).toBe("1900-03-01");
    expect(formatDateSerial("44255", DateKind.Date, true)).toBe("2025-03-01");
  });
});

describe("cell text in XML", () => {
  it("escapes what XML cannot hold the way Excel does, and reads it back", () => {
    const text = "a & <b>\r\nc\u0001 _x0041_ 制表\t符";
    const encoded = encodeCellText(text);
    expect(encoded).toBe("a &amp; &lt;b&gt;_x000D_\nc_x0001_ _x005F_x0041_ 制表\t符");
    expect(decodeXmlText(encoded)).toBe(text);
  });

  it("reads a bare CR in XML text as a parser must, as LF", () => {
    expect(decodeXmlText("a\r\nb\rc&#13;")).toBe("a\nb\nc\r");
  });
});
