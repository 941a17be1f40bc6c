import { describe, expect, it } from 'vitest';
import { unitNameEn, unitTypeEn, unitWordsEn } from './unit-names.js';

describe('unit-type words in English', () => {
  it('puts the type after the name, and before a number', () => {
    expect(unitNameEn('Xã Tân Lạc')).toBe('Tân Lạc Commune');
    expect(unitNameEn('Tỉnh Phú Thọ')).toBe('Phú Thọ Province');
    expect(unitNameEn('Huyện Tân Lạc')).toBe('Tân Lạc District');
    expect(unitNameEn('Phường Hòa Bình')).toBe('Hòa Bình Ward');
    expect(unitNameEn('Thị trấn Mãn Đức')).toBe('Mãn Đức Township');
    expect(unitNameEn('Thành phố Hòa Bình')).toBe('Hòa Bình City');
    expect(unitNameEn('Thôn Nhập Ba')).toBe('Nhập Ba Village');
    expect(unitNameEn('Bản Lác')).toBe('Lác Village');
    expect(unitNameEn('Xóm 5')).toBe('Hamlet 5');
    expect(unitNameEn('Tổ dân phố 3')).toBe('Residential Group 3');
    expect(unitTypeEn('Thị trấn')).toBe('Township');
    expect(unitTypeEn('Xã')).toBe('Commune');
  });

  it('leaves other texts alone', () => {
    expect(unitNameEn('Tân Lạc')).toBe('Tân Lạc');
    expect(unitNameEn('Xã')).toBe('Xã');
    expect(unitNameEn('Bùi Văn Xã')).toBe('Bùi Văn Xã');
    expect(unitTypeEn('thon')).toBe('thon');
  });

  it('rewrites units and villages in an answer, not persons or data elements', () => {
    const body = {
      items: [
        {
          id: 1,
          code: '05128-00001',
          commune: { id: 2, code: '05128', name: 'Tân Lạc', fullName: 'Xã Tân Lạc' },
          village: { id: 3, code: 'T1', name: 'Thôn Nhập Ba' },
          head: { id: 4, fullName: 'Bản Văn Lò', sex: 'male' },
        },
      ],
      unit: { code: '155', name: 'Tân Lạc', level: 'district', type: 'Huyện' },
      element: { id: 5, code: 'XA_NTM', name: 'Xã đạt chuẩn nông thôn mới' },
      villages: [{ id: 6, code: 'B2', name: 'Bản Lác', type: 'ban', communeName: 'Xã Mường Bi' }],
    };
    unitWordsEn(body);
    expect(body.items[0].commune.fullName).toBe('Tân Lạc Commune');
    expect(body.items[0].commune.name).toBe('Tân Lạc');
    expect(body.items[0].village.name).toBe('Nhập Ba Village');
    expect(body.items[0].head.fullName).toBe('Bản Văn Lò');
    expect(body.unit.type).toBe('District');
    expect(body.element.name).toBe('Xã đạt chuẩn nông thôn mới');
    expect(body.villages[0]).toMatchObject({ name: 'Lác Village', communeName: 'Mường Bi Commune' });
  });
});
