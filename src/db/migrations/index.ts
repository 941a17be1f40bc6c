import * as m0001 from './0001_foundation.js';
import * as m0002 from './0002_register.js';
import * as m0003 from './0003_register_import.js';
import * as m0004 from './0004_register_tools.js';
import * as m0005 from './0005_register_stamp.js';
import * as m0006 from './0006_reporting_metadata.js';
import * as m0007 from './0007_data_values.js';
import * as m0008 from './0008_import_origin.js';
import * as m0009 from './0009_reporting_stamp.js';
import * as m0010 from './0010_config_owner.js';
import * as m0011 from './0011_sign_in_security.js';
import * as m0012 from './0012_cccd_unique_in_reach.js';
import * as m0013 from './0013_long_jobs.js';
import * as m0021 from './0021_api_tokens.js';
import * as m0015 from './0015_household_moves.js';
import * as m0023 from './0023_webhooks_supply_duties.js';
import * as m0024 from './0024_data_requests.js';
import * as m0027 from './0027_surveys.js';
import * as m0028 from './0028_programmes.js';
import * as m0029 from './0029_beneficiaries.js';
import * as m0033 from './0033_survey_results.js';
import * as m0025 from './0025_analytics.js';

/** Every migration in order. Add new ones at the end; never edit one that has shipped. */
export const migrations: { name: string; statements: string[] }[] = [
  { name: '0001_foundation', statements: m0001.statements },
  { name: '0002_register', statements: m0002.statements },
  { name: '0003_register_import', statements: m0003.statements },
  { name: '0004_register_tools', statements: m0004.statements },
  { name: '0005_register_stamp', statements: m0005.statements },
  { name: '0006_reporting_metadata', statements: m0006.statements },
  { name: '0007_data_values', statements: m0007.statements },
  { name: '0008_import_origin', statements: m0008.statements },
  { name: '0009_reporting_stamp', statements: m0009.statements },
  { name: '0010_config_owner', statements: m0010.statements },
  { name: '0011_sign_in_security', statements: m0011.statements },
  { name: '0012_cccd_unique_in_reach', statements: m0012.statements },
  { name: '0013_long_jobs', statements: m0013.statements },
  { name: '0015_household_moves', statements: m0015.statements },
  { name: '0021_api_tokens', statements: m0021.statements },
  { name: '0023_webhooks_supply_duties', statements: m0023.statements },
  { name: '0024_data_requests', statements: m0024.statements },
  { name: '0025_analytics', statements: m0025.statements },
  { name: '0027_surveys', statements: m0027.statements },
  { name: '0028_programmes', statements: m0028.statements },
  { name: '0029_beneficiaries', statements: m0029.statements },
  { name: '0033_survey_results', statements: m0033.statements },
];
