import * as migration_20261121_141123_initial from './20261121_141123_initial';
import * as migration_20261130_061605_review_state_editors from './20261130_061605_review_state_editors';
import * as migration_20261130_071453_audit_verify_task from './20261130_071453_audit_verify_task';
import * as migration_20261130_072347_forgot_password_throttle from './20261130_072347_forgot_password_throttle';
import * as migration_20261130_110001_texts_parent_index from './20261130_110001_texts_parent_index';
import * as migration_20261130_133130_assignment from './20261130_133130_assignment';
import * as migration_20261130_161033_comments from './20261130_161033_comments';
import * as migration_20261130_163513_published_list_indexes from './20261130_163513_published_list_indexes';
import * as migration_20261130_200021_version_history_indexes from './20261130_200021_version_history_indexes';
import * as migration_20261201_132842_public_review_json from './20261201_132842_public_review_json';
import * as migration_20261203_083010_review_record from './20261203_083010_review_record';
import * as migration_20261207_113158_schedule_cancelled from './20261207_113158_schedule_cancelled';

export const migrations = [
  {
    up: migration_20261121_141123_initial.up,
    down: migration_20261121_141123_initial.down,
    name: '20261121_141123_initial',
  },
  {
    up: migration_20261130_061605_review_state_editors.up,
    down: migration_20261130_061605_review_state_editors.down,
    name: '20261130_061605_review_state_editors',
  },
  {
    up: migration_20261130_071453_audit_verify_task.up,
    down: migration_20261130_071453_audit_verify_task.down,
    name: '20261130_071453_audit_verify_task',
  },
  {
    up: migration_20261130_072347_forgot_password_throttle.up,
    down: migration_20261130_072347_forgot_password_throttle.down,
    name: '20261130_072347_forgot_password_throttle',
  },
  {
    up: migration_20261130_110001_texts_parent_index.up,
    down: migration_20261130_110001_texts_parent_index.down,
    name: '20261130_110001_texts_parent_index',
  },
  {
    up: migration_20261130_133130_assignment.up,
    down: migration_20261130_133130_assignment.down,
    name: '20261130_133130_assignment',
  },
  {
    up: migration_20261130_161033_comments.up,
    down: migration_20261130_161033_comments.down,
    name: '20261130_161033_comments',
  },
  {
    up: migration_20261130_163513_published_list_indexes.up,
    down: migration_20261130_163513_published_list_indexes.down,
    name: '20261130_163513_published_list_indexes',
  },
  {
    up: migration_20261130_200021_version_history_indexes.up,
    down: migration_20261130_200021_version_history_indexes.down,
    name: '20261130_200021_version_history_indexes',
  },
  {
    up: migration_20261201_132842_public_review_json.up,
    down: migration_20261201_132842_public_review_json.down,
    name: '20261201_132842_public_review_json'
  },
  {
    up: migration_20261203_083010_review_record.up,
    down: migration_20261203_083010_review_record.down,
    name: '20261203_083010_review_record',
  },
  {
    up: migration_20261207_113158_schedule_cancelled.up,
    down: migration_20261207_113158_schedule_cancelled.down,
    name: '20261207_113158_schedule_cancelled',
  },
];
