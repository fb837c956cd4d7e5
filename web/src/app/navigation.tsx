import type { ReactNode } from 'react';
import {
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  CalendarOutlined,
  CloudUploadOutlined,
  FileTextOutlined,
  FormOutlined,
  FundOutlined,
  FolderOpenOutlined,
  MessageOutlined,
  ScheduleOutlined,
  SettingOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { Me, Permission } from '../api/types';

/** A place in the app: shown in the left menu and as a card on the home page. */
export interface NavEntry {
  key: 'users' | 'audit' | 'dossiers' | 'registry' | 'dashboard' | 'actionProgram' | 'consolidation' | 'registryImport' | 'consultations' | 'procedures' | 'myDossiers' | 'reports' | 'reportCampaigns' | 'consultationSettings' | 'account';
  /** null while the feature is not built yet ("coming soon": shown but disabled). */
  path: string | null;
  /** The user needs any one of these permissions; empty = everyone signed in. */
  anyOf: readonly Permission[];
  /** Hidden from users holding any of these (MOFA reads consultations on the dossier page instead). */
  noneOf?: readonly Permission[];
  icon: ReactNode;
  group: 'work' | 'administration' | 'personal';
}

/** Every destination, in menu order. Visibility comes from the server's `permissions`, not from roles. */
export const NAV_ENTRIES: readonly NavEntry[] = [
  { key: 'dossiers', path: '/dossiers', anyOf: ['dossiers:process', 'dossiers:decide'], icon: <FileTextOutlined />, group: 'work' },
  { key: 'registry', path: '/registry', anyOf: ['registry:read'], icon: <BookOutlined />, group: 'work' },
  { key: 'registryImport', path: '/registry/import', anyOf: ['registry:manage'], icon: <CloudUploadOutlined />, group: 'work' },
  { key: 'consultations', path: '/consultations', anyOf: ['consultations:read'], noneOf: ['dossiers:process'], icon: <MessageOutlined />, group: 'work' },
  { key: 'dashboard', path: '/dashboard', anyOf: ['reports:read'], icon: <BarChartOutlined />, group: 'work' },
  { key: 'actionProgram', path: '/action-program', anyOf: ['reports:file', 'reports:manage'], noneOf: ['ngo:self'], icon: <ScheduleOutlined />, group: 'work' },
  { key: 'consolidation', path: '/reports/consolidation', anyOf: ['reports:manage'], icon: <FundOutlined />, group: 'work' },
  { key: 'reportCampaigns', path: '/report-campaigns', anyOf: ['reports:manage'], icon: <CalendarOutlined />, group: 'work' },
  { key: 'procedures', path: '/procedures', anyOf: ['ngo:self'], icon: <SolutionOutlined />, group: 'work' },
  { key: 'myDossiers', path: '/my/dossiers', anyOf: ['ngo:self'], icon: <FolderOpenOutlined />, group: 'work' },
  { key: 'reports', path: '/reports', anyOf: ['reports:file'], icon: <FormOutlined />, group: 'work' },
  { key: 'users', path: '/admin/users', anyOf: ['users:manage'], icon: <TeamOutlined />, group: 'administration' },
  { key: 'audit', path: '/admin/audit', anyOf: ['audit:read'], icon: <AuditOutlined />, group: 'administration' },
  { key: 'consultationSettings', path: '/admin/consultation-settings', anyOf: ['reference:manage'], icon: <SettingOutlined />, group: 'administration' },
  { key: 'account', path: '/account', anyOf: [], icon: <UserOutlined />, group: 'personal' },
];

/** True when the user holds at least one of the permissions (or none is required). */
export function hasAnyPermission(me: Pick<Me, 'permissions'>, anyOf: readonly Permission[]): boolean {
  return anyOf.length === 0 || anyOf.some((permission) => me.permissions.includes(permission));
}

/** The destinations this user may see. */
export function visibleEntries(me: Pick<Me, 'permissions'>): NavEntry[] {
  return NAV_ENTRIES.filter((entry) => hasAnyPermission(me, entry.anyOf) && !(entry.noneOf ?? []).some((permission) => me.permissions.includes(permission)));
}
