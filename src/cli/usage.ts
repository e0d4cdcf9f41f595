/** Help text shared by the commands that read one agency's input (`ita score`, `ita report`). */
export const INPUT_OPTIONS_USAGE = `  --year ปี              ปีงบประมาณที่ใช้จับคู่ชื่อตัวชี้วัดและเป็นปีของคอลัมน์คะแนนที่หัวตารางไม่ระบุปี (ค่าเริ่มต้น: ปีล่าสุด)
                         ปีที่หัวตารางระบุไว้มีผลก่อนเสมอ / the fiscal year for pasted tables and CSV files whose
                         headers name no year (default: the latest); a year named in a header wins
  --sheet ชื่อ            แผ่นงานที่จะอ่านในไฟล์ .xlsx / the sheet of an .xlsx to read
  --agency ชื่อ           ชื่อหน่วยงาน (ข้อความที่วางและไฟล์ CSV ไม่มีชื่อหน่วยงาน) / the agency's name
  --accept-mismatches    อ่านต่อแม้ตัวเลขที่ตารางระบุไว้ (การเปลี่ยนแปลง คะแนนเครื่องมือ คะแนนรวม) ไม่ตรงกับคะแนน
                         โดยแสดงเป็นคำเตือน / go on when a stated change, tool score or total disagrees with
                         the scores (a warning instead of a refusal)`;
