import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n, { changeLanguage } from '../../i18n';
import type { MapCollection } from './geometry';
import { colorOf, legendClasses, NO_DATA_COLOR } from './geometry';
import { ProvinceMap, provinceMapQueryKey } from './province-map';

const FILE = fileURLToPath(new URL('../../../public/maps/vietnam-34-provinces.geojson', import.meta.url));
const collection = JSON.parse(readFileSync(FILE, 'utf8')) as MapCollection;

/** Renders ProvinceMap with the boundary file already in the query cache (what a loaded page shows). */
function render(props: Partial<Parameters<typeof ProvinceMap>[0]> = {}): string {
  const client = new QueryClient();
  client.setQueryData(provinceMapQueryKey, collection);
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <ProvinceMap values={{ '01': 12, '79': 30, '48': 0 }} label="Số tổ chức theo tỉnh" unitLabel="tổ chức" {...props} />
    </QueryClientProvider>,
  );
}

const provincePaths = (html: string): string[] =>
  [...html.matchAll(/<path [^>]*class="province-map__province[^"]*"[^>]*>/g)].map((m) => m[0]);

describe('ProvinceMap', () => {
  afterEach(async () => {
    await changeLanguage('vi');
  });

  it('draws 34 province paths and both archipelagos, labelled in Vietnamese', () => {
    expect(i18n.language).toBe('vi');
    const html = render();
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="Số tổ chức theo tỉnh"');
    const paths = provincePaths(html);
    expect(paths).toHaveLength(34);
    expect(new Set(paths.map((p) => /data-code="(\d\d)"/.exec(p)?.[1])).size).toBe(34);
    expect(html).toContain('QĐ. Hoàng Sa');
    expect(html).toContain('QĐ. Trường Sa');
    expect(html).toContain('data-code="HS"');
    expect(html).toContain('data-code="TS"');
    expect(html).toContain('<title>Quần đảo Hoàng Sa (thành phố Đà Nẵng)</title>');
  });

  it('gives each province a title with its name and value', () => {
    const html = render();
    expect(html).toContain('<title>Hà Nội: 12 tổ chức</title>');
    expect(html).toContain('<title>Thành phố Hồ Chí Minh: 30 tổ chức</title>');
    expect(html).toContain('<title>Đà Nẵng: 0 tổ chức</title>');
    expect(html).toContain('<title>Cà Mau: Không có dữ liệu</title>');
    expect(html).toContain('Chú giải');
  });

  it('uses English names and archipelago labels in English', async () => {
    await changeLanguage('en');
    const html = render({ unitLabel: undefined });
    expect(html).toContain('Hoang Sa Islands');
    expect(html).toContain('Truong Sa Islands');
    expect(html).toContain('<title>Hanoi: 12</title>');
    expect(html).toContain('No data');
  });

  it('makes provinces focusable buttons when onSelect is given', () => {
    const html = render({ onSelect: () => undefined, selectedCode: '79' });
    const paths = provincePaths(html);
    expect(paths.every((p) => p.includes('tabindex="0"') && p.includes('role="button"'))).toBe(true);
    expect(paths.filter((p) => p.includes('aria-pressed="true"'))).toHaveLength(1);
    expect(html).toContain('aria-label="Thành phố Hồ Chí Minh: 30 tổ chức"');
  });

  it('colours by a 5-class legend, grey for no data', () => {
    const classes = legendClasses([0, 12, 30, 118]);
    expect(classes).toHaveLength(5);
    expect(classes[0]).toMatchObject({ from: 0, to: 23 });
    expect(classes[4]).toMatchObject({ from: 96, to: 118 });
    expect(colorOf(118, classes)).toBe(classes[4]!.color);
    expect(colorOf(0, classes)).toBe(classes[0]!.color);
    expect(colorOf(undefined, classes)).toBe(NO_DATA_COLOR);
    // Few distinct values: fewer classes, none empty or repeated.
    expect(legendClasses([0, 1, 2]).map((c) => [c.from, c.to])).toEqual([[0, 0], [1, 1], [2, 2]]);
  });
});
