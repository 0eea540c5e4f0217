import * as migration_20261121_124456_initial from './20261121_124456_initial';

export const migrations = [
  {
    up: migration_20261121_124456_initial.up,
    down: migration_20261121_124456_initial.down,
    name: '20261121_124456_initial'
  },
];
