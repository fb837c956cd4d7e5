/**
 * Pure helpers of the province map: the GeoJSON shape of web/public/maps/vietnam-34-provinces.geojson
 * (docs/maps.md), a small equirectangular projection, SVG path building and the 5-class legend.
 * No map library: the file is ~170 KB of lon/lat polygons and a cos(φ₀)-scaled equirectangular
 * projection is visually right for Vietnam's latitude span (6.5–23.5°N).
 */

export type Position = [number, number];
export type Ring = Position[];
export type PolygonCoordinates = Ring[];

export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: PolygonCoordinates;
}
export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: PolygonCoordinates[];
}
export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

/** One of the 34 provincial-level units (GSO code of the current unit). */
export interface ProvinceProperties {
  code: string;
  nameVi: string;
  nameEn: string;
  kind?: undefined;
}

/** Hoàng Sa (HS, part of TP Đà Nẵng) or Trường Sa (TS, part of Khánh Hòa). */
export interface ArchipelagoProperties {
  kind: 'archipelago';
  code: 'HS' | 'TS';
  nameVi: string;
  nameEn: string;
  parentCode: string;
}

export interface MapFeature<P = ProvinceProperties | ArchipelagoProperties> {
  type: 'Feature';
  properties: P;
  geometry: AreaGeometry;
}

export interface MapCollection {
  type: 'FeatureCollection';
  features: MapFeature[];
}

/** URL of the boundary file, relative to the app's base (Vite `public/` dir = web/public). */
export const MAP_URL = `${import.meta.env?.BASE_URL ?? '/'}maps/vietnam-34-provinces.geojson`;

export function isArchipelago(feature: MapFeature): feature is MapFeature<ArchipelagoProperties> {
  return feature.properties.kind === 'archipelago';
}

/** The polygons of a geometry, whatever its type. */
export function polygonsOf(geometry: AreaGeometry): PolygonCoordinates[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** [minLon, minLat, maxLon, maxLat] of the given features. */
export function boundsOf(features: readonly MapFeature[]): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const feature of features) {
    for (const polygon of polygonsOf(feature.geometry)) {
      for (const [x, y] of polygon[0] ?? []) {
        if (x < b[0]) b[0] = x;
        if (y < b[1]) b[1] = y;
        if (x > b[2]) b[2] = x;
        if (y > b[3]) b[3] = y;
      }
    }
  }
  return b;
}

export interface Projection {
  (position: Position): Position;
  width: number;
  height: number;
}

/**
 * Equirectangular projection fitted to `bounds` inside `width` (height follows the aspect ratio), with
 * longitude scaled by cos of the bounds' middle latitude so shapes keep their proportions.
 */
export function fitProjection(bounds: readonly [number, number, number, number], width: number, padding = 8): Projection {
  const [minLon, minLat, maxLon, maxLat] = bounds;
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = (width - 2 * padding) / ((maxLon - minLon) * k);
  const height = Math.ceil((maxLat - minLat) * scale + 2 * padding);
  const project = ((position: Position): Position => [
    padding + (position[0] - minLon) * k * scale,
    padding + (maxLat - position[1]) * scale,
  ]) as Projection;
  project.width = width;
  project.height = height;
  return project;
}

const fixed = (v: number): string => (Math.round(v * 10) / 10).toString();

/** SVG path data of a (multi)polygon; each ring becomes one closed subpath (fill-rule evenodd for holes). */
export function pathOf(geometry: AreaGeometry, project: Projection): string {
  const parts: string[] = [];
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      if (ring.length < 4) continue;
      let d = '';
      let last = '';
      ring.forEach((position, i) => {
        const [x, y] = project(position);
        const point = `${fixed(x)},${fixed(y)}`;
        if (i === 0) d += `M${point}`;
        else if (point !== last) d += `L${point}`;
        last = point;
      });
      parts.push(`${d}Z`);
    }
  }
  return parts.join('');
}

/** Centroid (mean of the outer ring's vertices) of each polygon: used to mark islands too small to see. */
export function polygonCentres(geometry: AreaGeometry): Position[] {
  return polygonsOf(geometry).map((polygon) => {
    const ring = polygon[0] ?? [];
    const n = Math.max(ring.length - 1, 1);
    let x = 0;
    let y = 0;
    for (let i = 0; i < n; i++) {
      x += ring[i]?.[0] ?? 0;
      y += ring[i]?.[1] ?? 0;
    }
    return [x / n, y / n];
  });
}

/** Sequential 5-class palette (ColorBrewer "Blues"), light → dark. */
export const CLASS_COLORS = ['#dbe8f5', '#a8c8e6', '#6aa3d3', '#3178b8', '#0d4a8a'] as const;
/** Fill of a province with no value. */
export const NO_DATA_COLOR = '#eeeeee';

export interface LegendClass {
  /** Inclusive lower bound shown in the legend. */
  from: number;
  /** Inclusive upper bound. */
  to: number;
  color: string;
}

/**
 * Five equal-interval classes from 0 (or the smallest negative value) to the largest value. When every value
 * is an integer, class bounds are integers ("0–4", "5–8", …) and classes never overlap; with a small maximum
 * fewer than five classes are returned rather than empty or repeated ones.
 */
export function legendClasses(values: readonly number[]): LegendClass[] {
  const finite = values.filter((v) => Number.isFinite(v));
  const min = Math.min(0, ...finite);
  const max = Math.max(0, ...finite);
  const integers = finite.every((v) => Number.isInteger(v));
  const classes: LegendClass[] = [];
  if (integers) {
    const step = Math.max(1, Math.ceil((max - min + 1) / CLASS_COLORS.length));
    let from = min;
    for (let i = 0; i < CLASS_COLORS.length && from <= max; i++) {
      const to = i === CLASS_COLORS.length - 1 ? Math.max(max, from) : Math.min(from + step - 1, max);
      classes.push({ from, to, color: '' });
      from = to + 1;
    }
  } else {
    const step = (max - min) / CLASS_COLORS.length || 1;
    for (let i = 0; i < CLASS_COLORS.length; i++) {
      classes.push({ from: min + i * step, to: i === CLASS_COLORS.length - 1 ? max : min + (i + 1) * step, color: '' });
    }
  }
  // Spread the palette over the classes actually used, darkest last.
  const offset = CLASS_COLORS.length - classes.length;
  return classes.map((c, i) => ({ ...c, color: CLASS_COLORS[offset + i] ?? '#0d4a8a' }));
}

/** The class colour of a value, or the no-data colour when the value is missing. */
export function colorOf(value: number | undefined, classes: readonly LegendClass[]): string {
  if (value === undefined || !Number.isFinite(value)) return NO_DATA_COLOR;
  for (const c of classes) if (value <= c.to) return c.color;
  return classes[classes.length - 1]?.color ?? NO_DATA_COLOR;
}
