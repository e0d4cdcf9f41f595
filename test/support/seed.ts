/**
 * The seed case's figures (ITA.md §6), shared by tests, the e2e host and the bench: the ten indicator
 * scores of 2565 and of 2564, in indicator order, and the indicators' Thai names.
 */
export const SEED_2565: readonly number[] = [
  91.21, 85.08, 87.53, 84.47, 84.47, 94.31, 89.3, 86.33, 95.0, 100.0,
];
export const SEED_2564: readonly number[] = [
  87.93, 78.19, 82.08, 76.27, 73.11, 57.81, 67.6, 60.51, 97.5, 81.25,
];
export const INDICATOR_NAMES: readonly string[] = [
  "การปฏิบัติหน้าที่",
  "การใช้งบประมาณ",
  "การใช้อำนาจ",
  "การใช้ทรัพย์สินของราชการ",
  "การแก้ไขปัญหาการทุจริต",
  "คุณภาพการดำเนินงาน",
  "ประสิทธิภาพการสื่อสาร",
  "การปรับปรุงระบบการทำงาน",
  "การเปิดเผยข้อมูล",
  "การป้องกันการทุจริต",
];

/** The seed's comparison as a sheet block: a header naming the years, then name, 2564, 2565 per row. */
export function seedTableRows(): (string | number)[][] {
  return [
    ["ตัวชี้วัด", "คะแนน 2564", "คะแนน 2565"],
    ...INDICATOR_NAMES.map((name, i) => [name, SEED_2564[i] ?? 0, SEED_2565[i] ?? 0]),
  ];
}
