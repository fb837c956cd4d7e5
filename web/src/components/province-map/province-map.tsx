import type { KeyboardEvent } from 'react';
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ArchipelagoProperties, LegendClass, MapCollection, MapFeature, Position, ProvinceProperties } from './geometry';
import {
  boundsOf,
  colorOf,
  fitProjection,
  isArchipelago,
  legendClasses,
  MAP_URL,
  NO_DATA_COLOR,
  pathOf,
  polygonCentres,
} from './geometry';

export interface ProvinceMapProps {
  /** Value per province, keyed by the GSO code of the current unit (one of the 34). Missing = no data. */
  values: Readonly<Record<string, number>>;
  /** Accessible name of the map, e.g. "Số tổ chức PCPNN hoạt động theo tỉnh". */
  label: string;
  /** Unit appended to values in titles and the legend, e.g. "tổ chức" (optional). */
  unitLabel?: string;
  /** Called with a province code when a province is clicked or chosen with Enter/Space. */
  onSelect?: (code: string) => void;
  /** Code of the province drawn as selected. */
  selectedCode?: string;
  /** Drawing width in SVG units; the SVG scales to its container. */
  width?: number;
}

/** Query key of the boundary file: loaded once per session, it never changes while the app runs. */
export const provinceMapQueryKey = ['static', 'province-map'] as const;

async function fetchMap(): Promise<MapCollection> {
  const response = await fetch(MAP_URL);
  if (!response.ok) throw new Error(`GET ${MAP_URL}: ${response.status}`);
  return (await response.json()) as MapCollection;
}

/**
 * Choropleth of Vietnam's 34 provincial-level units (since 12 Jun 2025) with the Hoàng Sa and Trường Sa
 * archipelagos always drawn and labelled. Loads /maps/vietnam-34-provinces.geojson (docs/maps.md).
 */
export function ProvinceMap(props: ProvinceMapProps) {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: provinceMapQueryKey, queryFn: fetchMap, staleTime: Infinity, gcTime: Infinity });
  if (query.isError) return <Alert type="warning" showIcon title={t('map.loadError')} />;
  if (!query.data) return <Spin description={t('map.loading')} />;
  return <ProvinceMapView {...props} collection={query.data} />;
}

const CSS = `
.province-map__province { stroke: #ffffff; stroke-width: 0.6; cursor: default; }
.province-map--interactive .province-map__province { cursor: pointer; }
.province-map__province:hover, .province-map__province:focus { stroke: #1f1f1f; stroke-width: 1.4; outline: none; }
.province-map__province--selected { stroke: #c8102e; stroke-width: 1.8; }
.province-map__label { font: italic 11px sans-serif; fill: #333333; }
.province-map__sea { font: italic 13px sans-serif; fill: #7aa6cf; letter-spacing: 2px; }
.province-map__legend { font: 11px sans-serif; fill: #333333; }
`;

