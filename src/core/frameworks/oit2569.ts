/**
 * ITA.md §7 [working rule, one agency's published list]: the 26 OIT items of 2569, renumbered again. No
 * source publishes their grouping into sub-indicators, and the boundary between indicators 9 and 10 is a
 * working guess (O1–O19 disclosure, O20–O26 prevention), so every item is listed ungrouped: results drive
 * the weak-item analysis and the measures, while indicators 9 and 10 are entered as scores. O6 and O7 are
 * known by code only; an officer who has their titles adds them in the framework sheet.
 */
import { UngroupedOitItem } from "./types";

const disclosure = (code: string, nameTh: string): UngroupedOitItem => ({ code, nameTh, indicator: 9 });
const prevention = (code: string, nameTh: string): UngroupedOitItem => ({ code, nameTh, indicator: 10 });

export const OIT_2569_ITEMS: readonly UngroupedOitItem[] = [
  disclosure("o1", "โครงสร้าง หน้าที่และอำนาจ"),
  disclosure("o2", "ข้อมูลผู้บริหาร"),
  disclosure("o3", "ข้อมูลการติดต่อและช่องทางการสอบถาม"),
  disclosure("o4", "ข่าวประชาสัมพันธ์"),
  disclosure("o5", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน"),
  disclosure("o6", ""),
  disclosure("o7", ""),
  disclosure("o8", "คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่"),
  disclosure("o9", "คู่มือหรือแนวทางการขอรับบริการ"),
  disclosure("o10", "การให้บริการผ่านช่องทางออนไลน์ (E-Service)"),
  disclosure("o11", "สรุปผลการจัดซื้อจัดจ้างรายเดือน"),
  disclosure("o12", "รายงานสรุปผลการจัดซื้อจัดจ้างประจำปี"),
  disclosure("o13", "หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล"),
  disclosure("o14", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล"),
  disclosure("o15", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม"),
  disclosure("o16", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"),
  disclosure("o17", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"),
  disclosure("o18", "ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"),
  disclosure("o19", "การเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน"),
  prevention("o20", "การขับเคลื่อนนโยบาย No Gift Policy และการรับทรัพย์สินโดยธรรมจรรยา"),
  prevention("o21", "การประเมินความเสี่ยงการทุจริต"),
  prevention("o22", "รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต"),
  prevention("o23", "แผนปฏิบัติการป้องกันการทุจริต"),
  prevention("o24", "รายงานผลการดำเนินการป้องกันการทุจริต"),
  prevention("o25", "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร"),
  prevention("o26", "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"),
];
