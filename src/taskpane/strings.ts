import type { ExportDelivery } from "../excel/actions";

/** Languages the task pane speaks: Thai first, English as a second line for non-Thai Office. */
export type PaneLanguage = "th" | "en";

/** The pane title, the same in every language: the ITA is known by its Thai name. */
export const paneTitle = "ITA — คุณธรรมและความโปร่งใส";

export interface PaneStrings {
  exportPdf: string;
  agenciesHeading: string;
  agenciesHint: string;
  analyzeAgencies: string;
  agenciesProgressLabel: string;
  agenciesReading: string;
  agenciesProgress: (done: number, total: number) => string;
  agenciesDoneTitle: string;
  agenciesDone: (agencies: number, output: string, summary: string) => string;
  agenciesShare: (share: string, metTarget: boolean) => string;
  agenciesMean: (
    mean: string,
    national?: { fiscalYear: number; mean: string; above: boolean | null }
  ) => string;
  agenciesProblem: string;
  subtitle: string;
  purpose: string;
  functionsReady: string;
  notInExcel: string;
  officeFailed: string;

  startHeading: string;
  fiscalYearLabel: string;
  agencyLabel: string;
  agencyHint: string;
  waysInHeading: string;
  insertSheet: string;
  insertSheetHint: string;
  useSelection: string;
  useSelectionHint: string;
  findScores: string;
  findScoresHint: string;

  foundHeading: string;
  foundIntro: (scannedAddress: string) => string;
  foundLegend: string;
  foundLegendFound: string;
  foundLegendMismatch: string;
  foundValueCell: (cell: string) => string;
  checksAgree: (count: number) => string;
  mismatchesHeading: string;
  unmatchedHeading: string;
  itemsFound: (count: number) => string;
  didYouMean: (code: string) => string;
  notUsableHeading: string;
  useFound: (fiscalYear: number) => string;
  useFoundHint: string;
  dismissFound: string;
  finding: string;
  foundStatus: (indicators: number, mismatches: number) => string;

  advancedHeading: string;
  reportDetailsIntro: string;
  agencyKindLabel: string;
  agencyKindGuess: (guess?: string) => string;
  districtLabel: string;
  provinceLabel: string;
  scoresAsOfLabel: string;
  scoresAsOfHint: string;
  compatibilityCheck: string;
  compatibilityCheckHint: string;
  compatibilityResults: string;
  compatibilityText: string;
  compatibilityFailed: string;
  compatibilityDone: (passed: number, failed: number, info: number) => string;
  checkPassed: string;
  checkFailed: string;
  checkInfo: string;
  insertFrameworkSheet: string;
  insertFrameworkSheetHint: (fiscalYear: number) => string;
  unknownYearOption: (fiscalYear: number) => string;
  unknownYearTitle: (fiscalYear: number) => string;
  unknownYearNotice: (fiscalYear: number, latest: number) => string;
  insertFrameworkForYear: (fiscalYear: number) => string;
  frameworkNoticeTitle: string;
  unconfirmedNotice: (fiscalYear: number, parts: string, basedOn?: number) => string;
  servedItemNotice: (fiscalYear: number, code: string, title: string) => string;
  insertCatalogueSheet: string;
  insertCatalogueSheetHint: string;
  insertingFramework: string;
  insertingCatalogue: string;
  settingsInsertedStatus: (sheet: "framework" | "catalogue", sheetName: string) => string;

  sheetHeading: string;
  sheetCreated: (sheetName: string) => string;
  typeScoresAt: (address: string) => string;
  typePreviousAt: (address: string) => string;

  selectionHeading: string;
  usingRange: (address: string) => string;
  previousRange: (address: string) => string;
  recognisedCaption: string;
  indicatorColumn: string;
  cellColumn: string;
  scoreColumn: string;
  previousColumn: string;
  notAScore: string;
  willWriteAt: (address: string) => string;
  nothingWrittenYet: string;

  writeFormulas: string;
  formulasHint: string;
  valuesHint: string;
  analyze: string;
  chooseAgain: string;

  inserting: string;
  previewing: string;
  analyzing: string;
  insertedStatus: (sheetName: string) => string;
  previewedStatus: string;
  analyzedStatus: (address: string) => string;
  failedStatus: string;

  issuesTitle: (count: number) => string;
  nothingWritten: string;
  warningsTitle: string;
  unexpectedTitle: string;
  unexpectedBody: string;
  valuesFallbackTitle: string;
  valuesFallback: string;

  resultsHeading: (fiscalYear: number) => string;
  writtenAsFormulas: (address: string) => string;
  writtenAsValues: (address: string) => string;
  totalLabel: string;
  ratingLabel: string;
  passed: string;
  notPassed: string;
  passMark: (mark: string) => string;
  toolsHeading: string;
  indicatorsHeading: string;
  rankColumn: string;
  yearColumn: (fiscalYear: number) => string;
  changeColumn: string;
  up: string;
  down: string;
  unchanged: string;
  weakestHeading: string;
  weakestIntro: string;
  indicatorNumber: (number: number) => string;

