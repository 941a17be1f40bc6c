import type { Kysely } from 'kysely';
import type { DB, DocumentType } from '../../db/schema.js';
import { searchKey } from '../../shared/text.js';
import { DOCUMENT_TYPES } from './policies.service.js';
import { documentIdByNumber, insertDocument, insertLink } from './policies.repository.js';
import { insertNode, nodeCount } from './programmes.repository.js';

/**
 * Starter content of the policy library and the programme tree. Dates are given only where they
 * are certain; the others stay empty ("chưa rõ") for the agency to complete from the original text.
 */
const DOCUMENTS: {
  number: string;
  docType: DocumentType;
  title: string;
  issuer: string;
  signedOn: string | null;
  effectiveFrom: string | null;
  summary: string;
}[] = [
  {
    number: '1719/QĐ-TTg',
    docType: 'quyet_dinh',
    title:
      'Phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021-2030, giai đoạn I: từ năm 2021 đến năm 2025',
    issuer: 'Thủ tướng Chính phủ',
    signedOn: '2021-10-14',
    effectiveFrom: null,
    summary:
      'Chương trình gồm 10 dự án: đất ở, nhà ở, đất sản xuất, nước sinh hoạt; dân cư; sinh kế nông, lâm nghiệp; hạ tầng; giáo dục, đào tạo; văn hóa, du lịch; y tế, dinh dưỡng; bình đẳng giới; nhóm dân tộc rất ít người; truyền thông, kiểm tra, giám sát.',
  },
  {
    number: '28/2023/QĐ-TTg',
    docType: 'quyet_dinh',
    title: 'Quy định chế độ, chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số',
    issuer: 'Thủ tướng Chính phủ',
    signedOn: null,
    effectiveFrom: null,
    summary:
      'Tiêu chí, quy trình bình chọn, công nhận người có uy tín ở thôn, bản; chế độ hỗ trợ: phụ cấp, cung cấp thông tin và báo chí, thăm hỏi, tặng quà dịp Tết, tập huấn, bồi dưỡng. Ngày ký, ngày hiệu lực: chưa rõ.',
  },
  {
    number: '12/2018/QĐ-TTg',
    docType: 'quyet_dinh',
    title: 'Tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số',
    issuer: 'Thủ tướng Chính phủ',
    signedOn: null,
    effectiveFrom: null,
    summary: 'Văn bản trước Quyết định 28/2023/QĐ-TTg. Ngày ký, ngày hiệu lực: chưa rõ.',
  },
  {
    number: '07/2021/NĐ-CP',
    docType: 'nghi_dinh',
    title: 'Quy định chuẩn nghèo đa chiều giai đoạn 2021-2025',
    issuer: 'Chính phủ',
    signedOn: '2021-01-27',
    effectiveFrom: null,
    summary:
      'Chuẩn nghèo đa chiều: thu nhập và mức độ thiếu hụt dịch vụ xã hội cơ bản (việc làm, y tế, giáo dục, nhà ở, nước sinh hoạt và vệ sinh, thông tin).',
  },
  {
    number: '06/2014/TT-UBDT',
    docType: 'thong_tu',
    title: 'Ban hành Hệ thống chỉ tiêu thống kê công tác dân tộc',
    issuer: 'Ủy ban Dân tộc',
    signedOn: null,
    effectiveFrom: null,
    summary: 'Ngày ký, ngày hiệu lực: chưa rõ.',
  },
  {
    number: '03/2019/TT-UBDT',
    docType: 'thong_tu',
    title: 'Ban hành Hệ thống chỉ tiêu thống kê công tác dân tộc',
    issuer: 'Ủy ban Dân tộc',
    signedOn: null,
    effectiveFrom: null,
    summary: 'Thay thế Thông tư 06/2014/TT-UBDT. Ngày ký, ngày hiệu lực: chưa rõ.',
  },
  {
    number: '06/2025/TT-BDTTG',
    docType: 'thong_tu',
    title: 'Hệ thống chỉ tiêu thống kê công tác dân tộc',
    issuer: 'Bộ Dân tộc và Tôn giáo',
    signedOn: null,
    effectiveFrom: '2025-07-01',
    summary: 'Chỉ tiêu về dân số theo dân tộc, nghèo, giáo dục, y tế, hạ tầng, văn hóa, cán bộ người dân tộc thiểu số. Ngày ký: chưa rõ.',
  },
  {
    number: '07/2025/TT-BDTTG',
    docType: 'thong_tu',
    title: 'Chế độ báo cáo thống kê công tác dân tộc',
    issuer: 'Bộ Dân tộc và Tôn giáo',
    signedOn: null,
    effectiveFrom: null,
    summary: 'Quy định việc báo cáo các chỉ tiêu thống kê công tác dân tộc. Ngày ký, ngày hiệu lực: chưa rõ.',
  },
  {
    number: '414/QĐ-TTg',
    docType: 'quyet_dinh',
    title: 'Văn bản của Thủ tướng Chính phủ về thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi',
    issuer: 'Thủ tướng Chính phủ',
    signedOn: null,
    effectiveFrom: null,
    summary: 'Trích yếu, ngày ký, ngày hiệu lực: chưa rõ; cần đối chiếu văn bản gốc.',
  },
];

