// The Dockerfile rules, sorted by id. Each file exports its metadata and its check.
import type { DockerfileRule } from '../rule.js';
import * as MLG001 from './MLG001.js';
import * as MLG002 from './MLG002.js';
import * as MLG003 from './MLG003.js';
import * as MLG004 from './MLG004.js';
import * as MLG005 from './MLG005.js';
import * as MLG006 from './MLG006.js';
import * as MLG007 from './MLG007.js';
import * as MLG008 from './MLG008.js';
import * as MLG009 from './MLG009.js';
import * as MLG010 from './MLG010.js';
import * as MLG011 from './MLG011.js';
import * as MLG012 from './MLG012.js';
import * as MLG013 from './MLG013.js';
import * as MLG014 from './MLG014.js';
import * as MLG015 from './MLG015.js';
import * as MLG016 from './MLG016.js';
import * as MLG017 from './MLG017.js';
import * as MLG018 from './MLG018.js';
import * as MLG019 from './MLG019.js';
import * as MLG020 from './MLG020.js';
import * as MLG021 from './MLG021.js';

export const dockerfileRules: readonly DockerfileRule[] = [
  MLG001,
  MLG002,
  MLG003,
  MLG004,
  MLG005,
  MLG006,
  MLG007,
  MLG008,
  MLG009,
  MLG010,
  MLG011,
  MLG012,
  MLG013,
  MLG014,
  MLG015,
  MLG016,
  MLG017,
  MLG018,
  MLG019,
  MLG020,
  MLG021,
];
