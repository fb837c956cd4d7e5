import type { Readable } from 'node:stream';
import type { z } from 'zod';
import type { Actor, Permission } from '../../domain/access/policy';
import type { Deps } from '../../platform/deps';

/** What an exporter may use. */
export type ExportDeps = Pick<Deps, 'db' | 'clock' | 'config' | 'storage'>;

/** An exporter's file: bytes, or a stream the runner reads to the end. */
export interface ExportFile {
  buffer?: Buffer;
  stream?: Readable;
  fileName: string;
  contentType: string;
}

/** Reports progress in percent (0–100); the runner writes it to `export_job.progress`. */
export type OnProgress = (percent: number) => Promise<void>;

/** Builds one export. Runs in the job worker with the requester's rights (`actor`); throws to fail the job. */
export type Exporter = (deps: ExportDeps, params: unknown, actor: Actor, onProgress: OnProgress) => Promise<ExportFile>;

export interface ExporterOptions {
  /** Who may start this kind of export (checked when it is requested and again when it runs). */
  permission: Permission;
  /** Validates `params` when the export is requested (400 with the field errors otherwise). */
  params?: z.ZodType;
}

interface Registered extends ExporterOptions {
  run: Exporter;
}

const exporters = new Map<string, Registered>();

/** Registers the exporter of `kind` (e.g. 'dashboard_xlsx'); a later registration of the same kind replaces it. */
export function registerExporter(kind: string, run: Exporter, options: ExporterOptions): void {
  exporters.set(kind, { run, ...options });
}

/** The exporter of `kind`, or undefined. */
export function exporterOf(kind: string): Registered | undefined {
  return exporters.get(kind);
}

/** The registered kinds (for the API description). */
export function exportKinds(): string[] {
  return [...exporters.keys()].sort();
}
