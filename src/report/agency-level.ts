// The agency's level, read from its name, for the rules that depend on who may make 规章 (《立法法》)
// and what fee amounts are plausible. Only a name that says its level clearly gets one; otherwise "unknown".

export type AgencyLevel =
  | "state_council_dept" // 国务院部门：中华人民共和国…部、国家…局、国务院…
  | "province_gov" // 省、自治区、直辖市人民政府
  | "city_gov" // …市人民政府 (a 设区的市 may make 规章; a 县级市 may not — the name cannot tell)
  | "prefecture_gov" // …自治州人民政府
  | "county_gov" // 县、区、旗人民政府
  | "township" // 乡、镇、街道
  | "local_dept" // a department of a local government: …局、…委员会、…办公室 …
  | "unknown";

const MUNICIPALITIES = ["北京市", "天津市", "上海市", "重庆市"];

export function agencyLevel(name: string | null): AgencyLevel {
  if (!name) return "unknown";
  const n = name.replace(/\s+/g, "");
  if (/^(中华人民共和国|国务院|国家)/.test(n)) return "state_council_dept";
  if (/(乡|镇|街道)(人民政府|办事处|政府)?$/.test(n) || /(乡|镇)人民政府/.test(n) || /街道办事处/.test(n)) return "township";
  if (/(局|委员会|委|办公室|办|中心|厅|署|院|所|队|站)$/.test(n)) return "local_dept";
  if (/^[^市县区]{2,4}(省|自治区)人民政府$/.test(n) || MUNICIPALITIES.some((m) => n === `${m}人民政府`)) return "province_gov";
  if (/自治州人民政府$/.test(n)) return "prefecture_gov";
  if (/(县|区|旗)人民政府$/.test(n)) return "county_gov";
  if (/市人民政府$/.test(n)) return "city_gov";
  return "unknown";
}

/** Levels that can never make 规章; "unknown" and "city_gov" get the benefit of the doubt. */
export function cannotMakeRegulations(level: AgencyLevel): boolean {
  return level === "township" || level === "county_gov" || level === "local_dept";
}

export const LEVEL_NAMES_ZH: Record<AgencyLevel, string> = {
  state_council_dept: "国务院部门",
  province_gov: "省级人民政府",
  city_gov: "市人民政府",
  prefecture_gov: "自治州人民政府",
  county_gov: "县级人民政府",
  township: "乡镇（街道）",
  local_dept: "地方政府部门",
  unknown: "未知层级",
};
