import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROVINCES } from '../../../../server/features/reference/seed/provinces';
import type { MapCollection, MapFeature, Ring } from './geometry';
import { boundsOf, isArchipelago, polygonsOf } from './geometry';

// The committed boundary file served at /maps/vietnam-34-provinces.geojson (docs/maps.md).
const FILE = fileURLToPath(new URL('../../../public/maps/vietnam-34-provinces.geojson', import.meta.url));
const collection = JSON.parse(readFileSync(FILE, 'utf8')) as MapCollection;
const provinces = collection.features.filter((f) => !isArchipelago(f));
const archipelagos = collection.features.filter(isArchipelago);

function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0; i < ring.length - 1; i++) a += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return a / 2;
}

/** Lists what is wrong with a feature's geometry (empty when valid). */
function geometryProblems(feature: MapFeature): string[] {
  const problems: string[] = [];
  const { geometry } = feature;
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return [`type ${(geometry as { type: string }).type}`];
  const polygons = polygonsOf(geometry);
  if (polygons.length === 0) problems.push('no polygon');
  polygons.forEach((polygon, p) => {
    if (polygon.length === 0) problems.push(`polygon ${p} has no ring`);
    polygon.forEach((ring, r) => {
      const where = `polygon ${p} ring ${r}`;
      if (ring.length < 4) problems.push(`${where}: ${ring.length} positions`);
      if (!ring.every((pos) => pos.length === 2 && pos.every((v) => Number.isFinite(v)))) problems.push(`${where}: non-finite`);
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) problems.push(`${where}: not closed`);
      if (ringArea(ring) === 0) problems.push(`${where}: zero area`);
      if (!ring.every(([x, y]) => x >= 102 && x <= 118 && y >= 6 && y <= 24)) problems.push(`${where}: outside Vietnam's extent`);
    });
  });
  return problems;
}

describe('vietnam-34-provinces.geojson', () => {
  it('is a FeatureCollection of 36 features under ~250 KB', () => {
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(36);
    expect(statSync(FILE).size).toBeLessThan(250 * 1024);
  });

  it('has exactly the 34 current provinces, with the seed codes and names', () => {
    expect(provinces).toHaveLength(34);
    expect(provinces.map((f) => f.properties.code).sort()).toEqual(PROVINCES.map((p) => p.code).sort());
    for (const feature of provinces) {
      const seed = PROVINCES.find((p) => p.code === feature.properties.code);
      expect(feature.properties).toEqual({ code: seed?.code, nameVi: seed?.nameVi, nameEn: seed?.nameEn });
    }
  });

  it('has the Hoàng Sa and Trường Sa archipelagos under Đà Nẵng and Khánh Hòa', () => {
    const code = (nameVi: string) => PROVINCES.find((p) => p.nameVi === nameVi)?.code;
    expect(archipelagos.map((f) => f.properties)).toEqual([
      { kind: 'archipelago', code: 'HS', nameVi: 'Quần đảo Hoàng Sa', nameEn: 'Hoang Sa (Paracel) Islands', parentCode: code('Đà Nẵng') },
      { kind: 'archipelago', code: 'TS', nameVi: 'Quần đảo Trường Sa', nameEn: 'Truong Sa (Spratly) Islands', parentCode: code('Khánh Hòa') },
    ]);
  });

  it('draws each archipelago as several islands inside its known area', () => {
    const [hs, ts] = archipelagos;
    expect(polygonsOf(hs!.geometry).length).toBeGreaterThanOrEqual(5);
    expect(polygonsOf(ts!.geometry).length).toBeGreaterThanOrEqual(10);
    const [hsW, hsS, hsE, hsN] = boundsOf([hs!]);
    expect(hsS).toBeGreaterThanOrEqual(15.7);
    expect(hsN).toBeLessThanOrEqual(17.2);
    expect(hsW).toBeGreaterThanOrEqual(111);
    expect(hsE).toBeLessThanOrEqual(113);
    const [tsW, tsS, tsE, tsN] = boundsOf([ts!]);
    expect(tsS).toBeGreaterThanOrEqual(6.5);
    expect(tsN).toBeLessThanOrEqual(12);
    expect(tsW).toBeGreaterThanOrEqual(111.5);
    expect(tsE).toBeLessThanOrEqual(117.5);
  });

  it('has valid geometry everywhere: closed rings, finite coordinates, non-zero area', () => {
    for (const feature of collection.features) {
      expect(geometryProblems(feature), feature.properties.code).toEqual([]);
    }
  });

  it('covers mainland Vietnam: provinces span about 102.1–109.5°E and 8.4–23.4°N', () => {
    const [w, s, e, n] = boundsOf(provinces);
    expect(w).toBeCloseTo(102.1, 0);
    expect(e).toBeGreaterThan(109.3);
    expect(e).toBeLessThan(110);
    expect(s).toBeLessThan(8.7);
    expect(n).toBeGreaterThan(23.3);
    // Hà Nội lies around 105.8°E 21.0°N.
    const [hw, hs, he, hn] = boundsOf(provinces.filter((f) => f.properties.code === '01'));
    expect(hw < 105.8 && he > 105.8 && hs < 21.0 && hn > 21.0).toBe(true);
  });
});