/** Links between the starter documents: [from, kind, to, effective on]. */
const LINKS: [string, 'amends' | 'replaces' | 'guides', string, string | null][] = [
  ['28/2023/QĐ-TTg', 'replaces', '12/2018/QĐ-TTg', null],
  ['03/2019/TT-UBDT', 'replaces', '06/2014/TT-UBDT', null],
  ['06/2025/TT-BDTTG', 'replaces', '03/2019/TT-UBDT', '2025-07-01'],
  ['07/2025/TT-BDTTG', 'guides', '06/2025/TT-BDTTG', null],
];

/** The ten projects of Decision 1719/QĐ-TTg and the sub-projects of those that have them. */
const PROJECTS: { name: string; subs?: string[] }[] = [
  { name: 'Giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất, nước sinh hoạt' },
  { name: 'Quy hoạch, sắp xếp, bố trí, ổn định dân cư ở những nơi cần thiết' },
  {
    name: 'Phát triển sản xuất nông, lâm nghiệp bền vững, phát huy tiềm năng, thế mạnh của các vùng miền để sản xuất hàng hóa theo chuỗi giá trị',
    subs: [
      'Phát triển kinh tế nông, lâm nghiệp bền vững gắn với bảo vệ rừng và nâng cao thu nhập cho người dân',
      'Hỗ trợ phát triển sản xuất theo chuỗi giá trị, vùng trồng dược liệu quý, thúc đẩy khởi sự kinh doanh, khởi nghiệp và thu hút đầu tư vùng đồng bào dân tộc thiểu số và miền núi',
    ],
  },
  {
    name: 'Đầu tư cơ sở hạ tầng thiết yếu, phục vụ sản xuất, đời sống trong vùng đồng bào dân tộc thiểu số và miền núi và các đơn vị sự nghiệp công lập của lĩnh vực dân tộc',
    subs: [
      'Đầu tư cơ sở hạ tầng thiết yếu phục vụ sản xuất, đời sống trong vùng đồng bào dân tộc thiểu số và miền núi',
      'Đầu tư cơ sở vật chất các đơn vị sự nghiệp công lập của lĩnh vực công tác dân tộc',
    ],
  },
  {
    name: 'Phát triển giáo dục đào tạo nâng cao chất lượng nguồn nhân lực',
    subs: [
      'Đổi mới hoạt động, củng cố phát triển các trường phổ thông dân tộc nội trú, bán trú và xóa mù chữ cho người dân vùng đồng bào dân tộc thiểu số',
      'Bồi dưỡng kiến thức dân tộc; đào tạo dự bị đại học, đại học và sau đại học đáp ứng nhu cầu nhân lực cho vùng đồng bào dân tộc thiểu số và miền núi',
      'Phát triển giáo dục nghề nghiệp và giải quyết việc làm cho người lao động vùng dân tộc thiểu số và miền núi',
      'Đào tạo nâng cao năng lực cho cộng đồng và cán bộ triển khai Chương trình ở các cấp',
    ],
  },
  { name: 'Bảo tồn, phát huy giá trị văn hóa truyền thống tốt đẹp của các dân tộc thiểu số gắn với phát triển du lịch' },
  { name: 'Chăm sóc sức khỏe Nhân dân, nâng cao thể trạng, tầm vóc người dân tộc thiểu số; phòng chống suy dinh dưỡng trẻ em' },
  { name: 'Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em' },
  {
    name: 'Đầu tư tạo sinh kế, phát triển kinh tế nhóm dân tộc rất ít người và nhóm dân tộc còn nhiều khó khăn',
    subs: [
      'Đầu tư tạo sinh kế, phát triển kinh tế nhóm dân tộc rất ít người và nhóm dân tộc có khó khăn đặc thù',
      'Giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống trong vùng đồng bào dân tộc thiểu số và miền núi',
    ],
  },
  {
    name: 'Truyền thông, tuyên truyền, vận động trong vùng đồng bào dân tộc thiểu số và miền núi; kiểm tra, giám sát đánh giá việc tổ chức thực hiện Chương trình',
    subs: [
      'Biểu dương, tôn vinh điển hình tiên tiến, phát huy vai trò của người có uy tín; phổ biến, giáo dục pháp luật, trợ giúp pháp lý và tuyên truyền, vận động đồng bào',
      'Ứng dụng công nghệ thông tin hỗ trợ đồng bào dân tộc thiểu số trong phát triển kinh tế - xã hội và đảm bảo an ninh trật tự vùng đồng bào dân tộc thiểu số và miền núi',
      'Kiểm tra, giám sát, đánh giá, đào tạo, tập huấn tổ chức thực hiện Chương trình',
    ],
  },
];

