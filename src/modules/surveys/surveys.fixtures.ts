import crypto from 'node:crypto';

/** A household survey XForm as pyxform writes it: household from the entity list, choices in two languages, a photo, a location and a repeat. */
export function householdXForm(version = '1', formId = 'khao_sat_ho'): string {
  return `<?xml version="1.0"?>
<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml" xmlns:jr="http://openrosa.org/javarosa" xmlns:odk="http://www.opendatakit.org/xforms" xmlns:orx="http://openrosa.org/xforms">
  <h:head>
    <h:title>Khảo sát hộ</h:title>
    <model odk:xforms-version="1.0.0">
      <itext>
        <translation default="true()" lang="Tiếng Việt (vi)">
          <text id="/data/phones:label"><value>Số điện thoại thông minh</value></text>
          <text id="/data/internet:label"><value>Hộ có Internet không?</value></text>
          <text id="/data/internet/yes:label"><value>Có</value></text>
          <text id="/data/internet/no:label"><value>Không</value></text>
        </translation>
        <translation lang="English (en)">
          <text id="/data/phones:label"><value>Smartphones</value></text>
          <text id="/data/internet:label"><value>Does the household have Internet?</value></text>
          <text id="/data/internet/yes:label"><value>Yes</value></text>
          <text id="/data/internet/no:label"><value>No</value></text>
        </translation>
      </itext>
      <instance>
        <data id="${formId}" version="${version}">
          <household/>
          <phones/>
          <internet/>
          <skills/>
          <location/>
          <photo/>
          <member jr:template=""><member_name/><age/></member>
          <meta><instanceID/></meta>
        </data>
      </instance>
      <instance id="households" src="jr://file-csv/households.csv"/>
      <instance id="skills_list">
        <root>
          <item><name>email</name><label>Thư điện tử</label></item>
          <item><name>dvc</name><label>Dịch vụ công trực tuyến</label></item>
        </root>
      </instance>
      <bind nodeset="/data/household" type="string"/>
      <bind nodeset="/data/phones" type="int"/>
      <bind nodeset="/data/internet" type="string"/>
      <bind nodeset="/data/skills" type="string"/>
      <bind nodeset="/data/location" type="geopoint"/>
      <bind nodeset="/data/photo" type="binary"/>
      <bind nodeset="/data/member/member_name" type="string"/>
      <bind nodeset="/data/member/age" type="int"/>
      <bind nodeset="/data/meta/instanceID" type="string" readonly="true()" jr:preload="uid"/>
    </model>
  </h:head>
  <h:body>
    <select1 ref="/data/household"><label>Hộ gia đình</label><itemset nodeset="instance('households')/root/item"><value ref="name"/><label ref="label"/></itemset></select1>
    <input ref="/data/phones"><label ref="jr:itext('/data/phones:label')"/></input>
    <select1 ref="/data/internet"><label ref="jr:itext('/data/internet:label')"/>
      <item><label ref="jr:itext('/data/internet/yes:label')"/><value>yes</value></item>
      <item><label ref="jr:itext('/data/internet/no:label')"/><value>no</value></item>
    </select1>
    <select ref="/data/skills"><label>Kỹ năng số</label><itemset nodeset="instance('skills_list')/root/item"><value ref="name"/><label ref="label"/></itemset></select>
    <input ref="/data/location"><label>Vị trí</label></input>
    <upload ref="/data/photo" mediatype="image/*"><label>Ảnh nhà</label><image src="jr://images/logo.png"/></upload>
    <group ref="/data/member"><label>Thành viên</label>
      <repeat nodeset="/data/member">
        <input ref="/data/member/member_name"><label>Họ tên</label></input>
        <input ref="/data/member/age"><label>Tuổi</label></input>
      </repeat>
    </group>
  </h:body>
</h:html>
`;
}

export interface Answer {
  instanceId?: string;
  household?: string;
  phones?: number;
  internet?: string;
  skills?: string;
  location?: string;
  photo?: string;
  members?: { name: string; age: number }[];
  version?: string;
  formId?: string;
}

/** A submission as ODK Collect writes it. */
export function submissionXml(a: Answer): string {
  const members = (a.members ?? []).map((m) => `<member><member_name>${m.name}</member_name><age>${m.age}</age></member>`).join('');
  return `<?xml version='1.0' ?><data id="${a.formId ?? 'khao_sat_ho'}" version="${a.version ?? '1'}" xmlns:jr="http://openrosa.org/javarosa" xmlns:orx="http://openrosa.org/xforms"><household>${a.household ?? ''}</household><phones>${a.phones ?? ''}</phones><internet>${a.internet ?? ''}</internet><skills>${a.skills ?? ''}</skills><location>${a.location ?? ''}</location><photo>${a.photo ?? ''}</photo>${members}<meta><instanceID>${a.instanceId ?? `uuid:${crypto.randomUUID()}`}</instanceID></meta></data>`;
}

/** A multipart body shaped as ODK Collect's: the XML part named xml_submission_file, then each attachment under its file name. */
export function collectMultipart(xml: string, files: { name: string; type: string; data: Buffer }[] = []): { body: Buffer; headers: Record<string, string> } {
  const boundary = `${crypto.randomBytes(12).toString('hex')}`;
  const parts: Buffer[] = [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="xml_submission_file"; filename="khao_sat_ho_2026-12-07_10-00-00.xml"\r\nContent-Type: text/xml; charset=UTF-8\r\n\r\n`,
    ),
    Buffer.from(xml, 'utf8'),
    Buffer.from('\r\n'),
  ];
  for (const f of files) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${f.name}"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`),
      f.data,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    body: Buffer.concat(parts),
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'x-openrosa-version': '1.0',
      date: new Date().toUTCString(),
      'user-agent': 'org.odk.collect.android/v2024.3.0 Dalvik/2.1.0',
    },
  };
}

/** A small JPEG-like photo (bytes need not decode). */
export const photo = (n = 1) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), crypto.randomBytes(2048 + n), Buffer.from([0xff, 0xd9])]);
