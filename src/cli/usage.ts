/**
 * The help texts of `ita` and its commands, in Thai and English. They live apart from the commands so that
 * `ita --help` and a usage error answer without loading a command (and ExcelJS behind it).
 */

export const USAGE = `ita: คะแนน ITA ของหน่วยงานภาครัฐ / ITA scores for Thai government agencies

คำสั่ง / commands:
  ita score INPUT [--json]       คำนวณคะแนนรวม ระดับ และการเปลี่ยนแปลง / tools, total, rating and changes
  ita report [INPUT] [-o OUT]    เขียนรายงานวิเคราะห์และมาตรการเป็น .xlsx / the analysis and measures report
  ita report … --tracking        เพิ่มแผ่นงานติดตามมาตรการในไฟล์รายงาน / add the tracking sheet to the report
  ita progress WORKBOOK.xlsx [--as-of ปปปป-ดด-วว] [-o OUT]
                                 รายงานผลการดำเนินการตามมาตรการจากแผ่นงานติดตาม / the implementation report
                                 from the tracking sheet; several workbooks or a folder: one summary
  ita batch FILE [-o OUT]        ผลและสรุปของหลายหน่วยงาน (.csv/.xlsx) / many agencies and their summary
  ita framework YEAR [--as NEWYEAR] -o FILE.xlsx
                                 เขียนกรอบการประเมินของปีเป็นแผ่นงานที่แก้ไขได้ / a year's framework as an
                                 editable sheet, for a year ita does not know yet (--as)

INPUT: .json, .csv, .xlsx (แผ่นงานกรอกคะแนน หรือแผ่นงานใดก็ได้ที่วางตารางคะแนนไว้ / the input sheet or any
       sheet with a pasted table) หรือ .txt (ข้อความที่คัดลอกจากรายงานหรือหน้าผลของ ป.ป.ช. / text pasted
       from a report or the NACC's result page)
--framework FILE.xlsx (score, report, batch): ใช้กรอบการประเมินจากแผ่นงานที่ ita framework เขียนและตรวจแก้แล้ว
       / use the framework of a sheet written by ita framework and checked by the officer

ไฟล์ผลลัพธ์ / output (-o): ไม่เขียนทับไฟล์ที่คำสั่งอ่าน และไม่เขียนทับไฟล์ที่ ita ไม่ได้เขียนหรือที่มีผู้แก้ไข
       หลัง ita เขียน เว้นแต่ใช้ --force -o เป็นโฟลเดอร์ได้ (ชื่อที่ลงท้ายด้วย / คือโฟลเดอร์ที่จะสร้างใหม่)
       / a file the command reads is never written over, nor one ita did not write or that was edited
       since, unless --force; -o may be a folder (a name ending in / is made)
ITA_DEBUG=1 แสดงรายละเอียดของข้อผิดพลาดที่ไม่คาดไว้ / shows the details of an unexpected error

ita COMMAND --help แสดงวิธีใช้คำสั่ง / shows a command's options
`;

/**
 * `-o` and `--force` of the commands that write a file (output-file.ts): `defaultFile` is the name written
 * in out/ or in the folder `-o` names, `note` any further lines on it.
 */
function outputOptionUsage(defaultFile: string, note = ""): string {
  return `  -o, --output     ไฟล์ .xlsx ที่จะเขียน หรือโฟลเดอร์ที่จะเขียนไฟล์ชื่อ ${defaultFile} ลงไป (ชื่อที่ลงท้ายด้วย /
                   คือโฟลเดอร์ที่จะสร้างใหม่) ค่าเริ่มต้น out/${defaultFile} / the .xlsx to write, or a folder
                   to write ${defaultFile} in (a name ending in / is a folder to make); default
                   out/${defaultFile}
${note}  --force          เขียนทับไฟล์ที่มีอยู่แล้วแม้ ita ไม่ได้เขียน หรือมีผู้แก้ไขหลัง ita เขียน (ไม่เขียนทับไฟล์ที่
                   คำสั่งอ่านในทุกกรณี) / write over an existing file ita did not write, or edited since ita
                   wrote it (a file the command reads is never written over)`;
}

/** `--framework`, shared by `ita score`, `ita report` and `ita batch`. */
export const FRAMEWORK_OPTION_USAGE = `  --framework FILE.xlsx  ใช้กรอบการประเมินจากแผ่นงานกรอบในไฟล์นี้ (เขียนด้วย ita framework แล้วตรวจแก้) สำหรับปี
                         ที่ยังไม่มีในโปรแกรม หรือเพื่อแก้กรอบในตัว / the framework sheet(s) in this workbook
                         (written by ita framework, then checked): a year ita does not know yet, or a
                         correction of a built-in one`;

