import { describe, expect, it } from 'vitest';
import { tcvn3ToUnicode } from '../../shared/legacy-encodings.js';
import { toTcvn3 } from '../villages/villages.fixtures.js';
import { registerVi } from '../../web/pages/register/register.i18n.js';
import { headerKey, matchHeaders } from '../spreadsheets/sheet.parse.js';
import { CODED, IMPORT_COLUMNS, parseBirth, parseCoded, parseFlag } from './register-import.columns.js';

describe('register import cells', () => {
  it('reads coded cells by code, label or label without diacritics', () => {
    expect(parseCoded(CODED.housing, 'semi_solid')).toBe('semi_solid');
    expect(parseCoded(CODED.housing, 'Bán kiên cố')).toBe('semi_solid');
    expect(parseCoded(CODED.housing, 'BAN KIEN CO')).toBe('semi_solid');
    expect(parseCoded(CODED.relationship, 'Con dâu')).toBe('child_in_law');
    expect(parseCoded(CODED.relationship, 'chu ho')).toBe('head');
    expect(parseCoded(CODED.sex, 'Nữ')).toBe('female');
    expect(parseCoded(CODED.sex, 'Female')).toBe('female');
    expect(parseCoded(CODED.housing, 'nhà sàn')).toBeUndefined();
  });

  it('reads birth dates and years, refusing impossible days', () => {
    expect(parseBirth('12/04/1975')).toEqual({ birthDate: '1975-04-12', birthYear: 1975 });
    expect(parseBirth('1/2/2001')).toEqual({ birthDate: '2001-02-01', birthYear: 2001 });
    expect(parseBirth('1975-04-12')).toEqual({ birthDate: '1975-04-12', birthYear: 1975 });
    expect(parseBirth('1975')).toEqual({ birthDate: null, birthYear: 1975 });
    expect(parseBirth('31/02/2005')).toBeNull();
    expect(parseBirth('04-1975')).toBeNull();
  });

  it('reads yes/no cells', () => {
    expect([parseFlag('Có'), parseFlag('khong'), parseFlag('x'), parseFlag('0'), parseFlag('maybe')]).toEqual([true, false, true, false, undefined]);
  });

  it('converts TCVN3 text to Unicode', () => {
    const text = 'Bùi Văn Đức, xóm Mường Khến, dân tộc Mường';
    expect(tcvn3ToUnicode(toTcvn3(text).toString('latin1'))).toBe(text);
  });

  it('prints the template headers in the words the register screens use for the same fields', () => {
    const f = registerVi.fields;
    const screen: Partial<Record<(typeof IMPORT_COLUMNS)[number]['key'], string>> = {
      householdCode: f.code,
      village: f.villageId,
      relationship: f.relationship,
      fullName: f.fullName,
      sex: f.sex,
      birth: f.birthDate,
      ethnic: f.ethnicCode,
      religion: f.religion,
      cccd: f.cccd,
      maritalStatus: f.maritalStatus,
      educationLevel: f.educationLevel,
      literate: f.literate,
      speaksVietnamese: f.speaksVietnamese,
      schoolEnrolment: f.schoolEnrolment,
      occupation: f.occupation,
      healthInsurance: f.healthInsurance,
      disability: f.disability,
      address: f.address,
      phone: f.phone,
      housing: f.housing,
      waterSource: f.waterSource,
      electricity: f.electricity,
      toiletType: f.toiletType,
      mainLivelihood: f.mainLivelihood,
      incomeBand: f.incomeBand,
      internetAccess: f.internetAccess,
      smartphones: f.smartphones,
      computers: f.computers,
      residentialLandM2: f.residentialLandM2,
      productionLandM2: f.productionLandM2,
      povertyStatus: f.status,
      deprivations: f.deprivations,
    };
    const printed = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, c.headers[0]]));
    expect(Object.fromEntries(Object.keys(screen).map((k) => [k, printed[k]]))).toEqual(screen);
  });

  it('still finds every column under the headers of the former template', () => {
    const former = [
      'Mã xã',
      'Mã hộ',
      'Thôn/bản',
      'Quan hệ với chủ hộ',
      'Họ và tên',
      'Giới tính',
      'Ngày sinh',
      'Dân tộc',
      'Tôn giáo',
      'Số CCCD',
      'Tình trạng hôn nhân',
      'Trình độ học vấn',
      'Biết đọc biết viết',
      'Biết tiếng Việt',
      'Tình trạng đi học',
      'Nghề nghiệp',
      'Bảo hiểm y tế',
      'Khuyết tật',
      'Địa chỉ',
      'Điện thoại',
      'Nhà ở',
      'Nguồn nước',
      'Điện',
      'Nhà vệ sinh',
      'Sinh kế chính',
      'Thu nhập',
      'Internet',
      'Số điện thoại thông minh',
      'Số máy tính',
      'Diện tích đất ở (m2)',
      'Diện tích đất sản xuất (m2)',
      'Năm xác định nghèo',
      'Tình trạng nghèo',
      'Chỉ số thiếu hụt',
      'Ngày hiệu lực',
    ];
    const { index, missing } = matchHeaders(former, IMPORT_COLUMNS);
    expect(missing).toEqual([]);
    expect(IMPORT_COLUMNS.map((c) => index.get(c.key))).toEqual(former.map((_, i) => i));
    // No two columns of the template fold to the same header.
    const keys = IMPORT_COLUMNS.flatMap((c) => [...new Set(c.headers.map(headerKey))]);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
