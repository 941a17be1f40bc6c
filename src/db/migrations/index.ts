import * as m0001 from './0001_foundation.js';
import * as m0002 from './0002_register.js';
import * as m0004 from './0004_register_tools.js';
import * as m0005 from './0005_register_stamp.js';

/** Every migration in order. Add new ones at the end; never edit one that has shipped. */
export const migrations: { name: string; statements: string[] }[] = [
  { name: '0001_foundation', statements: m0001.statements },
  { name: '0002_register', statements: m0002.statements },
  { name: '0004_register_tools', statements: m0004.statements },
  { name: '0005_register_stamp', statements: m0005.statements },
];
