/**
 * Words for the ids the story analyses use as panel keys (GPT-3 Table H.1 task codes, BIG-bench
 * task ids), so visible text never shows an identifier (private).
 * @module
 */
import type { ByLang, Lang } from "../locale/lang.ts";

const _ARITHMETIC: Record<string, ByLang<string>> = {
  "2D+": { en: "2-digit addition", zh: "两位数加法" },
  "2D-": { en: "2-digit subtraction", zh: "两位数减法" },
  "3D+": { en: "3-digit addition", zh: "三位数加法" },
  "3D-": { en: "3-digit subtraction", zh: "三位数减法" },
  "4D+": { en: "4-digit addition", zh: "四位数加法" },
  "4D-": { en: "4-digit subtraction", zh: "四位数减法" },
  "5D+": { en: "5-digit addition", zh: "五位数加法" },
  "5D-": { en: "5-digit subtraction", zh: "五位数减法" },
  "2Dx": { en: "2-digit multiplication", zh: "两位数乘法" },
  "1DC": { en: "1-digit composite operations", zh: "一位数复合运算" },
};

const _OTHER: Record<string, ByLang<string>> = {
  mmlu: { en: "MMLU (57 subjects)", zh: "MMLU（57 个学科）" },
  modified_arithmetic: { en: "modified arithmetic", zh: "修改后的算术（modified arithmetic）" },
  international_phonetic_alphabet_transliterate: { en: "IPA transliteration", zh: "IPA 音标转写" },
  WiC: { en: "Word in context (WiC)", zh: "语境中的词义（WiC）" },
};

/** A panel id in words ("3D+" → "3-digit addition"); unknown ids with underscores as spaces. */
export function panelLabel(id: string, lang: Lang): string {
  return (_ARITHMETIC[id] ?? _OTHER[id])?.[lang] ?? id.replaceAll("_", " ");
}

/** The number of digits of a Table H.1 arithmetic task ("3D+" → 3); undefined for others. */
export function arithmeticDigits(id: string): number | undefined {
  const match = /^(\d)D[+\-x]$/.exec(id);
  return match ? Number(match[1]) : undefined;
}

/** Exam names of the GPT-4 report's Table 1 short enough for a chart axis (≤ 17 characters). */
const _EXAMS: Record<string, ByLang<string>> = {
  "Uniform Bar Exam (MBE+MEE+MPT)": { en: "Uniform Bar Exam", zh: "Uniform Bar Exam" },
  "SAT Evidence-Based Reading & Writing": { en: "SAT Reading", zh: "SAT Reading" },
  "Graduate Record Examination (GRE) Quantitative": {
    en: "GRE Quantitative",
    zh: "GRE Quantitative",
  },
  "Graduate Record Examination (GRE) Verbal": { en: "GRE Verbal", zh: "GRE Verbal" },
  "Graduate Record Examination (GRE) Writing": { en: "GRE Writing", zh: "GRE Writing" },
  "USABO Semifinal Exam 2020": { en: "USABO Semifinal", zh: "USABO Semifinal" },
  "USNCO Local Section Exam 2022": { en: "USNCO Local 2022", zh: "USNCO Local 2022" },
  "Medical Knowledge Self-Assessment Program": { en: "Medical MKSAP", zh: "Medical MKSAP" },
  "AP English Language and Composition": { en: "AP English Lang.", zh: "AP English Lang." },
  "AP English Literature and Composition": { en: "AP English Lit.", zh: "AP English Lit." },
  "AP Environmental Science": { en: "AP Environ. Sci.", zh: "AP Environ. Sci." },
};

/** A short exam name for chart axes; the table keeps the full name. */
export function examShortName(exam: string, lang: Lang): string {
  return _EXAMS[exam]?.[lang] ?? exam;
}
