"""Edit an exported XLIFF (with translate-toolkit's XLIFF 2 storage) or PO (with polib) as a
CAT tool would: load it, change some targets, save it through the library's own writer.

Every edited target becomes "«" + old target + "»": text is added before and after, inline
codes stay where they are. Targets without codes are set through the library's `target`
API, targets with codes by editing the text around the code elements. Prints the edited
segments as JSON: {"edited": [[file below the content root, segment id], ...], "with_codes":
how many of those targets hold inline codes}.

usage: edit.py xliff|po IN OUT [EVERY]
"""

import json
import sys


def edit_xliff(path_in, path_out, every):
    from translate.storage import xliff2

    with open(path_in, "rb") as f:
        store = xliff2.Xliff2File.parsestring(f.read())
    ns = "{urn:oasis:names:tc:xliff:document:2.0}"
    edited = []
    with_codes = 0
    candidates = [u for u in store.units if u.target]
    for n, unit in enumerate(candidates):
        if n % every:
            continue
        segment = unit.xmlelement
        unit_element = segment.getparent()
        original = unit_element.getparent().get("original")
        target = segment.find(ns + "target")
        if len(target) == 0:
            unit.target = "«" + unit.target + "»"
        else:
            with_codes += 1
            target.text = "«" + (target.text or "")
            last = target[-1]
            last.tail = (last.tail or "") + "»"
        edited.append([original, unit_element.get("name")])
    with open(path_out, "wb") as f:
        f.write(bytes(store))
    return {"edited": edited, "with_codes": with_codes}


def edit_po(path_in, path_out, every):
    import polib

    catalog = polib.pofile(path_in)
    edited = []
    candidates = [e for e in catalog if e.msgstr and not e.obsolete]
    for n, entry in enumerate(candidates):
        if n % every:
            continue
        entry.msgstr = "«" + entry.msgstr + "»"
        segment_id = entry.comment.split("id: ", 1)[1].split("\n", 1)[0]
        # A path with a space is wrapped in U+2068…U+2069, which polib splits at the space.
        reference = " ".join(f"{f}:{n}" if n else f for f, n in entry.occurrences)
        path = reference.rsplit(":", 1)[0].strip("\u2068\u2069")
        edited.append([path, segment_id])
    catalog.save(path_out)
    return {"edited": edited, "with_codes": 0}


def main():
    kind, path_in, path_out = sys.argv[1:4]
    every = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    edit = edit_xliff if kind == "xliff" else edit_po
    print(json.dumps(edit(path_in, path_out, every), ensure_ascii=False))


main()
