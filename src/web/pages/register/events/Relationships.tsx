import { useEffect } from 'react';
import { Col, Form, Row, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCodes, type Member } from '../api.js';

/** A person whose relationship to a (new) head is asked for. */
export interface RelPerson {
  id: number;
  label: string;
  /** The head itself: shown as "Chủ hộ", nothing to choose. */
  isHead?: boolean;
}

/** The key of a person's row (not a bare number: a numeric form path would make an array). */
export const relKey = (personId: number) => `p${personId}`;

/** Form values of the relationship rows: relKey(person id) → relationship code. */
export type Rels = Record<string, string | undefined>;

/**
 * One row per person: name, and the relationship to the head they will have. Values live under
 * `rels.p<personId>`; the server's `relationships.<i>` errors are mapped onto these rows.
 */
export function RelationshipRows({ title, people }: { title: string; people: RelPerson[] }) {
  const { t } = useTranslation();
  const codes = useCodes();
  if (people.length === 0) return null;
  const options = codes.options('relationship').filter((o) => o.value !== 'head');
  return (
    <div className="event-rels" data-testid="event-rels" style={{ marginBottom: 12 }}>
      <Typography.Text strong style={{ display: 'block', marginBottom: 6 }}>
        {title}
      </Typography.Text>
      {people.map((p) => (
        <Row key={p.id} gutter={8} align="middle" wrap style={{ marginBottom: 4 }}>
          <Col xs={24} sm={12} style={{ overflowWrap: 'anywhere' }}>
            {p.label}
          </Col>
          <Col xs={24} sm={12}>
            {p.isHead ? (
              <Tag color="blue" style={{ marginBottom: 8 }} data-testid={`rel-${p.id}`}>
                {codes.label('relationship', 'head')}
              </Tag>
            ) : (
              <Form.Item
                name={['rels', relKey(p.id)]}
                rules={[{ required: true, message: t('register.form.required') }]}
                style={{ marginBottom: 8 }}
                aria-label={p.label}
              >
                <Select options={options} virtual={false} data-testid={`rel-${p.id}`} aria-label={`${t('register.fields.relationship')} – ${p.label}`} />
              </Form.Item>
            )}
          </Col>
        </Row>
      ))}
    </div>
  );
}

/** Sets the rows' values whenever `key` changes (a new head chosen, other movers). */
export function usePrefill(key: string, values: () => Rels) {
  const form = Form.useFormInstance();
  useEffect(() => {
    form.setFieldValue('rels', values());
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}

export const personLabel = (m: Pick<Member, 'fullName' | 'birthYear'>) => `${m.fullName} (${m.birthYear})`;

/**
 * A member's likely relationship to a new head of the same household, from both relationships to the
 * former head. A guess to start from: the officer corrects what does not fit.
 */
export function relationToNewHead(newHead: Pick<Member, 'relationship' | 'sex'>, m: Pick<Member, 'relationship' | 'sex'>): string {
  const n = newHead.relationship;
  const r = m.relationship;
  const male = m.sex === 'male';
  if (r === 'head') {
    if (n === 'wife') return 'husband';
    if (n === 'husband') return 'wife';
    if (n === 'child') return male ? 'father' : 'mother';
    if (n === 'grandchild') return 'grandparent';
    if (n === 'father' || n === 'mother') return 'child';
    if (n === 'sibling') return 'sibling';
    return 'other';
  }
  if (n === 'wife' || n === 'husband') {
    // The head's spouse takes over: the children and grandchildren stay what they were.
    return ['child', 'child_in_law', 'grandchild'].includes(r) ? r : 'other';
  }
  if (n === 'child') {
    if (r === 'wife' || r === 'husband') return male ? 'father' : 'mother';
    if (r === 'child') return 'sibling';
    if (r === 'grandparent') return 'other';
    if (r === 'father' || r === 'mother') return 'grandparent';
    return 'other';
  }
  if (n === 'father' || n === 'mother') {
    if (r === 'child') return 'grandchild';
    if (r === 'sibling') return 'child';
    return 'other';
  }
  return 'other';
}

/** The `relationships` of an event body from the rows, and which person each entry is (for errors). */
export function relationshipsOf(rels: Rels | undefined, ids: number[], keepIf?: (id: number, rel: string) => boolean) {
  const list = ids.flatMap((id) => {
    const rel = rels?.[relKey(id)];
    return rel && (!keepIf || keepIf(id, rel)) ? [{ personId: id, relationship: rel }] : [];
  });
  return list.length ? list : undefined;
}