/** The map drawn from an already loaded boundary collection (used by {@link ProvinceMap} and in tests). */
export function ProvinceMapView({
  collection,
  values,
  label,
  unitLabel,
  onSelect,
  selectedCode,
  width = 520,
}: ProvinceMapProps & { collection: MapCollection }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const numberFormat = useMemo(() => new Intl.NumberFormat(english ? 'en-US' : 'vi-VN'), [english]);

  const drawing = useMemo(() => {
    const provinces = collection.features.filter((f): f is MapFeature<ProvinceProperties> => !isArchipelago(f));
    const archipelagos = collection.features.filter(isArchipelago);
    const project = fitProjection(boundsOf(collection.features), width);
    return {
      project,
      provinces: provinces.map((f) => ({ properties: f.properties, d: pathOf(f.geometry, project) })),
      archipelagos: archipelagos.map((f) => ({
        properties: f.properties,
        d: pathOf(f.geometry, project),
        dots: polygonCentres(f.geometry).map(project),
      })),
    };
  }, [collection, width]);

  const classes = useMemo(() => legendClasses(Object.values(values)), [values]);
  const { project } = drawing;
  const format = (value: number | undefined): string =>
    value === undefined ? t('map.noData') : `${numberFormat.format(value)}${unitLabel ? ` ${unitLabel}` : ''}`;
  const nameOf = (p: { nameVi: string; nameEn: string }): string => (english ? p.nameEn : p.nameVi);

  const keyDown = (code: string) => (event: KeyboardEvent<SVGPathElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect?.(code);
    }
  };

  // Top right: the open sea north of Hoàng Sa; the bottom right belongs to Trường Sa.
  const legendTop = 24;
  const legendLeft = project.width * 0.62;

  return (
    <svg
      className={`province-map${onSelect ? ' province-map--interactive' : ''}`}
      viewBox={`0 0 ${project.width} ${project.height}`}
      width="100%"
      role={onSelect ? 'group' : 'img'}
      aria-label={label}
      style={{ maxWidth: project.width, display: 'block' }}
    >
      <title>{label}</title>
      <style>{CSS}</style>
      <g fillRule="evenodd">
        {drawing.provinces.map(({ properties, d }) => {
          const value = values[properties.code];
          const name = nameOf(properties);
          const text = `${name}: ${format(value)}`;
          return (
            <path
              key={properties.code}
              d={d}
              data-code={properties.code}
              fill={colorOf(value, classes)}
              className={`province-map__province${properties.code === selectedCode ? ' province-map__province--selected' : ''}`}
              tabIndex={onSelect ? 0 : undefined}
              role={onSelect ? 'button' : undefined}
              aria-label={onSelect ? text : undefined}
              aria-pressed={onSelect ? properties.code === selectedCode : undefined}
              onClick={onSelect ? () => onSelect(properties.code) : undefined}
              onKeyDown={onSelect ? keyDown(properties.code) : undefined}
            >
              <title>{text}</title>
            </path>
          );
        })}
      </g>
      <text className="province-map__sea" {...at(project([110.2, 13.6]))}>
        {t('map.eastSea')}
      </text>
      {drawing.archipelagos.map((a) => (
        <Archipelago key={a.properties.code} properties={a.properties} d={a.d} dots={a.dots} project={project} />
      ))}
      <Legend classes={classes} top={legendTop} left={legendLeft} formatNumber={(n) => numberFormat.format(n)} />
    </svg>
  );
}

const at = ([x, y]: Position) => ({ x: Math.round(x), y: Math.round(y) });

/** Island shapes (too small to see at this scale) plus a dot per island and the label, always drawn. */
function Archipelago({
  properties,
  d,
  dots,
  project,
}: {
  properties: ArchipelagoProperties;
  d: string;
  dots: Position[];
  project: (p: Position) => Position;
}) {
  const { t } = useTranslation();
  const hs = properties.code === 'HS';
  const text = hs ? t('map.hoangSa') : t('map.truongSa');
  const title = hs ? t('map.hoangSaTitle') : t('map.truongSaTitle');
  // Label placed just north of each group of islands.
  const anchor = project(hs ? [112.0, 17.4] : [113.9, 12.0]);
  return (
    <g data-code={properties.code} data-kind="archipelago">
      <title>{title}</title>
      <path d={d} fill="#555555" stroke="#555555" strokeWidth={0.5} />
      {dots.map(([x, y], i) => (
        <circle key={i} cx={Math.round(x * 10) / 10} cy={Math.round(y * 10) / 10} r={1.6} fill="#555555" />
      ))}
      <text className="province-map__label" x={Math.round(anchor[0])} y={Math.round(anchor[1])} textAnchor="middle">
        {text}
      </text>
    </g>
  );
}

function Legend({
  classes,
  top,
  left,
  formatNumber,
}: {
  classes: readonly LegendClass[];
  top: number;
  left: number;
  formatNumber: (n: number) => string;
}) {
  const { t } = useTranslation();
  const range = (c: LegendClass): string =>
    c.from === c.to ? formatNumber(c.from) : `${formatNumber(c.from)} – ${formatNumber(c.to)}`;
  const rows = [...classes.map((c) => ({ color: c.color, text: range(c) })), { color: NO_DATA_COLOR, text: t('map.noData') }];
  return (
    <g className="province-map__legend" transform={`translate(${Math.round(left)},${Math.round(top)})`}>
      <text x={0} y={0} fontWeight="bold">
        {t('map.legend')}
      </text>
      {rows.map((row, i) => (
        <g key={i} transform={`translate(0,${8 + i * 18})`}>
          <rect width={16} height={12} fill={row.color} stroke="#999999" strokeWidth={0.5} />
          <text x={22} y={10}>
            {row.text}
          </text>
        </g>
      ))}
    </g>
  );
}