/** Help text shared by the commands that read one agency's input (`ita score`, `ita report`). */
export const INPUT_OPTIONS_USAGE = `  --year ปี              ปีงบประมาณที่ใช้จับคู่ชื่อตัวชี้วัดและเป็นปีของคอลัมน์คะแนนที่หัวตารางไม่ระบุปี (ค่าเริ่มต้น: ปีล่าสุด
                         รวมปีของ --framework) ปีที่หัวตารางระบุไว้มีผลก่อนเสมอ / the fiscal year for pasted tables
                         and CSV files whose headers name no year (default: the latest, --framework's included);
                         a year named in a header wins
  --sheet ชื่อ            แผ่นงานที่จะอ่านในไฟล์ .xlsx / the sheet of an .xlsx to read
  --agency ชื่อ           ชื่อหน่วยงาน (ข้อความที่วางและไฟล์ CSV ไม่มีชื่อหน่วยงาน) / the agency's name
  --accept-mismatches    อ่านต่อแม้ตัวเลขที่ตารางระบุไว้ (การเปลี่ยนแปลง คะแนนเครื่องมือ คะแนนรวม) ไม่ตรงกับคะแนน
                         โดยแสดงเป็นคำเตือน / go on when a stated change, tool score or total disagrees with
                         the scores (a warning instead of a refusal)
${FRAMEWORK_OPTION_USAGE}`;

export const SCORE_USAGE = `ใช้งาน / usage: ita score INPUT [--json] [--year ปี] [--sheet ชื่อ] [--agency ชื่อ] [--accept-mismatches] [--framework FILE.xlsx]
  คำนวณคะแนน ITA ของหน่วยงาน / score one agency's ITA
  INPUT  .json (รูปแบบข้อมูลของ ita), .csv (คะแนน 10 ตัวชี้วัด), .xlsx (แผ่นงานกรอกคะแนนของส่วนเสริม หรือแผ่นงานที่วางตารางไว้)
         หรือ .txt (ข้อความที่คัดลอกจากรายงานหรือหน้าผลการประเมินของ ป.ป.ช.); "-" อ่านจากอินพุตมาตรฐาน
         .json, .csv, an .xlsx (the add-in's input sheet or any sheet with a pasted table) or a .txt of text
         pasted from a report or the NACC's result page; "-" reads standard input (JSON or pasted text)
${INPUT_OPTIONS_USAGE}
  --json                พิมพ์ผลเป็น JSON / print the result as one JSON object`;

export const REPORT_USAGE = `ใช้งาน / usage: ita report [INPUT] [-o OUT.xlsx|FOLDER] [--force] [--thai-digits|--arabic-digits] [--no-chart] [--scores-as-of ปปปป-ดด-วว] [--tracking] [--framework FILE.xlsx] [ตัวเลือกของ INPUT]
  เขียนรายงานผลการวิเคราะห์และมาตรการเป็นไฟล์ Excel / write the analysis and measures report as an .xlsx
  INPUT            ข้อมูลแบบเดียวกับ ita score: .json, .csv, .xlsx หรือ .txt (ข้อความที่คัดลอกจากรายงาน)
                   ไม่ระบุ: ใช้ตัวอย่างที่มากับโปรแกรม / what ita score reads (.json, .csv, .xlsx, .txt of pasted
                   text); none: the bundled example
${outputOptionUsage("ita-report-<ปี>.xlsx")}
  --thai-digits    เลขไทยในรายงาน (ค่าเริ่มต้น) / Thai digits (default)
  --arabic-digits  เลขอารบิก / Arabic digits
  --no-chart       ไม่ใส่แผนภูมิ / leave the chart out
  --scores-as-of ปปปป-ดด-วว
                   วันที่นำคะแนนมาจากระบบ ITAS (พ.ศ. หรือ ค.ศ.) สำหรับบรรทัดที่มาของข้อมูล / the date the
                   scores were taken from ITAS (BE or CE), for the report's source line
  --tracking       เพิ่มแผ่นงานติดตามมาตรการ (สถานะ ความก้าวหน้า หลักฐาน ปัญหาอุปสรรค) หาก OUT มีแผ่นงานติดตาม
                   ของหน่วยงานและปีเดียวกันอยู่แล้ว ข้อมูลที่กรอกไว้จะคงอยู่ / add the tracking sheet (status,
                   progress, evidence, obstacles); when OUT already holds the tracking sheet of the same
                   agency and year, what was typed in it is kept
${INPUT_OPTIONS_USAGE}`;

