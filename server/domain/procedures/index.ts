/** The Decree 58/2022 procedure catalogue: types, configurable defaults, the six procedures, the guide and due days. */
export * from './procedure-types';
export * from './procedure-defaults';
export * from './procedure-catalogue';
export * from './dossier-guide';
export * from './procedure-timeline';
