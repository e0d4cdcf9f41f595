/**
 * OIT items o1–o26 of fiscal 2568 (frameworks/oit2568.ts, ITA.md §7): only O1 (structure and duties, merged)
 * and the bribery-prevention block O21–O24 are known by subject. The other items get the handbook entry: how
 * to find what the item asks and publish it under its code. Each item of the bribery block gets one part of
 * a bribery-prevention system (commitment, risk control, reporting channel, results), and is told to check
 * the handbook for which document that item scores.
 */
import { handbookItem, STRUCTURE_AND_DUTIES } from "./oit-common";
import { Catalogue, CatalogueEntry, Measure } from "./types";

const YEAR = 2568;

/** An item of the bribery block O21–O24: where to look it up, then its part of the prevention system. */
function briberyItem(code: string, purpose: string, measure: Measure): CatalogueEntry {
  const item = `ข้อ ${code.toUpperCase()}`;
  return {
    key: code,
    title: `การป้องกันการรับสินบน ${item} ตามคู่มือการประเมิน ITA ปี ${YEAR}`,
    recommendation: `หน่วยงานควรตรวจสอบหลักเกณฑ์ของ${item} ในกลุ่มการป้องกันการรับสินบนตามคู่มือการประเมิน ITA ปี ${YEAR} และเผยแพร่เอกสารที่ข้อนี้กำหนดบนเว็บไซต์ โดยให้${purpose}`,
    measures: [
      {
        action: `ศึกษาหลักเกณฑ์และองค์ประกอบของ${item} ในคู่มือการประเมิน ITA ปี ${YEAR} จัดทำเอกสารให้ครบทุกองค์ประกอบ เสนอผู้บริหารให้ความเห็นชอบ และเผยแพร่บนเว็บไซต์ภายใต้หัวข้อที่ระบุรหัส ${code.toUpperCase()} พร้อมจดที่อยู่ (URL) ของหน้าที่เผยแพร่ไว้สำหรับนำส่งในระบบ ITAS`,
        responsible: "{สำนักงานหลัก}",
        deadline: "six-month",
      },
      measure,
    ],
  };
}

export const OIT_2568_CATALOGUE: Catalogue = {
  id: "oit-2568",
  description: "รายการข้อมูลตามแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ 2568 ข้อ o1–o26",
  entries: [
    { key: "o1", ...STRUCTURE_AND_DUTIES },
    ...Array.from({ length: 19 }, (_, index) => handbookItem(YEAR, `o${index + 2}`)),
    briberyItem(
      "o21",
      "ผู้บริหารแสดงเจตนารมณ์ที่ชัดเจนว่าหน่วยงานจะไม่เรียก รับ หรือให้สินบนในทุกขั้นตอนของการปฏิบัติงาน เพื่อวางบรรทัดฐานที่บุคลากรและผู้มาติดต่อรับรู้ร่วมกัน",
      {
        action:
          "จัดทำประกาศเจตนารมณ์หรือนโยบายการป้องกันการรับสินบนลงนามโดย{ผู้บริหาร} ชี้แจงแก่บุคลากรทุกคน และติดประกาศ ณ จุดให้บริการและบนเว็บไซต์",
        responsible: "{สำนักงานหลัก}",
        deadline: "six-month",
      }
    ),
    briberyItem(
      "o22",
      "ครอบคลุมการวิเคราะห์ขั้นตอนงานที่เสี่ยงต่อการเรียกรับสินบน เช่น การอนุมัติ การอนุญาต และการจัดซื้อจัดจ้าง พร้อมมาตรการควบคุม เพื่อปิดช่องทางการเรียกรับสินบนก่อนเกิดขึ้น",
      {
        action:
          "ระบุขั้นตอนงานอนุมัติ อนุญาต และจัดซื้อจัดจ้างที่เสี่ยงต่อการเรียกรับสินบน กำหนดมาตรการควบคุม เช่น การกำหนดระยะเวลาให้บริการที่ชัดเจนและการตรวจสอบโดยผู้บังคับบัญชา และติดตามผลการควบคุม",
        responsible: "{สำนักงานหลัก} ร่วมกับทุก{ส่วนงาน}",
        deadline: "six-month-and-year-end",
      }
    ),
    briberyItem(
      "o23",
      "มีช่องทางแจ้งเบาะแสการเรียกรับสินบนที่ผู้แจ้งไม่ต้องเปิดเผยตัวตน และแนวปฏิบัติคุ้มครองผู้แจ้ง เพื่อให้ประชาชนและบุคลากรกล้าแจ้งเมื่อพบการเรียกรับสินบน",
      {
        action:
          "จัดทำช่องทางแจ้งเบาะแสการเรียกรับสินบนบนเว็บไซต์และ ณ จุดให้บริการ กำหนดผู้รับผิดชอบรับเรื่องและขั้นตอนการดำเนินการ และประกาศแนวปฏิบัติคุ้มครองผู้แจ้งเบาะแส",
        responsible: "{สำนักงานหลัก}",
        deadline: "six-month",
      }
    ),
    briberyItem(
      "o24",
      "มีการรายงานผลการดำเนินการป้องกันการรับสินบนพร้อมจำนวนเรื่องที่ได้รับแจ้ง ผลการจัดการ ปัญหา และข้อเสนอแนะ เพื่อแสดงว่ามาตรการป้องกันการรับสินบนได้นำไปปฏิบัติและทบทวนอย่างต่อเนื่อง",
      {
        action:
          "สรุปผลการดำเนินการป้องกันการรับสินบนและสถิติเรื่องที่ได้รับแจ้งรอบ 6 เดือนและรอบสิ้นปีงบประมาณ พร้อมปัญหาและข้อเสนอแนะ เสนอผู้บริหาร และเผยแพร่บนเว็บไซต์",
        responsible: "{สำนักงานหลัก}",
        deadline: "six-month-and-year-end",
      }
    ),
    handbookItem(YEAR, "o25"),
    handbookItem(YEAR, "o26"),
  ],
};
