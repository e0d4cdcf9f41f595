/** The default Office theme ExcelJS ships as a module of one string (ExcelJS 4.4, pinned). */
declare module "exceljs/lib/xlsx/xml/theme1" {
  const themeXml: string;
  export = themeXml;
}