/** Code of the national target programme's root item. */
export const NTP_CODE = 'CTMTQG-1719';

/** Loads the starter documents and the programme tree into empty tables; does nothing otherwise. */
export async function seedProgrammes(db: Kysely<DB>): Promise<boolean> {
  if ((await nodeCount(db)) > 0) return false;
  await db.transaction().execute(async (trx) => {
    for (const d of DOCUMENTS) {
      if ((await documentIdByNumber(trx, d.number)) !== null) continue;
      await insertDocument(trx, {
        ...d,
        expiresOn: null,
        isPublic: true,
        ownerUnitId: null,
        searchText: searchKey([d.number, DOCUMENT_TYPES[d.docType].vi, d.title, d.issuer, d.summary].join(' ')),
      });
    }
    for (const [from, kind, to, on] of LINKS) {
      const fromId = await documentIdByNumber(trx, from);
      const toId = await documentIdByNumber(trx, to);
      if (fromId && toId) await insertLink(trx, { fromId, toId, kind, effectiveOn: on, note: '' });
    }
    const documentId = await documentIdByNumber(trx, '1719/QĐ-TTg');
    const root = await insertNode(trx, {
      parentId: null,
      kind: 'programme',
      code: NTP_CODE,
      name: 'Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021-2030',
      documentId,
      startYear: 2021,
      endYear: 2030,
      sortOrder: 0,
      ownerUnitId: null,
    });
    for (const [i, p] of PROJECTS.entries()) {
      const id = await insertNode(trx, {
        parentId: root,
        kind: 'project',
        code: `DA${i + 1}`,
        name: `Dự án ${i + 1}: ${p.name}`,
        documentId,
        startYear: 2021,
        endYear: 2030,
        sortOrder: i + 1,
        ownerUnitId: null,
      });
      for (const [j, s] of (p.subs ?? []).entries())
        await insertNode(trx, {
          parentId: id,
          kind: 'sub_project',
          code: `DA${i + 1}.TDA${j + 1}`,
          name: `Tiểu dự án ${j + 1}: ${s}`,
          documentId,
          startYear: 2021,
          endYear: 2030,
          sortOrder: j + 1,
          ownerUnitId: null,
        });
    }
  });
  return true;
}
