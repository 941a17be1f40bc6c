"""Reference side of scripts/compare-pyxform.ts (a developer tool; CI never runs it).

Collects the XLSForms of a pyxform source tree (tests/example_xls, tests/bug_example_xls and, with
--markdown, the markdown forms written inside tests/*.py and tests/entities/*.py), writes each one as a file our converter
reads (.xls and markdown become .xlsx, .xlsx and .csv are copied) and converts it with pyxform.
Prints a JSON list: [{key, source, input, xml | error}].

usage: python3 compare-pyxform.py PYXFORM_DIR OUT_DIR [--markdown]
"""

import json
import os
import re
import shutil
import sys


def main():
    src, out = sys.argv[1], sys.argv[2]
    markdown = "--markdown" in sys.argv[3:]
    sys.path.insert(0, src)
    from pyxform.xls2json_backends import md_table_to_workbook
    from pyxform.xls2xform import convert

    os.makedirs(out, exist_ok=True)
    cases = []
    for folder in ("example_xls", "bug_example_xls"):
        base = os.path.join(src, "tests", folder)
        for name in sorted(os.listdir(base)):
            path = os.path.join(base, name)
            stem, ext = os.path.splitext(name)
            ext = ext.lower()
            if ext not in (".xls", ".xlsx", ".csv", ".md") or not os.path.isfile(path):
                continue
            key = f"{folder}/{name}"
            cases.append((key, path, stem, ext, None))
    if markdown:
        tests = os.path.join(src, "tests")
        # tests/*.py, then the entities tests (tests/entities/*.py, keys md/entities/…).
        files = [n for n in sorted(os.listdir(tests)) if n.endswith(".py")]
        ent = os.path.join(tests, "entities")
        if os.path.isdir(ent):
            files += [f"entities/{n}" for n in sorted(os.listdir(ent)) if n.endswith(".py")]
        for name in files:
            text = open(os.path.join(tests, name), encoding="utf-8").read()
            n = 0
            for m in re.finditer(r'("""|\'\'\')(.*?)\1', text, re.S):
                body = m.group(2)
                if not re.search(r"^\s*\|\s*survey\s*\|", body, re.M | re.I):
                    continue
                if "{" in body and "}" in body and re.search(r"\{[a-z_]+\}", body):
                    continue  # a template filled by the test; not a form as written
                n += 1
                stem = name[:-3].replace("/", "_")
                cases.append((f"md/{name[:-3]}#{n}", None, f"{stem}_{n}", ".md", body))

    results = []
    for key, path, stem, ext, md in cases:
        safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", key)
        entry = {"key": key, "source": path or key}
        try:
            if md is not None or ext == ".md":
                if md is None:
                    md = open(path, encoding="utf-8").read()
                target = os.path.join(out, safe + ".xlsx")
                md_table_to_workbook(md).save(target)
            elif ext == ".xls":
                target = os.path.join(out, safe + "x")
                xls_to_xlsx(path, target)
            else:
                target = os.path.join(out, safe)
                shutil.copyfile(path, target)
        except Exception as e:  # noqa: BLE001
            entry["error"] = f"cannot prepare input: {e}"
            results.append(entry)
            continue
        # The same file name (without extension) for both converters: it gives the form id.
        named = os.path.join(out, stem + "__" + safe.replace(".", "_") + os.path.splitext(target)[1])
        os.replace(target, named)
        entry["input"] = named
        try:
            res = convert(xlsform=named, pretty_print=True)
            entry["xml"] = res.xform
        except Exception as e:  # noqa: BLE001
            entry["error"] = f"{type(e).__name__}: {e}"
        results.append(entry)
    json.dump(results, sys.stdout)


def xls_to_xlsx(path, target):
    """Copies every sheet's cells as text (as pyxform reads them) into a new workbook."""
    import xlrd
    from openpyxl import Workbook

    from pyxform.xls2json_backends import xls_value_to_unicode

    book = xlrd.open_workbook(path)
    wb = Workbook(write_only=True)
    for sheet in book.sheets():
        ws = wb.create_sheet(title=sheet.name)
        for r in range(sheet.nrows):
            row = []
            for c in range(sheet.ncols):
                cell = sheet.cell(r, c)
                if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                    row.append(None)
                else:
                    row.append(xls_value_to_unicode(cell.value, cell.ctype, book.datemode))
            ws.append(row)
    wb.save(target)


if __name__ == "__main__":
    main()