export const BATCH_USAGE = `ใช้งาน / usage: ita batch AGENCIES.(xlsx|csv) [-o OUT.xlsx|FOLDER] [--force] [--skip-invalid] [--framework FILE.xlsx]
  ผลและสรุปภาพรวมของหลายหน่วยงาน (หนึ่งแถวต่อหน่วยงาน) / results and a summary of many agencies (one per row)
  หัวตาราง / header: agency,type,province,fiscalYear,ind1,…,ind10,previousFiscalYear,prev1,…,prev10
                     (หน่วยงาน, ประเภท, จังหวัด, ปีงบประมาณ, ตัวชี้วัดที่ 1…10, ปีก่อน, ปีก่อน1…10)
${outputOptionUsage("ita-batch.xlsx")}
  --skip-invalid   ข้ามแถวที่ข้อมูลไม่ถูกต้องแล้วทำต่อ / skip bad rows and go on
${FRAMEWORK_OPTION_USAGE}`;

export const FRAMEWORK_USAGE = `ใช้งาน / usage: ita framework YEAR [--as NEWYEAR] -o FILE.xlsx|FOLDER [--force]
  เขียนกรอบการประเมินของปีงบประมาณเป็นแผ่นงานที่แก้ไขได้ (แผ่นงานเดียวกับที่ส่วนเสริมแทรก) / write a fiscal
  year's framework as the editable sheet the add-in inserts
  YEAR             ปีที่มีกรอบในตัว / a year with a built-in framework
  --as NEWYEAR     คัดลอกกรอบของ YEAR ไปเป็นปี NEWYEAR ที่ยังไม่มีในโปรแกรม ทุกส่วนถือว่ายังไม่ได้ยืนยัน
                   / copy YEAR's framework to NEWYEAR, a year ita does not know yet, every part unconfirmed
  -o, --output     ไฟล์ .xlsx ที่จะเขียน หรือโฟลเดอร์ที่จะเขียนไฟล์ชื่อ กรอบ<ปี>.xlsx ลงไป (ต้องระบุ) / the .xlsx
                   to write, or a folder to write กรอบ<ปี>.xlsx in (required)
  --force          เขียนทับไฟล์ที่ ita ไม่ได้เขียน หรือแผ่นงานกรอบที่มีอยู่แล้ว (ซึ่งเจ้าหน้าที่อาจแก้ไขไว้) / write
                   over a file ita did not write, or an existing framework sheet (the officer may have edited it)
  ตรวจแก้แผ่นงานให้ตรงกับที่ ป.ป.ช. ประกาศ แล้วใช้กับ ita score, ita report หรือ ita batch ด้วย
  --framework FILE.xlsx / check the sheet against what the NACC publishes, then pass it to ita score,
  ita report or ita batch with --framework FILE.xlsx
  ตัวอย่าง / example: ita framework 2569 --as 2570 -o กรอบ2570.xlsx`;

export const PROGRESS_USAGE = `ใช้งาน / usage: ita progress WORKBOOK.xlsx… [--as-of ปปปป-ดด-วว] [-o OUT.xlsx|FOLDER] [--force] [--thai-digits|--arabic-digits] [--no-chart] [--skip-invalid] [--framework FILE.xlsx]
  รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน จากแผ่นงานติดตามที่ ita report
  --tracking เขียนไว้และเจ้าหน้าที่กรอกแล้ว / the implementation report from the tracking sheet ita report
  --tracking wrote and the officer filled in
  WORKBOOK         สมุดงานที่มีแผ่นงานติดตาม หลายไฟล์หรือโฟลเดอร์: เขียนสรุปของทุกหน่วยงานในไฟล์เดียว
                   / a workbook with a tracking sheet; several, or a folder: one summary of every agency
  --as-of ปปปป-ดด-วว  วันที่ของข้อมูล (พ.ศ. หรือ ค.ศ. ค่าเริ่มต้น: วันนี้) ถึง 30 เมษายน เป็นรอบ 6 เดือน หลังจากนั้น
                   เป็นรอบ 12 เดือน / the date the data is as of (BE or CE; default today): up to 30 April the
                   six-month round, later the year's
${outputOptionUsage(
  "ita-progress-<ปี>.xlsx",
  "                   หลายไฟล์: ita-progress-summary.xlsx / several workbooks: ita-progress-summary.xlsx\n"
)}
  --thai-digits    เลขไทย (ค่าเริ่มต้น) / Thai digits (default)
  --arabic-digits  เลขอารบิก / Arabic digits
  --no-chart       ไม่ใส่แผนภูมิ / leave the chart out
  --skip-invalid   (หลายไฟล์) ข้ามไฟล์ที่ข้อมูลไม่ถูกต้องแล้วเขียนสรุปของไฟล์ที่เหลือ / (several workbooks) leave
                   out the ones with problems and summarise the rest
  --framework FILE.xlsx  กรอบการประเมินของปีของมาตรการ (เขียนด้วย ita framework) เพื่อระบุข้อ OIT ที่รายงานนี้เป็น
                         หลักฐาน สำหรับปีที่ยังไม่มีในโปรแกรม / the framework of the measures' year (written by
                         ita framework), for the OIT item this report is evidence for, in a year ita does not know`;
