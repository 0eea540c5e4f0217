import * as migration_20261121_141118_initial from './20261121_141118_initial';
import * as migration_20261130_061517_review_state_editors from './20261130_061517_review_state_editors';
import * as migration_20261130_072313_forgot_password_throttle from './20261130_072313_forgot_password_throttle';
import * as migration_20261130_110000_texts_parent_index from './20261130_110000_texts_parent_index';
import * as migration_20261130_133120_assignment from './20261130_133120_assignment';
import * as migration_20261130_161027_comments from './20261130_161027_comments';
import * as migration_20261130_163503_published_list_indexes from './20261130_163503_published_list_indexes';
import * as migration_20261130_200010_version_history_indexes from './20261130_200010_version_history_indexes';
import * as migration_20261201_132732_public_review_json from './20261201_132732_public_review_json';
import * as migration_20261203_083000_review_record from './20261203_083000_review_record';

export const migrations = [
  {
    up: migration_20261121_141118_initial.up,
    down: migration_20261121_141118_initial.down,
    name: '20261121_141118_initial',
  },
  {
    up: migration_20261130_061517_review_state_editors.up,
    down: migration_20261130_061517_review_state_editors.down,
    name: '20261130_061517_review_state_editors',
  },
  {
    up: migration_20261130_072313_forgot_password_throttle.up,
    down: migration_20261130_072313_forgot_password_throttle.down,
    name: '20261130_072313_forgot_password_throttle',
  },
  {
    up: migration_20261130_110000_texts_parent_index.up,
    down: migration_20261130_110000_texts_parent_index.down,
    name: '20261130_110000_texts_parent_index',
  },
  {
    up: migration_20261130_133120_assignment.up,
    down: migration_20261130_133120_assignment.down,
    name: '20261130_133120_assignment',
  },
  {
    up: migration_20261130_161027_comments.up,
    down: migration_20261130_161027_comments.down,
    name: '20261130_161027_comments',
  },
  {
    up: migration_20261130_163503_published_list_indexes.up,
    down: migration_20261130_163503_published_list_indexes.down,
    name: '20261130_163503_published_list_indexes',
  },
  {
    up: migration_20261130_200010_version_history_indexes.up,
    down: migration_20261130_200010_version_history_indexes.down,
    name: '20261130_200010_version_history_indexes',
  },
  {
    up: migration_20261201_132732_public_review_json.up,
    down: migration_20261201_132732_public_review_json.down,
    name: '20261201_132732_public_review_json'
  },
  {
    up: migration_20261203_083000_review_record.up,
    down: migration_20261203_083000_review_record.down,
    name: '20261203_083000_review_record',
  },
];
