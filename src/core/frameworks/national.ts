/**
 * National reference figures per fiscal year (ITA.md §7): agencies assessed, the national mean total and
 * the share of agencies at 85 or more, as the NACC announced them. A year without figures (2569 today) has
 * none here, and the report then says nothing rather than guess; the officer can add them in the framework
 * sheet once they are announced.
 */
import { NationalFigures } from "./types";

const announced = (fiscalYear: number) =>
  `สำนักงาน ป.ป.ช. ประกาศผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${fiscalYear}`;

export const NATIONAL_2565: NationalFigures = {
  agencies: 8303,
  mean: 87.57,
  sharePassing: 70.52,
  source: announced(2565),
  evidence: "verified",
};

export const NATIONAL_2566: NationalFigures = {
  agencies: 8323,
  mean: 90.19,
  sharePassing: 80.94,
  source: announced(2566),
  evidence: "verified",
};

/** Derived from the changes stated in the 2568 announcement, not announced as such: a working rule. */
export const NATIONAL_2567: NationalFigures = {
  agencies: 8325,
  mean: 93.05,
  sharePassing: 92.44,
  source: "คำนวณย้อนจากการเปลี่ยนแปลงที่ระบุในประกาศผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568",
  evidence: "working-rule",
};

export const NATIONAL_2568: NationalFigures = {
  agencies: 8317,
  mean: 93.82,
  sharePassing: 94.17,
  source: announced(2568),
  evidence: "verified",
};

/**
 * The target of the national master plan (ITA.md §7): at least 80 % of agencies assessed at 85 or more.
 * Used to place a group of agencies (the batch summary, "Many agencies"), not one agency.
 */
export const MASTER_PLAN_TARGET = {
  sharePassing: 80,
  source: "แผนแม่บทภายใต้ยุทธศาสตร์ชาติ ประเด็นการต่อต้านการทุจริตและประพฤติมิชอบ",
} as const;