  reportHeading: string;
  reportIntro: string;
  thaiDigits: string;
  thaiDigitsHint: string;
  arabicDigitsHint: string;
  includeChart: string;
  generateReport: string;
  exportReport: string;
  replaceEdited: string;
  replaceEditedHint: string;
  generating: string;
  exporting: string;
  generatedStatus: (sheetNames: readonly string[]) => string;
  exportedStatus: (fileName: string, delivery: ExportDelivery) => string;
}

export const paneStrings: Readonly<Record<PaneLanguage, PaneStrings>> = {
  th: {
    exportPdf: "พิมพ์สมุดงานเป็น PDF",
    agenciesHeading: "หลายหน่วยงาน",
    agenciesHint:
      "สำหรับผู้กำกับดูแลที่มีคะแนนของหลายหน่วยงาน: เลือกตารางที่มีแถวหัวตาราง (หน่วยงาน จังหวัด ปีงบประมาณ ตัวชี้วัดที่ 1–10 และคะแนนปีก่อนถ้ามี) หนึ่งหน่วยงานต่อหนึ่งแถว ระบบจะเขียนผลข้างตารางและสรุปภาพรวมในแผ่นงานใหม่",
    analyzeAgencies: "วิเคราะห์ตารางหน่วยงานที่เลือก",
    agenciesProgressLabel: "ความคืบหน้าการวิเคราะห์หลายหน่วยงาน",
    agenciesReading: "กำลังอ่านตารางหน่วยงาน…",
    agenciesProgress: (done, total) =>
      `เขียนผลแล้ว ${done.toLocaleString("th-TH")} จาก ${total.toLocaleString("th-TH")} หน่วยงาน`,
    agenciesDoneTitle: "วิเคราะห์หลายหน่วยงานเสร็จแล้ว",
    agenciesDone: (agencies, output, summary) =>
      `วิเคราะห์ ${agencies.toLocaleString("th-TH")} หน่วยงานแล้ว เขียนผลที่ ${output} และสรุปภาพรวมที่แผ่นงาน “${summary}”`,
    agenciesShare: (share, metTarget) =>
      `หน่วยงานที่ได้ 85 คะแนนขึ้นไป ${share} ${metTarget ? "ถึง" : "ยังไม่ถึง"}เป้าหมายระดับประเทศร้อยละ 80`,
    agenciesMean: (mean, national) =>
      `คะแนนรวมเฉลี่ยของกลุ่ม ${mean} คะแนน` +
      (national
        ? ` ${national.above === null ? "เท่ากับ" : national.above ? "สูงกว่า" : "ต่ำกว่า"}คะแนนเฉลี่ยระดับประเทศปี ${national.fiscalYear} (${national.mean} คะแนน)`
        : ""),
    agenciesProblem: "ตารางหน่วยงานมีข้อผิดพลาด จึงยังไม่ได้เขียนข้อมูลใด ๆ",
    subtitle: "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ",
    purpose:
      "บานหน้าต่างงานนี้จะอ่านคะแนนตัวชี้วัดทั้ง 10 ตัวจากแผ่นงาน แล้วบันทึกคะแนนรวม ระดับผลการประเมิน " +
      "และคะแนนที่เปลี่ยนแปลงจากปีก่อนกลับลงในแผ่นงาน",
    functionsReady: "ขณะนี้ใช้ฟังก์ชันในเซลล์ได้แล้ว เช่น =ITA.GRADE และ =ITA.SCORE",
    notInExcel: "ไม่ได้เปิดอยู่ใน Excel: ฟังก์ชัน =ITA.* ทำงานเมื่อเปิดส่วนเสริมนี้จาก Excel เท่านั้น",
    officeFailed: "เชื่อมต่อกับ Office ไม่สำเร็จ:",

    startHeading: "ข้อมูลการประเมิน",
    fiscalYearLabel: "ปีงบประมาณ (พ.ศ.)",
    agencyLabel: "ชื่อหน่วยงาน",
    agencyHint: "ไม่บังคับ เช่น เทศบาลตำบลด่านเกวียน",
    waysInHeading: "นำคะแนนเข้าสู่การวิเคราะห์",
    insertSheet: "แทรกแผ่นงานกรอกคะแนน",
    insertSheetHint: "สร้างแผ่นงานใหม่ที่มีตัวชี้วัดทั้ง 10 ตัวของปีที่เลือก พร้อมช่องสำหรับกรอกคะแนน",
    useSelection: "ใช้ช่วงที่เลือก",
    useSelectionHint:
      "เลือกเซลล์ที่มีคะแนนตัวชี้วัดทั้ง 10 ตัวในแผ่นงานก่อน แล้วกดปุ่มนี้ " + "ระบบจะแสดงค่าที่อ่านได้ให้ตรวจสอบก่อนเขียนข้อมูลใด ๆ",
    findScores: "ค้นหาคะแนนที่วางไว้ในแผ่นงานนี้",
    findScoresHint:
      "สำหรับคะแนนที่คัดลอกมาวางจากระบบ ITAS หรือจากตารางในรายงานปีก่อน ระบบจะค้นหาชื่อตัวชี้วัดและคะแนนที่อยู่ข้างชื่อ " +
      "ระบายสีเซลล์ที่พบ แล้วแสดงให้ตรวจทานก่อนนำไปใช้",

    foundHeading: "คะแนนที่พบในแผ่นงาน",
    foundIntro: (scannedAddress) => `ค้นหาในช่วง ${scannedAddress} และทำเครื่องหมายเซลล์ในแผ่นงานไว้ให้ตรวจทาน`,
    foundLegend: "เครื่องหมายในแผ่นงาน",
    foundLegendFound: "พบคะแนนหรือชื่อตัวชี้วัด: พื้นสีเหลืองอ่อน",
    foundLegendMismatch: "ไม่ตรงกับการคำนวณ: พื้นสีส้มมีลายเส้นทแยง",
    foundValueCell: (cell) => `จากเซลล์ ${cell}`,
    checksAgree: (count) =>
      `ตัวเลขที่ตารางระบุไว้เอง (ผลต่างจากปีก่อน คะแนนรายเครื่องมือ คะแนนรวม) ตรงกับที่คำนวณได้ ${count} รายการ`,
    mismatchesHeading: "ตัวเลขที่ไม่ตรงกับการคำนวณ (ต้นฉบับอาจพิมพ์ผิด โปรดตรวจสอบ)",
    unmatchedHeading: "ข้อความที่ไม่ตรงกับชื่อตัวชี้วัดใด (ไม่ได้นำมาใช้)",
    itemsFound: (count) => `พบคะแนนรายข้อ ${count} ข้อ จะคัดลอกไปพร้อมกัน`,
    didYouMean: (code) => `ขึ้นต้นด้วยตัวเลขแทนตัวอักษร หมายถึงข้อ ${code} หรือไม่ โปรดแก้ในต้นฉบับ`,
    notUsableHeading: "ยังนำคะแนนเหล่านี้ไปใช้ไม่ได้ ด้วยเหตุต่อไปนี้ (ระบบจะไม่เดาค่าแทน)",
    useFound: (fiscalYear) => `ใช้คะแนนเหล่านี้ (สร้างแผ่นงานกรอกคะแนนปี ${fiscalYear})`,
    useFoundHint: "ระบบจะคัดลอกคะแนนไปยังแผ่นงานกรอกคะแนนแผ่นใหม่ ข้อมูลที่วางไว้เดิมจะไม่ถูกแก้ไข",
    dismissFound: "ไม่ใช้",
    finding: "กำลังค้นหาคะแนนในแผ่นงาน…",
    foundStatus: (indicators, mismatches) =>
      mismatches === 0
        ? `พบคะแนนของตัวชี้วัด ${indicators} ตัว โปรดตรวจทานก่อนนำไปใช้`
        : `พบคะแนนของตัวชี้วัด ${indicators} ตัว และตัวเลขที่ไม่ตรงกัน ${mismatches} แห่ง โปรดตรวจทานก่อนนำไปใช้`,

    advancedHeading: "ตั้งค่าขั้นสูง",
    reportDetailsIntro:
      "ข้อมูลหน่วยงานในรายงาน: ประเภทหน่วยงานกำหนดตำแหน่งผู้บริหาร ส่วนงานที่รับผิดชอบ และถ้อยคำในข้อเสนอแนะ",
    agencyKindLabel: "ประเภทหน่วยงาน",
    agencyKindGuess: (guess) => (guess ? `ตามชื่อหน่วยงาน (${guess})` : "ตามชื่อหน่วยงาน (ไม่ระบุประเภท)"),
    districtLabel: "อำเภอหรือเขต",
    provinceLabel: "จังหวัด",
    scoresAsOfLabel: "วันที่นำคะแนนจากระบบ ITAS",
    scoresAsOfHint: "พิมพ์ในบรรทัดที่มาของข้อมูล เว้นว่างได้",
    compatibilityCheck: "ตรวจความเข้ากันได้กับ Excel นี้",
    compatibilityCheckHint:
      "สำหรับผู้ดูแลระบบ: ทดลองการทำงานที่ส่วนเสริมอาศัยบนแผ่นงานชั่วคราวแล้วลบออก ไม่แตะแผ่นงานของท่าน และแสดงผลที่คัดลอกส่งผู้ดูแลได้",
    compatibilityResults: "ผลการตรวจความเข้ากันได้",
    compatibilityText: "ผลการตรวจเป็นข้อความสำหรับคัดลอก",
    compatibilityFailed: "ตรวจไม่สำเร็จ:",
    compatibilityDone: (passed, failed, info) =>
      `ตรวจเสร็จแล้ว ผ่าน ${passed} รายการ ไม่ผ่าน ${failed} รายการ ข้อมูล ${info} รายการ`,
    checkPassed: "ผ่าน",
    checkFailed: "ไม่ผ่าน",
    checkInfo: "ข้อมูล",
    insertFrameworkSheet: "แทรกแผ่นงานกรอบการประเมิน",
    insertFrameworkSheetHint: (fiscalYear) =>
      `แทรกกรอบการประเมินปี ${fiscalYear} (เครื่องมือ ตัวชี้วัด น้ำหนัก เกณฑ์ระดับ และรายการข้อ) เป็นแผ่นงาน ` +
      "แก้ไขได้เมื่อ ป.ป.ช. ประกาศกรอบใหม่ การวิเคราะห์และรายงานจะใช้กรอบในแผ่นงานนั้น",
    unknownYearOption: (fiscalYear) => `${fiscalYear} (ยังไม่มีกรอบในตัว)`,
    unknownYearTitle: (fiscalYear) => `ยังไม่มีกรอบการประเมินปี ${fiscalYear}`,
    unknownYearNotice: (fiscalYear, latest) =>
      `ส่วนเสริมยังไม่มีกรอบการประเมินของปี ${fiscalYear} แทรกแผ่นงานกรอบ ITA ${fiscalYear} ซึ่งคัดลอกจากกรอบปี ${latest} ` +
      `แล้วตรวจแก้ให้ตรงกับที่ ป.ป.ช. ประกาศ จากนั้นจึงกรอกคะแนนและวิเคราะห์ การวิเคราะห์และรายงานจะใช้กรอบในแผ่นงานนั้น`,
    insertFrameworkForYear: (fiscalYear) => `แทรกแผ่นงานกรอบ ITA ${fiscalYear}`,
    frameworkNoticeTitle: "เกี่ยวกับกรอบการประเมิน",
    unconfirmedNotice: (fiscalYear, parts, basedOn) =>
      (basedOn === undefined
        ? `ส่วนของกรอบการประเมินปี ${fiscalYear} ที่ยังไม่ได้รับการยืนยันจาก ป.ป.ช.: ${parts} `
        : `กรอบการประเมินปี ${fiscalYear} คัดลอกจากปี ${basedOn} และยังไม่ได้รับการยืนยันจาก ป.ป.ช. `) +
      "หากต่างจากที่ ป.ป.ช. ประกาศ ให้แก้ไขในแผ่นงานกรอบการประเมิน (ตั้งค่าขั้นสูง › แทรกแผ่นงานกรอบการประเมิน) แล้ววิเคราะห์ใหม่",
    servedItemNotice: (fiscalYear, code, title) =>
      `รายงานวิเคราะห์และมาตรการจากผลนี้เป็นหลักฐานของข้อ ${code}${title ? ` ${title}` : ""} ในการประเมิน ITA ปี ${fiscalYear}`,
    insertCatalogueSheet: "แทรกแผ่นงานแคตตาล็อกมาตรการ",
    insertCatalogueSheetHint:
      "แทรกข้อเสนอแนะ มาตรการ และผู้รับผิดชอบที่ใช้ในรายงานเป็นแผ่นงาน แก้ไขข้อความและชื่อหน่วยงานของท่านได้ " +
      "รายงานที่สร้างครั้งต่อไปจะใช้ข้อความในแผ่นงานนั้น",
    insertingFramework: "กำลังแทรกแผ่นงานกรอบการประเมิน…",
    insertingCatalogue: "กำลังแทรกแผ่นงานแคตตาล็อกมาตรการ…",
    settingsInsertedStatus: (sheet, sheetName) =>
      sheet === "framework"
        ? `แทรกแผ่นงานกรอบการประเมิน ${quoted(sheetName)} แล้ว แก้ไขได้ตามที่ ป.ป.ช. ประกาศ`
        : `แทรกแผ่นงานแคตตาล็อกมาตรการ ${quoted(sheetName)} แล้ว แก้ไขได้ตามหน่วยงานของท่าน`,

    sheetHeading: "แผ่นงานกรอกคะแนน",
    sheetCreated: (sheetName) => `สร้างแผ่นงาน “${sheetName}” เรียบร้อยแล้ว`,
    typeScoresAt: (address) => `กรอกคะแนนตัวชี้วัดทั้ง 10 ตัวของปีนี้ที่ ${address}`,
    typePreviousAt: (address) => `กรอกคะแนนของปีก่อน (ถ้ามี) ที่ ${address}`,

    selectionHeading: "ช่วงที่เลือก",
    usingRange: (address) => `ใช้ช่วง ${address}`,
    previousRange: (address) => `คะแนนปีก่อนจากช่วง ${address}`,
    recognisedCaption: "ค่าที่อ่านได้",
    indicatorColumn: "ตัวชี้วัด",
    cellColumn: "เซลล์",
    scoreColumn: "คะแนน",
    previousColumn: "ปีก่อน",
    notAScore: "ไม่ใช่คะแนน",
    willWriteAt: (address) => `จะเขียนผลที่ ${address}`,
    nothingWrittenYet: "ระบบจะยังไม่เขียนข้อมูลใดลงในแผ่นงานจนกว่าจะกดปุ่มวิเคราะห์",

    writeFormulas: "เขียนเป็นสูตร Excel",
    formulasHint: "ผลจะคำนวณใหม่เมื่อแก้ไขคะแนน และผู้ที่ไม่มีส่วนเสริมนี้ก็เปิดดูได้",
    valuesHint: "เขียนเป็นค่าคงที่ ผลจะไม่คำนวณใหม่เมื่อแก้ไขคะแนน",
    analyze: "วิเคราะห์และเขียนผล",
    chooseAgain: "เลือกใหม่",

    inserting: "กำลังแทรกแผ่นงานกรอกคะแนน…",
    previewing: "กำลังอ่านช่วงที่เลือก…",
    analyzing: "กำลังวิเคราะห์และเขียนผลลงในแผ่นงาน…",
    insertedStatus: (sheetName) => `แทรกแผ่นงาน “${sheetName}” เรียบร้อยแล้ว`,
    previewedStatus: "อ่านช่วงที่เลือกแล้ว โปรดตรวจสอบค่าก่อนกดวิเคราะห์",
    analyzedStatus: (address) => `วิเคราะห์เสร็จแล้ว เขียนผลที่ ${address}`,
    failedStatus: "ดำเนินการไม่สำเร็จ",

    issuesTitle: (count) => `พบปัญหา ${count} รายการ`,
    nothingWritten: "ยังไม่ได้เขียนข้อมูลใดลงในแผ่นงาน โปรดแก้ไขแล้วลองอีกครั้ง",
    warningsTitle: "ข้อควรตรวจสอบ",
    unexpectedTitle: "เกิดข้อผิดพลาดที่ไม่คาดคิด",
    unexpectedBody: "โปรดตรวจสอบแผ่นงานก่อนลองอีกครั้ง และแจ้งข้อความต่อไปนี้แก่ผู้ดูแลระบบ",
    valuesFallbackTitle: "เขียนผลเป็นค่าคงที่",
    valuesFallback:
      "เขียนผลเป็นค่าคงที่แทนสูตร เนื่องจากเซลล์คะแนนบางเซลล์เก็บเป็นข้อความ " +
      "ผลจะไม่คำนวณใหม่เมื่อแก้ไขคะแนน โปรดกดวิเคราะห์อีกครั้งหลังแก้ไข",

    resultsHeading: (fiscalYear) => `ผลการประเมินปีงบประมาณ ${fiscalYear}`,
    writtenAsFormulas: (address) => `เขียนผลเป็นสูตร Excel ที่ ${address}`,
    writtenAsValues: (address) => `เขียนผลเป็นค่าคงที่ที่ ${address}`,
    totalLabel: "คะแนนรวม",
    ratingLabel: "ระดับผลการประเมิน",
    passed: "ผ่านเกณฑ์",
    notPassed: "ไม่ผ่านเกณฑ์",
    passMark: (mark) => `เกณฑ์ผ่าน ${mark} คะแนนขึ้นไป`,
    toolsHeading: "คะแนนรายเครื่องมือ",
    indicatorsHeading: "คะแนนรายตัวชี้วัด",
    rankColumn: "อันดับ",
    yearColumn: (fiscalYear) => `ปี ${fiscalYear}`,
    changeColumn: "เปลี่ยนแปลง",
    up: "เพิ่มขึ้น",
    down: "ลดลง",
    unchanged: "เท่าเดิม",
    weakestHeading: "ตัวชี้วัดที่ควรปรับปรุงก่อน",
    weakestIntro: "ตัวชี้วัดที่ได้คะแนนต่ำสุดของแต่ละเครื่องมือ เรียงจากคะแนนต่ำสุด",
    indicatorNumber: (number) => `ตัวชี้วัดที่ ${number}`,

    reportHeading: "รายงานสำหรับเผยแพร่",
    reportIntro:
      "สร้างแผ่นงานผลการวิเคราะห์ ITA และแผ่นงานมาตรการส่งเสริมคุณธรรมและความโปร่งใสของปีงบประมาณถัดไป " +
      "จากผลการวิเคราะห์ครั้งล่าสุด พร้อมสำหรับพิมพ์และเผยแพร่",
    thaiDigits: "ใช้เลขไทย",
    thaiDigitsHint: "เอกสารราชการนิยมใช้เลขไทย ตัวเลขในเซลล์ยังคงเป็นค่าตัวเลขที่คำนวณได้",
    arabicDigitsHint: "แสดงตัวเลขเป็นเลขอารบิก",
    includeChart: "แทรกแผนภูมิ",
    generateReport: "สร้างแผ่นงานรายงาน",
    exportReport: "ส่งออกเป็นไฟล์ Excel",
    replaceEdited: "แทนที่แผ่นงานที่แก้ไขแล้ว",
    replaceEditedHint: "การแทนที่จะลบสิ่งที่แก้ไขไว้ในแผ่นงานที่ส่วนเสริมสร้าง แผ่นงานอื่นจะไม่ถูกเปลี่ยนแปลง",
    generating: "กำลังสร้างแผ่นงานรายงาน…",
    exporting: "กำลังส่งออกรายงานเป็นไฟล์ Excel…",
    generatedStatus: (sheetNames) => `สร้างแผ่นงานรายงานเรียบร้อยแล้ว: ${listInThai(sheetNames.map(quoted))}`,
    exportedStatus: (fileName, delivery) =>
      ({
        "new-workbook": `ส่งออกรายงานเป็นไฟล์ ${quoted(fileName)} และเปิดเป็นสมุดงานใหม่แล้ว`,
        "new-workbook-behind": `ส่งออกรายงานเป็นไฟล์ ${quoted(fileName)} และเปิดเป็นสมุดงานใหม่แล้ว หน้าต่างใหม่อาจอยู่ด้านหลังหน้าต่างนี้ ดูได้จากเมนู หน้าต่าง (Window) ของ Excel`,
        download: `ส่งออกรายงานเป็นไฟล์ ${quoted(fileName)} ให้ดาวน์โหลดแล้ว โปรดเปิดไฟล์จากโฟลเดอร์ดาวน์โหลด`,
      })[delivery],
  },
  en: {
    exportPdf: "Print the workbook to PDF",
    agenciesHeading: "Many agencies",
    agenciesHint:
      "For supervisors holding many agencies' scores: select a table with a header row (agency, province, fiscal year, indicators 1–10 and last year's if any), one agency per row; results go beside it and a summary on a new sheet.",
    analyzeAgencies: "Analyze the selected table of agencies",
    agenciesProgressLabel: "Progress of the many-agencies analysis",
    agenciesReading: "Reading the table of agencies…",
    agenciesProgress: (done, total) =>
      `Results written for ${done.toLocaleString("en")} of ${total.toLocaleString("en")} agencies`,
    agenciesDoneTitle: "Many agencies analysed",
    agenciesDone: (agencies, output, summary) =>
      `${agencies.toLocaleString("en")} agencies analysed; results in ${output}, summary on the sheet “${summary}”.`,
    agenciesShare: (share, metTarget) =>
      `${share} of agencies scored 85 or more; the national target of 80 % is ${metTarget ? "met" : "not met yet"}.`,
    agenciesMean: (mean, national) =>
      `The group's mean total is ${mean}` +
      (national
        ? `, ${national.above === null ? "equal to" : national.above ? "above" : "below"} the national mean of ${national.fiscalYear} (${national.mean}).`
        : "."),
    agenciesProblem: "The table of agencies has problems, so nothing was written.",
    subtitle: "Integrity and Transparency Assessment of Thai public agencies",
    purpose:
      "This pane will read the ten indicator scores from the sheet and write totals, ratings and " +
      "year-on-year changes back to it.",
    functionsReady: "The cell functions already work, for example =ITA.GRADE and =ITA.SCORE.",
    notInExcel: "Not running in Excel: the =ITA.* functions work only when this add-in is opened from Excel.",
    officeFailed: "Could not connect to Office:",

    startHeading: "Assessment details",
    fiscalYearLabel: "Fiscal year (Buddhist Era)",
    agencyLabel: "Agency name",
    agencyHint: "Optional, for example Dan Kwian Subdistrict Municipality",
    waysInHeading: "Bring in the scores",
    insertSheet: "Insert input sheet",
    insertSheetHint:
      "Creates a new sheet listing the ten indicators of the chosen year, with cells for the scores.",
    useSelection: "Use the selected range",
    useSelectionHint:
      "First select the cells holding the ten indicator scores, then press this button. " +
      "You can check what was read before anything is written.",
    findScores: "Find the scores pasted on this sheet",
    findScoresHint:
      "For scores copied from the NACC's ITAS system or from last year's report: finds the indicator names and " +
      "the scores beside them, highlights the cells, and shows them for you to check before they are used.",

    foundHeading: "Scores found on the sheet",
    foundIntro: (scannedAddress) =>
      `Searched ${scannedAddress}; the cells are marked on the sheet for you to check.`,
    foundLegend: "Marks on the sheet",
    foundLegendFound: "Score or indicator name found: pale yellow fill",
    foundLegendMismatch: "Disagrees with the calculation: orange fill with diagonal hatching",
    foundValueCell: (cell) => `from ${cell}`,
    checksAgree: (count) =>
      `${count} figures the table states itself (changes, tool scores, totals) agree with the calculation.`,
    mismatchesHeading:
      "Figures that disagree with the calculation (the source may have a typo: please check)",
    unmatchedHeading: "Text that names no indicator (not used)",
    itemsFound: (count) => `${count} item results found; they are copied too.`,
    didYouMean: (code) => `A digit stands where a letter belongs: did you mean ${code}? Correct the source.`,
    notUsableHeading: "These scores cannot be used yet, for the reasons below (nothing is guessed)",
    useFound: (fiscalYear) => `Use these scores (new ${fiscalYear} input sheet)`,
    useFoundHint: "The scores are copied into a new input sheet; what you pasted is not changed.",
    dismissFound: "Don't use",
    finding: "Finding the scores on the sheet…",
    foundStatus: (indicators, mismatches) =>
      mismatches === 0
        ? `Found scores for ${indicators} indicators. Please check them before using them.`
        : `Found scores for ${indicators} indicators and ${mismatches} figures that disagree. Please check them before using them.`,

    advancedHeading: "Advanced settings",
    reportDetailsIntro:
      "The agency in the report: its kind decides the executive's title, the office responsible and the wording of the recommendations.",
    agencyKindLabel: "Kind of agency",
    agencyKindGuess: (guess) =>
      guess ? `From the agency's name (${guess})` : "From the agency's name (kind not given)",
    districtLabel: "District",
    provinceLabel: "Province",
    scoresAsOfLabel: "Date the scores were taken from ITAS",
    scoresAsOfHint: "Printed in the report's source line; may be left blank.",
    compatibilityCheck: "Check compatibility with this Excel",
    compatibilityCheckHint:
      "For IT staff: tries what the add-in relies on, on a temporary sheet it then removes; your sheets are not touched; the result can be copied for support.",
    compatibilityResults: "Compatibility check results",
    compatibilityText: "The results as text to copy",
    compatibilityFailed: "The check could not run:",
    compatibilityDone: (passed, failed, info) =>
      `Check finished: ${passed} passed, ${failed} failed, ${info} for information.`,
    checkPassed: "pass",
    checkFailed: "fail",
    checkInfo: "info",
    insertFrameworkSheet: "Insert the framework sheet",
    insertFrameworkSheetHint: (fiscalYear) =>
      `Inserts the ${fiscalYear} framework (tools, indicators, weights, rating rule, item lists) as a sheet ` +
      "you can correct when the NACC publishes a new one; Analyze and the report then use it.",
    unknownYearOption: (fiscalYear) => `${fiscalYear} (no built-in framework)`,
    unknownYearTitle: (fiscalYear) => `No framework for ${fiscalYear} yet`,
    unknownYearNotice: (fiscalYear, latest) =>
      `The add-in has no framework for ${fiscalYear} yet. Insert the framework sheet ITA ${fiscalYear}, copied from ` +
      `${latest}, correct it to what the NACC publishes, then enter the scores and analyse; the analysis and the ` +
      "report will use that sheet.",
    insertFrameworkForYear: (fiscalYear) => `Insert the framework sheet ITA ${fiscalYear}`,
    frameworkNoticeTitle: "About the framework",
    unconfirmedNotice: (fiscalYear, parts, basedOn) =>
      (basedOn === undefined
        ? `Parts of the ${fiscalYear} framework not confirmed by the NACC: ${parts}. `
        : `The ${fiscalYear} framework is copied from ${basedOn} and not confirmed by the NACC. `) +
      "If the NACC publishes otherwise, correct them in the framework sheet (Advanced › Insert framework sheet) and analyse again.",
    servedItemNotice: (fiscalYear, code, title) =>
      `The analysis and measures made from this result are the evidence for item ${code}${title ? ` (${title})` : ""} of the ITA ${fiscalYear}.`,
    insertCatalogueSheet: "Insert the measures catalogue sheet",
    insertCatalogueSheetHint:
      "Inserts the recommendations, measures and responsible units the report uses as a sheet; edit the " +
      "wording and your own unit names, and the next report uses them.",
    insertingFramework: "Inserting the framework sheet…",
    insertingCatalogue: "Inserting the measures catalogue sheet…",
    settingsInsertedStatus: (sheet, sheetName) =>
      sheet === "framework"
        ? `Inserted the framework sheet ${quoted(sheetName)}; correct it to what the NACC publishes.`
        : `Inserted the measures catalogue sheet ${quoted(sheetName)}; edit it for your agency.`,

    sheetHeading: "Input sheet",
    sheetCreated: (sheetName) => `Created the sheet “${sheetName}”.`,
    typeScoresAt: (address) => `Type this year's ten indicator scores in ${address}.`,
    typePreviousAt: (address) => `Type the previous year's scores, if any, in ${address}.`,

    selectionHeading: "Selected range",
    usingRange: (address) => `Using the range ${address}`,
    previousRange: (address) => `Previous year's scores from ${address}`,
    recognisedCaption: "What was read",
    indicatorColumn: "Indicator",
    cellColumn: "Cell",
    scoreColumn: "Score",
    previousColumn: "Previous year",
    notAScore: "not a score",
    willWriteAt: (address) => `Results will be written to ${address}`,
    nothingWrittenYet: "Nothing is written to the sheet until you press Analyze.",

    writeFormulas: "Write Excel formulas",
    formulasHint: "Results recalculate when scores change, and colleagues without this add-in can use them.",
    valuesHint: "Writes fixed values that do not recalculate when scores change.",
    analyze: "Analyze and write results",
    chooseAgain: "Choose again",

    inserting: "Inserting the input sheet…",
    previewing: "Reading the selected range…",
    analyzing: "Analyzing and writing the results to the sheet…",
    insertedStatus: (sheetName) => `Inserted the sheet “${sheetName}”.`,
    previewedStatus: "Read the selected range. Please check the values before analyzing.",
    analyzedStatus: (address) => `Analysis done; results written to ${address}.`,
    failedStatus: "The action did not complete.",

    issuesTitle: (count) => (count === 1 ? "1 problem found" : `${count} problems found`),
    nothingWritten: "Nothing was written to the sheet. Please correct these and try again.",
    warningsTitle: "Please check",
    unexpectedTitle: "Something unexpected went wrong",
    unexpectedBody: "Please check the sheet before trying again, and report the following message:",
    valuesFallbackTitle: "Written as fixed values",
    valuesFallback:
      "The results were written as fixed values instead of formulas because some score cells hold text. " +
      "They will not recalculate; analyze again after changing the scores.",

    resultsHeading: (fiscalYear) => `Results for fiscal year ${fiscalYear}`,
    writtenAsFormulas: (address) => `Written as Excel formulas to ${address}`,
    writtenAsValues: (address) => `Written as fixed values to ${address}`,
    totalLabel: "Total score",
    ratingLabel: "Rating",
    passed: "Passed",
    notPassed: "Not passed",
    passMark: (mark) => `Pass mark: ${mark} or more`,
    toolsHeading: "Scores by tool",
    indicatorsHeading: "Scores by indicator",
    rankColumn: "Rank",
    yearColumn: (fiscalYear) => `${fiscalYear}`,
    changeColumn: "Change",
    up: "up",
    down: "down",
    unchanged: "unchanged",
    weakestHeading: "What to improve first",
    weakestIntro: "The lowest indicator of each tool, weakest first",
    indicatorNumber: (number) => `Indicator ${number}`,

    reportHeading: "Report for publication",
    reportIntro:
      "Writes the ITA analysis sheet and the integrity and transparency measures for the next fiscal year " +
      "from the last analysis, ready to print and publish.",
    thaiDigits: "Thai digits",
    thaiDigitsHint: "Official documents customarily use Thai digits; the cells stay numbers that calculate.",
    arabicDigitsHint: "Shows the figures in Arabic digits.",
    includeChart: "Include the chart",
    generateReport: "Generate report sheets",
    exportReport: "Export as an Excel file",
    replaceEdited: "Replace the edited sheets",
    replaceEditedHint:
      "Replacing discards the edits in the sheets the add-in generated; no other sheet is changed.",
    generating: "Generating the report sheets…",
    exporting: "Exporting the report as an Excel file…",
    generatedStatus: (sheetNames) => `Report sheets written: ${listInEnglish(sheetNames.map(quoted))}.`,
    exportedStatus: (fileName, delivery) =>
      ({
        "new-workbook": `Exported the report as ${quoted(fileName)} and opened it as a new workbook.`,
        "new-workbook-behind": `Exported the report as ${quoted(fileName)} and opened it as a new workbook; its window may be behind this one: find it in Excel's Window menu.`,
        download: `Exported the report as ${quoted(fileName)}, offered as a download: open it from your downloads.`,
      })[delivery],
  },
};

function quoted(name: string): string {
  return `“${name}”`;
}

/** Thai lists run with spaces and join the last item with "และ". */
function listInThai(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(" ")} และ ${items[items.length - 1] ?? ""}`;
}

function listInEnglish(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}

/**
 * The pane language for an Office display language tag.
 *
 * @example
 * paneLanguageFor("th-TH") // "th"
 * paneLanguageFor("en-GB") // "en"
 * paneLanguageFor(undefined) // "th"
 */
export function paneLanguageFor(displayLanguage: string | undefined): PaneLanguage {
  if (displayLanguage === undefined || displayLanguage === "") return "th";
  return displayLanguage.toLowerCase().startsWith("th") ? "th" : "en";
}

/** The texts a component shows: always Thai, English too when the pane speaks English. */
export interface PaneTexts {
  readonly th: PaneStrings;
  readonly en?: PaneStrings;
}

export function paneTextsFor(language: PaneLanguage): PaneTexts {
  return language === "en" ? { th: paneStrings.th, en: paneStrings.en } : { th: paneStrings.th };
}
