#!/usr/bin/env node
// Generates src/main/resources/org/yiwang/kernel/standards/region/regions.csv
// from the npm package @vant/area-data (MIT) plus the hand-curated history in
// regions-history.csv (retired codes). See README.md in this folder.
//
// Usage (from kernel/standards):
//   (cd /tmp && npm pack @vant/area-data && tar xzf vant-area-data-*.tgz)
//   node src/build/generate-regions.mjs --source /tmp/package [--retired-on YYYY-MM-DD]
//
// Rows already in regions.csv are never overwritten: a code that disappears from
// the source, or whose name/parent changes, keeps its old row with valid_to set
// to --retired-on (required in that case), and a changed code gets a new row.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const moduleDir = resolve(here, '../..');
const out = join(moduleDir, 'src/main/resources/org/yiwang/kernel/standards/region/regions.csv');
const historyFile = join(here, 'regions-history.csv');
const HEADER = 'code,name,level,parent,valid_from,valid_to,kind';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
if (!args.source) {
  console.error('usage: generate-regions.mjs --source <unpacked @vant/area-data> [--retired-on YYYY-MM-DD]');
  process.exit(2);
}
const pkgDir = resolve(args.source);
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
if (pkg.name !== '@vant/area-data') throw new Error(`not @vant/area-data: ${pkg.name}`);
const { areaList } = createRequire(import.meta.url)(join(pkgDir, pkg.main));

// --- adjustments to the source (documented in PROVENANCE.md) -------------------------------
const MUNICIPALITIES = ['11', '12', '31', '50'];        // 1x0100 is 市辖区 in GB/T 2260
const NO_COUNTIES = ['441900', '442000', '460400', '620200']; // 东莞 中山 儋州 嘉峪关
const PROVINCE_ONLY = ['71', '81', '82'];                // 台湾 香港 澳门: no GB/T 2260 subdivisions
const STATISTICAL_EXTRA = ['632857'];                    // 大柴旦行政委员会: NBS-only, outside the 7x range

const rows = new Map(); // code -> row (current source rows)
const add = (code, name, level, parent, kind = 'ADMINISTRATIVE') =>
  rows.set(code, { code, name, level, parent, valid_from: '', valid_to: '', kind });

for (const [code, name] of Object.entries(areaList.province_list)) add(code, name, 'PROVINCE', '');
for (const [code, name] of Object.entries(areaList.city_list)) {
  const p = code.slice(0, 2);
  if (PROVINCE_ONLY.includes(p)) continue;
  if (code.slice(2, 4) === '90') continue; // 省直辖县级行政区划 is a grouping, not a city
  add(code, MUNICIPALITIES.includes(p) && code.slice(2) === '0100' ? '市辖区' : name, 'PREFECTURE', `${p}0000`);
}
for (const [code, name] of Object.entries(areaList.county_list)) {
  const p = code.slice(0, 2);
  const city = `${code.slice(0, 4)}00`;
  if (PROVINCE_ONLY.includes(p)) continue;
  if (NO_COUNTIES.includes(city)) continue; // the source lists townships under invented codes
  const suffix = code.slice(4);
  // xxxx90-99 that are not county-level cities (开发区, 高新区 …) are in neither GB/T 2260 nor NBS
  if (suffix >= '90' && !name.endsWith('市')) continue;
  // NBS statistical-only units (开发区, 新区 …) use suffixes 71-79
  const kind = suffix[0] === '7' || STATISTICAL_EXTRA.includes(code) ? 'STATISTICAL' : 'ADMINISTRATIVE';
  add(code, name, 'COUNTY', code.slice(2, 4) === '90' ? `${p}0000` : city, kind);
}
for (const r of rows.values()) {
  if (r.parent && !rows.has(r.parent)) throw new Error(`parent ${r.parent} of ${r.code} missing`);
}

// --- merge: curated history + previous output (never overwrite) -----------------------------
const parse = (file) => readFileSync(file, 'utf8').trim().split('\n').slice(1).map((line) => {
  const [code, name, level, parent, valid_from, valid_to, kind] = line.split(',');
  return { code, name, level, parent, valid_from, valid_to, kind: kind || 'ADMINISTRATIVE' };
});
const result = [];
// identity of a row: a change of name, level or parent is a division change; kind is our own tag
const key = (r) => `${r.code}|${r.name}|${r.level}|${r.parent}`;
const previous = existsSync(out) ? parse(out) : [];
const seen = new Set();
const needRetire = [];
for (const r of previous) {
  seen.add(key(r));
  if (r.valid_to) { result.push(r); continue; }
  const now = rows.get(r.code);
  if (now && key(now) === key(r)) { result.push({ ...r, kind: now.kind }); continue; }
  needRetire.push(r);
  result.push({ ...r, valid_to: args['retired-on'] ?? '' });
  if (now) result.push({ ...now, valid_from: args['retired-on'] ?? '' });
}
if (needRetire.length && !args['retired-on']) {
  console.error('These current rows changed or vanished; pass --retired-on YYYY-MM-DD:');
  for (const r of needRetire) console.error(`  ${r.code} ${r.name}`);
  process.exit(1);
}
for (const r of rows.values()) {
  if (!previous.some((p) => p.code === r.code && !p.valid_to) && !seen.has(key(r))) result.push(r);
}
for (const r of parse(historyFile)) if (!result.some((x) => key(x) === key(r) && x.valid_to === r.valid_to)) result.push(r);

result.sort((a, b) => a.code.localeCompare(b.code) || (a.valid_to || '9').localeCompare(b.valid_to || '9'));
const csv = [HEADER, ...result.map((r) => [r.code, r.name, r.level, r.parent, r.valid_from, r.valid_to, r.kind].join(','))].join('\n') + '\n';
writeFileSync(out, csv);
console.error(`wrote ${result.length} rows (${result.filter((r) => !r.valid_to).length} current) from ${pkg.name}@${pkg.version} to ${out}`);
